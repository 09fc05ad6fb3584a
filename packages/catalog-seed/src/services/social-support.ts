import type { Service } from '@eruz/domain';

import { AUTHORITIES } from '../authorities.ts';
import {
  ANSWER_LANGUAGE_BA,
  ANSWER_LANGUAGE_TT,
  APPLICANT,
  choices,
  field,
  firstVersion,
  laterVersion,
  MOSCOW_DISTRICT,
  PASSPORT,
  REGISTRATION_ADDRESS,
  SNILS,
  SPB_DISTRICT,
} from '../fields.ts';
import { doc, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const CHILD_BIRTH_CERTIFICATE = doc(
  'child-birth-certificate',
  'Свидетельство о рождении ребёнка',
  'Child’s birth certificate',
);

const CHILD_NAME = field('childName', 'string', text('ФИО ребёнка', 'Child’s full name'), {
  rules: { minLength: 3, maxLength: 300 },
});
const CHILD_BIRTH_DATE = field(
  'childBirthDate',
  'date',
  text('Дата рождения ребёнка', 'Child’s date of birth'),
  {
    rules: { notInFuture: true },
  },
);
const BANK_ACCOUNT = field(
  'bankAccount',
  'string',
  text('Номер счёта для выплаты', 'Bank account for payments'),
  {
    hint: text('20 цифр, счёт карты «Мир»', '20 digits, an account of a Mir card'),
    rules: { pattern: '^\\d{20}$' },
  },
);
const BANK_BIK = field('bankBik', 'string', text('БИК банка', 'Bank identifier code (BIK)'), {
  rules: { pattern: '^04\\d{7}$' },
});

const CHILD_BENEFIT_FIELDS = [
  ...APPLICANT,
  ...PASSPORT,
  SNILS,
  REGISTRATION_ADDRESS,
  CHILD_NAME,
  CHILD_BIRTH_DATE,
  field('familySize', 'integer', text('Число членов семьи', 'Household size'), {
    rules: { min: 2, max: 30 },
  }),
  field(
    'monthlyIncome',
    'decimal',
    text('Среднемесячный доход семьи, руб.', 'Average monthly household income, RUB'),
    {
      rules: { min: 0 },
    },
  ),
  BANK_ACCOUNT,
];

export const SOCIAL_SUPPORT_SERVICES: Service[] = [
  {
    id: 'unified-child-benefit',
    categoryId: 'social-support',
    title: text('Единое пособие на детей', 'Unified child benefit', {
      tt: 'Балалар өчен бердәм пособие',
      ba: 'Балалар өсөн берҙәм пособие',
    }),
    summary: text(
      'Ежемесячное пособие на ребёнка до 17 лет и беременным женщинам из семей с невысоким доходом.',
      'A monthly benefit for children under 17 and pregnant women in low-income families.',
    ),
    description: text(
      'Единое пособие назначается семьям, чей среднедушевой доход ниже регионального прожиточного минимума. Размер — 50, 75 или 100% прожиточного минимума на ребёнка; пособие назначается на 12 месяцев.',
      'The unified benefit is granted to families whose income per person is below the regional subsistence minimum. It is 50, 75 or 100% of the child subsistence minimum and is granted for 12 months.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [
      PASSPORT_DOC,
      CHILD_BIRTH_CERTIFICATE,
      doc(
        'income-documents',
        'Сведения о доходах, которых нет в госреестрах',
        'Income records missing from state registers',
        false,
      ),
    ],
    formVersions: [
      firstVersion(CHILD_BENEFIT_FIELDS),
      laterVersion(2, '2026-09-01', [
        ...CHILD_BENEFIT_FIELDS,
        BANK_BIK,
        field('propertyOwned', 'select', text('Имущество семьи', 'Property of the household'), {
          hint: text('Учитывается при оценке нуждаемости', 'Considered when assessing need'),
          options: choices(
            ['none', 'Нет имущества сверх одного жилья', 'Nothing beyond one home'],
            ['extraHome', 'Есть второе жильё', 'A second home'],
            ['vehicle', 'Есть автомобиль', 'A car'],
          ),
        }),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'пособие на ребенка',
      'детское пособие',
      'единое пособие',
      'пособие на детей',
      'выплата на ребенка',
      'малоимущие',
      'детские',
    ],
    availableByDefault: true,
    regional: {
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
      '02': { available: true, extraFields: [ANSWER_LANGUAGE_BA] },
    },
  },
  {
    id: 'maternity-capital-certificate',
    categoryId: 'social-support',
    title: text('Получение сертификата на материнский капитал', 'Maternity capital certificate', {
      tt: 'Ана капиталына сертификат алу',
      ba: 'Әсәлек капиталына сертификат алыу',
    }),
    summary: text(
      'Сертификат на материнский (семейный) капитал при рождении или усыновлении ребёнка.',
      'A maternity (family) capital certificate on the birth or adoption of a child.',
    ),
    description: text(
      'Сертификат оформляется автоматически после регистрации рождения ребёнка, но его можно запросить и по заявлению. Материнский капитал можно направить на жильё, образование детей, пенсию матери или ежемесячную выплату.',
      'The certificate is issued automatically once the birth is registered, and may also be requested by application. Maternity capital may be spent on housing, children’s education, the mother’s pension or a monthly payment.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [PASSPORT_DOC, CHILD_BIRTH_CERTIFICATE],
    formVersions: [firstVersion([...APPLICANT, ...PASSPORT, SNILS, CHILD_NAME, CHILD_BIRTH_DATE])],
    processingDays: 5,
    keywords: [
      'маткапитал',
      'материнский капитал',
      'семейный капитал',
      'сертификат на маткапитал',
      'второй ребенок',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'maternity-capital-disposal',
    categoryId: 'social-support',
    title: text('Распоряжение материнским капиталом', 'Using maternity capital'),
    summary: text(
      'Направить средства материнского капитала на ипотеку, покупку жилья, образование или пенсию.',
      'Direct maternity capital to a mortgage, a home purchase, education or a pension.',
    ),
    description: text(
      'Заявление о распоряжении подаётся в Социальный фонд или через банк при оформлении ипотеки. Средства перечисляются продавцу, банку или образовательной организации, а не на руки.',
      'Apply to the Social Fund, or through the bank when taking a mortgage. The money goes to the seller, the bank or the school, never in cash.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'contract',
        'Договор (ипотечный, купли-продажи, об обучении)',
        'Contract (mortgage, sale or tuition)',
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        field('direction', 'select', text('Направление', 'Use'), {
          options: choices(
            ['mortgage', 'Погашение ипотеки', 'Repaying a mortgage'],
            ['housing', 'Покупка или строительство жилья', 'Buying or building a home'],
            ['education', 'Образование детей', 'Children’s education'],
            ['pension', 'Накопительная пенсия матери', 'Mother’s funded pension'],
          ),
        }),
        field('amount', 'decimal', text('Сумма, руб.', 'Amount, RUB'), { rules: { min: 1 } }),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'маткапитал на ипотеку',
      'ипотека',
      'потратить маткапитал',
      'использовать материнский капитал',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'old-age-pension',
    categoryId: 'social-support',
    title: text('Назначение страховой пенсии по старости', 'Old-age insurance pension', {
      tt: 'Картлык буенча иминият пенсиясен билгеләү',
      ba: 'Ҡартлыҡ буйынса страховка пенсияһын билдәләү',
    }),
    summary: text(
      'Оформление пенсии по возрасту при наличии стажа и пенсионных баллов.',
      'Claiming the old-age pension once the insurance record and pension points suffice.',
    ),
    description: text(
      'Заявление можно подать за месяц до достижения пенсионного возраста. Социальный фонд сам запрашивает большую часть сведений о стаже; недостающие документы можно донести в течение трёх месяцев.',
      'The claim may be filed a month before reaching pension age. The Social Fund gathers most of the employment record itself; missing documents may be supplied within three months.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('work-record', 'Трудовая книжка', 'Employment record book', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        SNILS,
        field(
          'deliveryMethod',
          'select',
          text('Способ доставки пенсии', 'How to receive the pension'),
          {
            options: choices(
              ['bank', 'На банковский счёт', 'To a bank account'],
              ['post', 'Почтой России', 'By Russian Post'],
            ),
          },
        ),
        field('bankAccount', 'string', text('Номер счёта', 'Account number'), {
          required: false,
          rules: { pattern: '^\\d{20}$' },
        }),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'пенсия',
      'пенсия по старости',
      'оформить пенсию',
      'выход на пенсию',
      'пенсионный возраст',
      'пфр',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'unemployment-benefit',
    categoryId: 'social-support',
    title: text('Пособие по безработице', 'Unemployment benefit'),
    summary: text(
      'Постановка на учёт как безработного и назначение пособия.',
      'Registering as unemployed and receiving the unemployment benefit.',
    ),
    description: text(
      'Центр занятости регистрирует гражданина безработным, подбирает вакансии и назначает пособие. Размер зависит от прежнего заработка и продолжительности безработицы.',
      'The employment centre registers the person as unemployed, offers vacancies and grants the benefit, whose amount depends on past earnings and the length of unemployment.',
    ),
    authority: AUTHORITIES.employmentService,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('education-document', 'Документ об образовании', 'Education certificate', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        REGISTRATION_ADDRESS,
        field('lastJobEndDate', 'date', text('Дата увольнения', 'Date of leaving the last job'), {
          required: false,
          rules: { notInFuture: true },
        }),
        field('desiredPosition', 'string', text('Желаемая должность', 'Desired position'), {
          rules: { maxLength: 200 },
        }),
      ]),
    ],
    processingDays: 11,
    keywords: [
      'безработица',
      'биржа труда',
      'центр занятости',
      'пособие по безработице',
      'уволили',
      'встать на биржу',
      'работа россии',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'housing-subsidy',
    categoryId: 'social-support',
    title: text(
      'Субсидия на оплату жилого помещения и коммунальных услуг',
      'Housing and utilities subsidy',
    ),
    summary: text(
      'Компенсация части платы за ЖКУ, если расходы превышают допустимую долю дохода семьи.',
      'Covers part of the housing and utility bills when they exceed an allowed share of household income.',
    ),
    description: text(
      'Субсидия назначается на 6 месяцев семьям, у которых расходы на жильё и коммунальные услуги выше региональной нормы. Нельзя иметь задолженность по оплате ЖКУ.',
      'The subsidy is granted for six months to households whose housing and utility costs exceed the regional norm. There must be no outstanding utility debt.',
    ),
    authority: AUTHORITIES.regionalSocialProtection,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'utility-bills',
        'Платёжные документы за ЖКУ за последний месяц',
        'Utility bills for the last month',
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        REGISTRATION_ADDRESS,
        field('familySize', 'integer', text('Число членов семьи', 'Household size'), {
          rules: { min: 1, max: 30 },
        }),
        field(
          'monthlyIncome',
          'decimal',
          text('Доход семьи за 6 месяцев, руб.', 'Household income for 6 months, RUB'),
          { rules: { min: 0 } },
        ),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'субсидия',
      'субсидия на жкх',
      'коммуналка',
      'жкх',
      'квартплата',
      'коммунальные услуги',
    ],
    availableByDefault: true,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT], processingDays: 8 },
      '78': { available: true, extraFields: [SPB_DISTRICT] },
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
    },
  },
  {
    id: 'child-birth-allowance',
    categoryId: 'social-support',
    title: text(
      'Единовременное пособие при рождении ребёнка',
      'Lump-sum allowance on the birth of a child',
    ),
    summary: text(
      'Разовая выплата одному из родителей после рождения ребёнка.',
      'A one-off payment to a parent after a child is born.',
    ),
    description: text(
      'Работающим родителям пособие назначается по месту работы, неработающим — Социальным фондом. Обратиться нужно не позднее 6 месяцев со дня рождения ребёнка.',
      'Working parents receive it through their employer, others from the Social Fund. Apply within six months of the birth.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [PASSPORT_DOC, CHILD_BIRTH_CERTIFICATE],
    formVersions: [firstVersion([...APPLICANT, SNILS, CHILD_NAME, CHILD_BIRTH_DATE, BANK_ACCOUNT])],
    processingDays: 10,
    keywords: [
      'пособие при рождении',
      'выплата при рождении ребенка',
      'рождение ребенка',
      'единовременная выплата',
      'родился ребенок',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'maternity-leave-benefit',
    categoryId: 'social-support',
    title: text('Пособие по беременности и родам', 'Maternity benefit (pregnancy and childbirth)'),
    summary: text(
      'Выплата на время декретного отпуска для студенток и уволенных при ликвидации организации.',
      'A payment for the maternity leave of students and of women dismissed when their employer closed.',
    ),
    description: text(
      'Работающие женщины получают пособие через работодателя; через Социальный фонд обращаются студентки очной формы обучения и женщины, уволенные в связи с ликвидацией организации. Нужен листок нетрудоспособности.',
      'Employed women receive the benefit through their employer; full-time students and women dismissed because their employer closed apply to the Social Fund. A medical leave certificate is required.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'sick-leave',
        'Электронный листок нетрудоспособности',
        'Electronic medical leave certificate',
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        field(
          'sickLeaveNumber',
          'string',
          text('Номер листка нетрудоспособности', 'Medical leave certificate number'),
          { rules: { pattern: '^\\d{12}$' } },
        ),
        BANK_ACCOUNT,
      ]),
    ],
    processingDays: 10,
    keywords: [
      'декрет',
      'декретные',
      'беременность',
      'пособие по беременности',
      'роды',
      'больничный по беременности',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'large-family-status',
    categoryId: 'social-support',
    title: text('Удостоверение многодетной семьи', 'Large family certificate'),
    summary: text(
      'Статус многодетной семьи и удостоверение для региональных льгот.',
      'Large family status and the certificate that unlocks regional benefits.',
    ),
    description: text(
      'Статус присваивается семьям с тремя и более детьми. Льготы — бесплатный проезд, парковка, скидки на ЖКУ, земельный участок — устанавливает субъект РФ.',
      'The status is granted to families with three or more children. The federal subject sets the benefits: free transport, parking, utility discounts, a land plot.',
    ),
    authority: AUTHORITIES.regionalSocialProtection,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'children-birth-certificates',
        'Свидетельства о рождении всех детей',
        'Birth certificates of all the children',
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        REGISTRATION_ADDRESS,
        field('childrenCount', 'integer', text('Количество детей', 'Number of children'), {
          rules: { min: 3, max: 30 },
        }),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'многодетная семья',
      'многодетные',
      'удостоверение многодетной',
      'льготы многодетным',
      'трое детей',
    ],
    availableByDefault: true,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT], processingDays: 5 },
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
      '02': { available: true, extraFields: [ANSWER_LANGUAGE_BA] },
    },
  },
  {
    id: 'kindergarten-enrolment',
    categoryId: 'social-support',
    title: text('Запись в детский сад', 'Kindergarten enrolment'),
    summary: text(
      'Постановка ребёнка в очередь в муниципальный детский сад.',
      'Putting a child on the waiting list for a municipal kindergarten.',
    ),
    description: text(
      'Заявление можно подать сразу после рождения ребёнка и выбрать до трёх детских садов. Место в очереди видно в личном кабинете; льготные категории получают место в первую очередь.',
      'Apply any time after the child is born and choose up to three kindergartens. The place in the queue is shown in the personal account; priority categories are served first.',
    ),
    authority: AUTHORITIES.municipalEducation,
    requiredDocuments: [
      CHILD_BIRTH_CERTIFICATE,
      doc(
        'child-registration',
        'Документ о регистрации ребёнка по месту жительства',
        'Child’s registration at the place of residence',
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        CHILD_NAME,
        CHILD_BIRTH_DATE,
        field('desiredStart', 'date', text('Желаемая дата зачисления', 'Desired start date')),
        field(
          'kindergartens',
          'string',
          text('Номера выбранных детских садов', 'Chosen kindergartens'),
          { rules: { maxLength: 200 } },
        ),
      ]),
    ],
    processingDays: 7,
    keywords: ['детский сад', 'садик', 'очередь в садик', 'записать в садик', 'детсад', 'доу'],
    availableByDefault: true,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT] },
      '16': {
        available: true,
        extraFields: [
          field(
            'groupLanguage',
            'select',
            text('Язык обучения в группе', 'Language of the group', { tt: 'Төркемдә тәрбия теле' }),
            {
              options: [
                { value: 'ru', label: text('Русский', 'Russian', { tt: 'Рус теле' }) },
                { value: 'tt', label: text('Татарский', 'Tatar', { tt: 'Татар теле' }) },
              ],
            },
          ),
        ],
      },
      '02': {
        available: true,
        extraFields: [
          field(
            'groupLanguage',
            'select',
            text('Язык обучения в группе', 'Language of the group', { ba: 'Төркөмдә тәрбиә теле' }),
            {
              options: [
                { value: 'ru', label: text('Русский', 'Russian', { ba: 'Рус теле' }) },
                { value: 'ba', label: text('Башкирский', 'Bashkir', { ba: 'Башҡорт теле' }) },
              ],
            },
          ),
        ],
      },
    },
  },
  {
    id: 'tatarstan-newborn-payment',
    categoryId: 'social-support',
    title: text(
      'Республиканская выплата при рождении ребёнка (Татарстан)',
      'Tatarstan regional payment on the birth of a child',
      { tt: 'Бала тугач республика түләве (Татарстан)' },
    ),
    summary: text(
      'Региональная единовременная выплата семьям Республики Татарстан при рождении ребёнка.',
      'A one-off regional payment to families of Tatarstan when a child is born.',
    ),
    description: text(
      'Выплата предоставляется одному из родителей, постоянно проживающему в Республике Татарстан, при обращении в течение 6 месяцев после рождения ребёнка. Условия и размер выплаты в каталоге даны как пример.',
      'Paid to a parent permanently living in Tatarstan who applies within six months of the birth. The terms and amount in this catalog are an example.',
      {
        tt: 'Түләү Татарстан Республикасында даими яшәүче ата-аналарның берсенә бала туганнан соң 6 ай эчендә мөрәҗәгать иткәндә бирелә.',
      },
    ),
    authority: AUTHORITIES.tatarstanSocialMinistry,
    requiredDocuments: [PASSPORT_DOC, CHILD_BIRTH_CERTIFICATE],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        CHILD_NAME,
        CHILD_BIRTH_DATE,
        BANK_ACCOUNT,
        ANSWER_LANGUAGE_TT,
      ]),
    ],
    processingDays: 10,
    keywords: [
      'выплата татарстан',
      'рождение ребенка',
      'региональная выплата',
      'республиканская выплата',
      'пособие при рождении татарстан',
    ],
    availableByDefault: false,
    regional: {
      '16': { available: true },
    },
  },
];
