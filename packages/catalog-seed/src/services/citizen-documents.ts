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
  RESULT_DELIVERY,
  SNILS,
} from '../fields.ts';
import { doc, sampleFee, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const PHOTO_DOC = doc('photo', 'Фотография 35×45 мм', 'Photo 35×45 mm');
const BIRTH_CERTIFICATE_DOC = doc(
  'birth-certificate',
  'Свидетельство о рождении',
  'Birth certificate',
);

const PREVIOUS_SURNAME = field(
  'previousLastName',
  'string',
  text('Прежняя фамилия, если меняли', 'Previous last name, if changed'),
  { required: false, rules: { maxLength: 100 } },
);

const FOREIGN_PASSPORT_FIELDS = [
  ...APPLICANT,
  ...PASSPORT,
  REGISTRATION_ADDRESS,
  PREVIOUS_SURNAME,
  field('purpose', 'select', text('Причина оформления', 'Reason for applying'), {
    options: choices(
      ['first', 'Впервые', 'First passport'],
      ['expired', 'Истёк срок действия', 'Expired'],
      ['lost', 'Утрата или порча', 'Lost or damaged'],
    ),
  }),
  field(
    'workHistory',
    'text',
    text('Трудовая деятельность за последние 10 лет', 'Employment over the last 10 years'),
    { rules: { maxLength: 4000 } },
  ),
];

export const CITIZEN_DOCUMENT_SERVICES: Service[] = [
  {
    id: 'internal-passport-issue',
    categoryId: 'citizen-documents',
    title: text('Получение паспорта гражданина РФ', 'Obtaining a Russian internal passport', {
      tt: 'Россия Федерациясе гражданины паспортын алу',
      ba: 'Рәсәй Федерацияһы граждан паспортын алыу',
    }),
    summary: text(
      'Первый паспорт в 14 лет или новый паспорт взамен утраченного или испорченного.',
      'The first passport at 14, or a new one to replace a lost or damaged passport.',
    ),
    description: text(
      'Паспорт гражданина Российской Федерации выдаётся по достижении 14 лет, а также при утрате, хищении или порче прежнего паспорта. Заявление подаётся онлайн, в подразделение по вопросам миграции МВД или в МФЦ; для получения паспорта нужно прийти лично.',
      'The internal passport is issued at the age of 14 and when the previous passport was lost, stolen or damaged. Apply online, at a migration office of the Ministry of Internal Affairs or at a service centre; collect the passport in person.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      BIRTH_CERTIFICATE_DOC,
      PHOTO_DOC,
      doc(
        'loss-statement',
        'Заявление об утрате паспорта',
        'Statement of the passport loss',
        false,
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        REGISTRATION_ADDRESS,
        field('reason', 'select', text('Основание', 'Reason'), {
          options: choices(
            ['age14', 'Достижение 14 лет', 'Reaching 14'],
            ['lost', 'Утрата или хищение', 'Lost or stolen'],
            ['damaged', 'Порча', 'Damaged'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(60000, {
      ru: 'Госпошлина за выдачу паспорта.',
      en: 'State fee for issuing a passport.',
    }),
    processingDays: 10,
    keywords: [
      'паспорт',
      'получить паспорт',
      'паспорт в 14 лет',
      'потерял паспорт',
      'утеря паспорта',
      'новый паспорт',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'internal-passport-replacement',
    categoryId: 'citizen-documents',
    title: text(
      'Замена паспорта гражданина РФ в 20 и 45 лет',
      'Replacing the internal passport at 20 and 45',
      {
        tt: '20 һәм 45 яшьтә Россия Федерациясе гражданины паспортын алыштыру',
        ba: '20 һәм 45 йәштә Рәсәй Федерацияһы граждан паспортын алмаштырыу',
      },
    ),
    summary: text(
      'Замена паспорта по возрасту, при смене фамилии или ошибке в данных.',
      'Replacing the passport at 20 and 45, after a change of name or because of an error in it.',
    ),
    description: text(
      'Паспорт нужно заменить в течение 90 дней после 20-летия и 45-летия, а также при перемене фамилии, имени, отчества, изменении внешности или обнаружении ошибки. Старый паспорт сдаётся при получении нового.',
      'The passport must be replaced within 90 days after the 20th and 45th birthdays, and after a change of name, a change in appearance or when an error is found. The old passport is handed in when the new one is collected.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      PASSPORT_DOC,
      PHOTO_DOC,
      doc('marriage-certificate', 'Свидетельство о браке', 'Marriage certificate', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        REGISTRATION_ADDRESS,
        field('reason', 'select', text('Причина замены', 'Reason for replacement'), {
          options: choices(
            ['age20', 'Достижение 20 лет', 'Reaching 20'],
            ['age45', 'Достижение 45 лет', 'Reaching 45'],
            ['nameChange', 'Перемена ФИО', 'Change of name'],
            ['error', 'Ошибка в паспорте', 'Error in the passport'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(60000, {
      ru: 'Госпошлина за замену паспорта.',
      en: 'State fee for replacing a passport.',
    }),
    processingDays: 10,
    keywords: [
      'паспорт',
      'замена паспорта',
      'поменять паспорт',
      'паспорт 20 лет',
      'паспорт 45 лет',
      'сменить паспорт',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'foreign-passport-standard',
    categoryId: 'citizen-documents',
    title: text(
      'Оформление загранпаспорта старого образца',
      'Foreign travel passport, standard type',
      {
        tt: 'Иске үрнәктәге чит ил паспортын рәсмиләштерү',
        ba: 'Иҫке өлгөләге сит ил паспортын рәсмиләштереү',
      },
    ),
    summary: text(
      'Заграничный паспорт на 5 лет без электронного носителя.',
      'A foreign travel passport valid for 5 years, without a chip.',
    ),
    description: text(
      'Загранпаспорт старого образца действует 5 лет и не содержит электронного носителя с биометрическими данными. Можно вписать детей до 14 лет. Срок оформления — до 1 месяца по месту жительства и до 3 месяцев по месту пребывания.',
      'The standard foreign passport is valid for 5 years and has no biometric chip; children under 14 can be entered into it. Issued within a month at the place of residence and up to three months elsewhere.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      PASSPORT_DOC,
      PHOTO_DOC,
      doc(
        'military-id',
        'Военный билет (для мужчин 18–30 лет)',
        'Military ID (men aged 18–30)',
        false,
      ),
    ],
    formVersions: [firstVersion(FOREIGN_PASSPORT_FIELDS)],
    fee: sampleFee(300000, { ru: 'Госпошлина для взрослого.', en: 'State fee for an adult.' }),
    processingDays: 22,
    keywords: [
      'загран',
      'загранпаспорт',
      'загранник',
      'заграничный паспорт',
      'паспорт на 5 лет',
      'старого образца',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'foreign-passport-biometric',
    categoryId: 'citizen-documents',
    title: text(
      'Оформление загранпаспорта нового образца (биометрического)',
      'Biometric foreign travel passport (new type)',
      {
        tt: 'Яңа үрнәктәге (биометрик) чит ил паспортын рәсмиләштерү',
        ba: 'Яңы өлгөләге (биометрик) сит ил паспортын рәсмиләштереү',
      },
    ),
    summary: text(
      'Заграничный паспорт на 10 лет с электронным чипом.',
      'A foreign travel passport valid for 10 years, with a chip.',
    ),
    description: text(
      'Биометрический загранпаспорт действует 10 лет и содержит электронный носитель с фотографией и отпечатками пальцев. Фотографирование и сдача отпечатков проводятся при подаче документов; на каждого ребёнка оформляется отдельный паспорт.',
      'The biometric passport is valid for 10 years and carries a chip with the photo and fingerprints, taken when the documents are handed in. Each child needs a passport of their own.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'military-id',
        'Военный билет (для мужчин 18–30 лет)',
        'Military ID (men aged 18–30)',
        false,
      ),
    ],
    formVersions: [
      firstVersion(FOREIGN_PASSPORT_FIELDS),
      laterVersion(2, '2026-09-01', [
        ...FOREIGN_PASSPORT_FIELDS,
        field(
          'stateSecretAccess',
          'boolean',
          text('Есть допуск к государственной тайне', 'Has access to state secrets'),
        ),
        field(
          'stateSecretOrganisation',
          'string',
          text('Организация, оформившая допуск', 'Organisation that granted the access'),
          { required: false, rules: { maxLength: 300 } },
        ),
      ]),
    ],
    fee: sampleFee(600000, { ru: 'Госпошлина для взрослого.', en: 'State fee for an adult.' }),
    processingDays: 22,
    keywords: [
      'загран',
      'загранпаспорт',
      'биометрический паспорт',
      'биометрия',
      'паспорт на 10 лет',
      'нового образца',
      'заграничный паспорт',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'residence-registration',
    categoryId: 'citizen-documents',
    title: text('Регистрация по месту жительства', 'Registration at the place of residence', {
      tt: 'Яшәү урыны буенча теркәлү',
      ba: 'Йәшәү урыны буйынса теркәлеү',
    }),
    summary: text(
      'Постоянная регистрация (прописка) в квартире или доме.',
      'Permanent registration (propiska) at a flat or a house.',
    ),
    description: text(
      'Зарегистрироваться по новому месту жительства нужно в течение 7 дней после переезда. Понадобится согласие собственника жилья; снятие с учёта по прежнему адресу происходит автоматически.',
      'Register at a new home within 7 days after moving. The owner of the home must consent; deregistration at the previous address happens automatically.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'ownership-document',
        'Документ о праве на жилое помещение',
        'Document of the right to the home',
      ),
      doc('owner-consent', 'Согласие собственника', 'Consent of the owner', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        field('newAddress', 'text', text('Новый адрес', 'New address'), {
          rules: { minLength: 10, maxLength: 500 },
        }),
        field('moveDate', 'date', text('Дата переезда', 'Date of moving'), {
          rules: { notInFuture: true },
        }),
      ]),
    ],
    processingDays: 3,
    keywords: [
      'прописка',
      'прописаться',
      'прописать',
      'постоянная регистрация',
      'регистрация по месту жительства',
      'сменить прописку',
    ],
    availableByDefault: true,
    regional: {
      '77': {
        available: true,
        extraFields: [MOSCOW_DISTRICT],
        note: text(
          'В Москве заявление можно подать в любом МФЦ города.',
          'In Moscow you may apply at any service centre of the city.',
        ),
      },
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
      '02': { available: true, extraFields: [ANSWER_LANGUAGE_BA] },
    },
  },
  {
    id: 'temporary-registration',
    categoryId: 'citizen-documents',
    title: text('Регистрация по месту пребывания', 'Temporary registration at the place of stay'),
    summary: text(
      'Временная регистрация на срок проживания по другому адресу.',
      'Temporary registration while living at another address.',
    ),
    description: text(
      'Временная регистрация оформляется, если вы живёте не по месту постоянной регистрации более 90 дней. Срок регистрации определяется по согласованию с собственником жилья.',
      'Temporary registration is needed when you live away from your registered home for more than 90 days. Its term is agreed with the owner of the home.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('owner-consent', 'Согласие собственника', 'Consent of the owner'),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        field('stayAddress', 'text', text('Адрес пребывания', 'Address of stay'), {
          rules: { minLength: 10, maxLength: 500 },
        }),
        field('stayUntil', 'date', text('Срок регистрации до', 'Registered until')),
      ]),
    ],
    processingDays: 3,
    keywords: [
      'временная регистрация',
      'временная прописка',
      'регистрация по месту пребывания',
      'съемная квартира',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'birth-certificate-copy',
    categoryId: 'citizen-documents',
    title: text('Повторное свидетельство о рождении', 'Duplicate birth certificate'),
    summary: text(
      'Повторная выдача свидетельства о рождении взамен утраченного или испорченного.',
      'A second copy of a birth certificate to replace a lost or damaged one.',
    ),
    description: text(
      'Повторное свидетельство выдаёт орган ЗАГС, где хранится запись акта о рождении. Заявление можно подать онлайн и получить документ в удобном отделе ЗАГС.',
      'A duplicate certificate is issued by the civil registry office that keeps the birth record. Apply online and collect the document at a convenient office.',
    ),
    authority: AUTHORITIES.zags,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        field(
          'personName',
          'string',
          text('ФИО человека, чьё свидетельство нужно', 'Full name on the certificate'),
          { rules: { maxLength: 300 } },
        ),
        field(
          'personBirthDate',
          'date',
          text('Дата рождения по свидетельству', 'Date of birth on the certificate'),
          { rules: { notInFuture: true } },
        ),
        field(
          'birthPlace',
          'string',
          text('Место государственной регистрации рождения', 'Where the birth was registered'),
          { rules: { maxLength: 300 } },
        ),
      ]),
    ],
    fee: sampleFee(35000),
    processingDays: 5,
    keywords: [
      'свидетельство о рождении',
      'дубликат свидетельства',
      'копия свидетельства о рождении',
      'загс',
      'потерял свидетельство',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'marriage-registration',
    categoryId: 'citizen-documents',
    title: text('Регистрация брака', 'Marriage registration', {
      tt: 'Никахны дәүләт теркәвенә алу',
      ba: 'Никахты дәүләт теркәүенә алыу',
    }),
    summary: text(
      'Подача заявления о заключении брака и выбор даты регистрации.',
      'Applying to marry and choosing the date of the ceremony.',
    ),
    description: text(
      'Будущие супруги подают совместное заявление онлайн и выбирают свободное время в органе ЗАГС. Брак регистрируется не ранее чем через месяц после подачи заявления; свидетельство выдаётся в день регистрации.',
      'The couple files a joint application online and chooses a free slot at a civil registry office. The marriage is registered no earlier than a month after the application; the certificate is handed over on the day.',
    ),
    authority: AUTHORITIES.zags,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'divorce-certificate',
        'Свидетельство о расторжении предыдущего брака',
        'Certificate of the previous divorce',
        false,
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        field('partnerName', 'string', text('ФИО второго супруга', 'Full name of the partner'), {
          rules: { maxLength: 300 },
        }),
        field(
          'ceremonyDate',
          'date',
          text('Желаемая дата регистрации', 'Preferred date of the ceremony'),
        ),
        field('ceremony', 'boolean', text('Торжественная регистрация', 'Formal ceremony'), {
          required: false,
        }),
        field(
          'newLastName',
          'string',
          text('Фамилия после регистрации брака', 'Last name after marriage'),
          { rules: { maxLength: 100 } },
        ),
      ]),
    ],
    fee: sampleFee(100000, {
      ru: 'Госпошлина за регистрацию брака.',
      en: 'State fee for registering a marriage.',
    }),
    processingDays: 22,
    keywords: [
      'брак',
      'свадьба',
      'пожениться',
      'жениться',
      'выйти замуж',
      'расписаться',
      'загс',
      'заявление в загс',
    ],
    availableByDefault: true,
    regional: {
      '16': {
        available: true,
        extraFields: [
          field(
            'ceremonyLanguage',
            'select',
            text('Язык торжественной церемонии', 'Language of the ceremony', {
              tt: 'Тантаналы теркәү теле',
            }),
            {
              required: false,
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
            'ceremonyLanguage',
            'select',
            text('Язык торжественной церемонии', 'Language of the ceremony', {
              ba: 'Тантаналы теркәү теле',
            }),
            {
              required: false,
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
    id: 'criminal-record-certificate',
    categoryId: 'citizen-documents',
    title: text(
      'Справка о наличии (отсутствии) судимости',
      'Certificate of criminal record (or its absence)',
      {
        tt: 'Хөкем ителгәнлек (ителмәгәнлек) турында белешмә',
        ba: 'Хөкөм ителгәнлек (ителмәгәнлек) тураһында белешмә',
      },
    ),
    summary: text(
      'Справка о несудимости для работы, учёбы, опеки или выезда за рубеж.',
      'A certificate of no criminal record for a job, studies, guardianship or travel abroad.',
    ),
    description: text(
      'Справку выдаёт информационный центр МВД. Электронная справка подписана усиленной квалифицированной подписью и имеет ту же силу, что и бумажная.',
      'The certificate is issued by the information centre of the Ministry of Internal Affairs. The electronic certificate carries a qualified electronic signature and is as valid as a paper one.',
    ),
    authority: AUTHORITIES.mvd,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        SNILS,
        field('purpose', 'select', text('Для чего нужна справка', 'Purpose of the certificate'), {
          options: choices(
            ['employment', 'Трудоустройство', 'Employment'],
            ['guardianship', 'Опека или усыновление', 'Guardianship or adoption'],
            ['abroad', 'Предоставление за рубеж', 'For use abroad'],
            ['other', 'Другое', 'Other'],
          ),
        }),
        RESULT_DELIVERY,
      ]),
    ],
    processingDays: 30,
    keywords: [
      'справка о несудимости',
      'несудимость',
      'судимость',
      'справка для работы',
      'справка из полиции',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'name-change',
    categoryId: 'citizen-documents',
    title: text(
      'Перемена имени, фамилии или отчества',
      'Change of first name, last name or patronymic',
    ),
    summary: text(
      'Государственная регистрация перемены ФИО с выдачей свидетельства.',
      'Registering a change of name and receiving a certificate of it.',
    ),
    description: text(
      'Сменить фамилию, имя или отчество можно с 14 лет (до 18 лет — с согласия родителей). После регистрации нужно заменить паспорт и другие документы.',
      'A change of name is possible from 14 (with parental consent until 18). After it is registered, the passport and other documents have to be replaced.',
    ),
    authority: AUTHORITIES.zags,
    requiredDocuments: [
      PASSPORT_DOC,
      BIRTH_CERTIFICATE_DOC,
      doc('marriage-certificate', 'Свидетельство о браке', 'Marriage certificate', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        field('newLastName', 'string', text('Новая фамилия', 'New last name'), {
          required: false,
          rules: { maxLength: 100 },
        }),
        field('newFirstName', 'string', text('Новое имя', 'New first name'), {
          required: false,
          rules: { maxLength: 100 },
        }),
        field('newMiddleName', 'string', text('Новое отчество', 'New patronymic'), {
          required: false,
          rules: { maxLength: 100 },
        }),
        field('reason', 'text', text('Причина перемены', 'Reason for the change'), {
          rules: { maxLength: 1000 },
        }),
      ]),
    ],
    fee: sampleFee(500000),
    processingDays: 22,
    keywords: ['сменить фамилию', 'смена фамилии', 'поменять имя', 'перемена имени', 'смена фио'],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'income-statement',
    categoryId: 'citizen-documents',
    title: text('Справка о доходах и суммах налога', 'Statement of income and tax withheld'),
    summary: text(
      'Справка о доходах физического лица (бывшая 2-НДФЛ) за выбранный год.',
      'Statement of personal income (formerly 2-НДФЛ) for a chosen year.',
    ),
    description: text(
      'Справка формируется по сведениям, которые работодатели передали в налоговую, и подписывается электронной подписью ФНС. Подходит для банка, визы и оформления пособий.',
      'The statement is built from what employers reported to the tax service and is signed electronically by the Federal Tax Service. Banks, consulates and benefit offices accept it.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        field('year', 'integer', text('Год', 'Year'), { rules: { min: 2015, max: 2100 } }),
        field('employerInn', 'inn', text('ИНН работодателя', 'Employer INN'), {
          required: false,
          rules: { pattern: '^\\d{10}(\\d{2})?$' },
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      '2-ндфл',
      'ндфл',
      'справка о доходах',
      'справка с работы',
      'доходы',
      'справка для банка',
      'зарплата',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'snils-registration',
    categoryId: 'citizen-documents',
    title: text('Получение СНИЛС', 'Obtaining a SNILS (individual insurance number)'),
    summary: text(
      'Регистрация в системе индивидуального учёта и получение страхового номера.',
      'Registering in the pension insurance records and receiving the insurance number.',
    ),
    description: text(
      'СНИЛС нужен для работы, пенсии и почти всех государственных услуг. Детям номер присваивается автоматически после регистрации рождения; взрослые подают заявление сами.',
      'SNILS is needed for work, pensions and nearly every public service. Children get it automatically once their birth is registered; adults apply themselves.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [firstVersion([...APPLICANT, ...PASSPORT, REGISTRATION_ADDRESS])],
    processingDays: 5,
    keywords: ['снилс', 'страховое свидетельство', 'страховой номер', 'пенсионное свидетельство'],
    availableByDefault: true,
    regional: {},
  },
];
