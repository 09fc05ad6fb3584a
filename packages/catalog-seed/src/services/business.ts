import type { Service } from '@eruz/domain';

import { AUTHORITIES } from '../authorities.ts';
import {
  ANSWER_LANGUAGE_BA,
  ANSWER_LANGUAGE_TT,
  APPLICANT,
  choices,
  field,
  firstVersion,
  INN,
  laterVersion,
  MOSCOW_DISTRICT,
  PASSPORT,
  REGISTRATION_ADDRESS,
} from '../fields.ts';
import { doc, sampleFee, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const ONLINE_FREE = {
  ru: 'При подаче документов в электронном виде пошлина не уплачивается.',
  en: 'No fee is due when the documents are filed electronically.',
};

const OKVED = field(
  'okvedCodes',
  'string',
  text('Коды ОКВЭД через запятую', 'Activity codes (OKVED), comma-separated'),
  {
    hint: text('Например, 47.91, 62.01', 'For example, 47.91, 62.01'),
    rules: {
      pattern: '^\\d{2}(\\.\\d{1,2}){0,2}(,\\s*\\d{2}(\\.\\d{1,2}){0,2})*$',
      maxLength: 500,
    },
  },
);
const OGRNIP = field(
  'ogrnip',
  'string',
  text('ОГРНИП', 'Sole proprietor registration number (OGRNIP)'),
  {
    rules: { pattern: '^\\d{15}$' },
  },
);
const COMPANY_INN = field(
  'companyInn',
  'inn',
  text('ИНН организации или ИП', 'INN of the company or sole proprietor'),
  {
    rules: { pattern: '^\\d{10}(\\d{2})?$' },
  },
);

const SOLE_PROPRIETOR_FIELDS = [...APPLICANT, ...PASSPORT, INN, REGISTRATION_ADDRESS, OKVED];

export const BUSINESS_SERVICES: Service[] = [
  {
    id: 'sole-proprietor-registration',
    categoryId: 'business',
    title: text(
      'Регистрация индивидуального предпринимателя (ИП)',
      'Registering as a sole proprietor',
      {
        tt: 'Шәхси эшмәкәр буларак теркәлү',
        ba: 'Шәхси эшҡыуар булараҡ теркәлеү',
      },
    ),
    summary: text(
      'Открыть ИП онлайн: заявление по форме Р21001 и выбор видов деятельности.',
      'Open a sole proprietorship online: form Р21001 and a choice of activities.',
    ),
    description: text(
      'Налоговая регистрирует индивидуального предпринимателя за 3 рабочих дня и вносит запись в ЕГРИП. Сразу при регистрации можно подать заявление о переходе на упрощённую систему налогообложения.',
      'The tax service registers a sole proprietor within 3 working days and enters them in the register of sole proprietors. An application to switch to the simplified tax system can be filed at the same time.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [
      firstVersion(SOLE_PROPRIETOR_FIELDS),
      laterVersion(2, '2026-09-01', [
        ...SOLE_PROPRIETOR_FIELDS,
        field('taxRegime', 'select', text('Режим налогообложения', 'Tax regime'), {
          options: choices(
            ['osno', 'Общая система (ОСНО)', 'General regime'],
            ['usn', 'Упрощённая система (УСН)', 'Simplified tax system'],
            ['npd', 'Налог на профессиональный доход', 'Professional income tax'],
            ['psn', 'Патентная система', 'Patent system'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(120000, ONLINE_FREE),
    processingDays: 3,
    keywords: [
      'ип',
      'открыть ип',
      'стать ип',
      'зарегистрировать ип',
      'предприниматель',
      'свой бизнес',
      'р21001',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'llc-registration',
    categoryId: 'business',
    title: text(
      'Регистрация общества с ограниченной ответственностью (ООО)',
      'Registering a limited liability company (LLC)',
    ),
    summary: text(
      'Создание юридического лица: устав, решение учредителей, заявление Р11001.',
      'Creating a company: charter, founders’ decision and form Р11001.',
    ),
    description: text(
      'Организация регистрируется налоговой за 3 рабочих дня. Можно выбрать типовой устав; после регистрации выдаётся лист записи ЕГРЮЛ и устав с отметкой налогового органа.',
      'The tax service registers a company within 3 working days. A standard charter may be chosen; afterwards the company receives a register entry sheet and its charter stamped by the tax office.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('charter', 'Устав (если не типовой)', 'Charter (unless a standard one)', false),
      doc('founders-decision', 'Решение или протокол о создании', 'Founders’ decision or minutes'),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        INN,
        field('companyName', 'string', text('Полное наименование', 'Full name of the company'), {
          rules: { minLength: 3, maxLength: 300 },
        }),
        field('legalAddress', 'text', text('Адрес юридического лица', 'Registered address'), {
          rules: { minLength: 10, maxLength: 500 },
        }),
        field('charterCapital', 'decimal', text('Уставный капитал, руб.', 'Charter capital, RUB'), {
          rules: { min: 10000 },
        }),
        OKVED,
        field('standardCharter', 'boolean', text('Типовой устав', 'Standard charter'), {
          required: false,
        }),
      ]),
    ],
    fee: sampleFee(400000, ONLINE_FREE),
    processingDays: 3,
    keywords: [
      'ооо',
      'открыть ооо',
      'юрлицо',
      'компания',
      'регистрация фирмы',
      'создать организацию',
      'р11001',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'sole-proprietor-closure',
    categoryId: 'business',
    title: text('Прекращение деятельности ИП', 'Closing a sole proprietorship'),
    summary: text(
      'Закрыть ИП: заявление по форме Р26001 и исключение из ЕГРИП.',
      'Close a sole proprietorship: form Р26001 and removal from the register.',
    ),
    description: text(
      'Предприниматель подаёт заявление о прекращении деятельности; налоговая вносит запись в ЕГРИП за 5 рабочих дней. До закрытия нужно подать отчётность и уволить работников.',
      'The proprietor files a notice of closure; the tax service records it within 5 working days. Reports must be filed and employees dismissed beforehand.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [firstVersion([...APPLICANT, INN, OGRNIP])],
    fee: sampleFee(32000, ONLINE_FREE),
    processingDays: 5,
    keywords: ['закрыть ип', 'ликвидация ип', 'прекратить ип', 'закрытие ип', 'р26001'],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'alcohol-retail-licence',
    categoryId: 'business',
    title: text(
      'Лицензия на розничную продажу алкогольной продукции',
      'Licence for retail sale of alcohol',
    ),
    summary: text(
      'Получение и продление лицензии магазина или общепита на продажу алкоголя.',
      'Obtaining and renewing a shop’s or restaurant’s licence to sell alcohol.',
    ),
    description: text(
      'Лицензию выдаёт региональный орган на срок до 5 лет. Проверяется помещение, кассовое оборудование и подключение к ЕГАИС; госпошлина уплачивается за каждый год срока действия.',
      'The regional authority grants the licence for up to 5 years after checking the premises, the cash registers and the connection to the state alcohol accounting system (ЕГАИС); the fee is due for each year of validity.',
    ),
    authority: AUTHORITIES.regionalLicensing,
    requiredDocuments: [
      doc(
        'premises-lease',
        'Договор аренды или документ о праве на помещение',
        'Lease or title to the premises',
      ),
      doc('cash-register-card', 'Карточка регистрации ККТ', 'Cash register registration card'),
      doc('egais-connection', 'Подтверждение подключения к ЕГАИС', 'Proof of connection to ЕГАИС'),
    ],
    formVersions: [
      firstVersion([
        COMPANY_INN,
        field('shopAddress', 'text', text('Адрес торгового объекта', 'Address of the shop'), {
          rules: { minLength: 10, maxLength: 500 },
        }),
        field('years', 'integer', text('Срок лицензии, лет', 'Licence term, years'), {
          rules: { min: 1, max: 5 },
        }),
        field('kind', 'select', text('Вид деятельности', 'Kind of business'), {
          options: choices(
            ['retail', 'Розничная торговля', 'Retail shop'],
            ['catering', 'Общественное питание', 'Catering'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(6500000, {
      ru: 'За каждый год действия лицензии.',
      en: 'Per year of validity.',
    }),
    processingDays: 30,
    keywords: [
      'лицензия',
      'алкоголь',
      'лицензия на алкоголь',
      'продажа пива',
      'егаис',
      'алкогольная лицензия',
    ],
    availableByDefault: true,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT], processingDays: 20 },
      '78': { available: true, processingDays: 25 },
      '02': {
        available: true,
        fee: sampleFee(5000000, {
          ru: 'За каждый год действия лицензии.',
          en: 'Per year of validity.',
        }),
        extraFields: [ANSWER_LANGUAGE_BA],
      },
    },
  },
  {
    id: 'taxpayer-registration',
    categoryId: 'business',
    title: text(
      'Постановка на учёт в налоговом органе (получение ИНН)',
      'Tax registration of an individual (obtaining an INN)',
    ),
    summary: text(
      'Присвоение ИНН физическому лицу и выдача свидетельства о постановке на учёт.',
      'Assigning a taxpayer number (INN) to an individual and issuing the certificate.',
    ),
    description: text(
      'ИНН присваивается при постановке на учёт в налоговом органе по месту жительства. Электронный документ о постановке на учёт равнозначен бумажному свидетельству.',
      'An INN is assigned on registration with the tax office of the place of residence. The electronic registration notice is equivalent to the paper certificate.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [firstVersion([...APPLICANT, ...PASSPORT, REGISTRATION_ADDRESS])],
    processingDays: 5,
    keywords: [
      'инн',
      'получить инн',
      'налоговый номер',
      'свидетельство инн',
      'постановка на учет в налоговой',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'simplified-tax-transition',
    categoryId: 'business',
    title: text(
      'Переход на упрощённую систему налогообложения (УСН)',
      'Switching to the simplified tax system',
    ),
    summary: text(
      'Уведомление о переходе ИП или организации на УСН «доходы» или «доходы минус расходы».',
      'Notifying the tax service that a business moves to the simplified system on income or on income less expenses.',
    ),
    description: text(
      'Действующий бизнес может перейти на УСН с начала следующего года, подав уведомление до 31 декабря. Новые ИП и организации подают уведомление в течение 30 дней после регистрации.',
      'An existing business may switch from the next calendar year by notifying before 31 December. New businesses notify within 30 days of registration.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        COMPANY_INN,
        field('taxObject', 'select', text('Объект налогообложения', 'Tax base'), {
          options: choices(
            ['income', 'Доходы (6%)', 'Income (6%)'],
            ['incomeMinusExpenses', 'Доходы минус расходы (15%)', 'Income less expenses (15%)'],
          ),
        }),
        field('fromYear', 'integer', text('С какого года', 'From year'), {
          rules: { min: 2025, max: 2100 },
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'усн',
      'упрощенка',
      'упрощенная система',
      'налоги ип',
      '6 процентов',
      'перейти на усн',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'self-employed-registration',
    categoryId: 'business',
    title: text(
      'Регистрация в качестве самозанятого (НПД)',
      'Registering as self-employed (professional income tax)',
    ),
    summary: text(
      'Переход на налог на профессиональный доход для работы без регистрации ИП.',
      'Switching to the professional income tax to work without registering a business.',
    ),
    description: text(
      'Самозанятые платят 4% с доходов от физических лиц и 6% — от организаций, без отчётности и страховых взносов. Годовой доход не должен превышать установленный лимит.',
      'The self-employed pay 4% on income from individuals and 6% on income from companies, with no reports or insurance contributions, up to an annual income limit.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        INN,
        field('activity', 'string', text('Вид деятельности', 'Activity'), {
          rules: { maxLength: 300 },
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'самозанятый',
      'самозанятость',
      'нпд',
      'мой налог',
      'налог на профессиональный доход',
      'подработка',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'cash-register-registration',
    categoryId: 'business',
    title: text('Регистрация контрольно-кассовой техники (ККТ)', 'Registering a cash register'),
    summary: text(
      'Регистрация, перерегистрация и снятие с учёта онлайн-кассы.',
      'Registering, re-registering and deregistering an online cash register.',
    ),
    description: text(
      'Онлайн-кассу регистрируют в налоговой до начала расчётов с покупателями. Нужен договор с оператором фискальных данных; карточка регистрации ККТ приходит в личный кабинет.',
      'An online cash register must be registered with the tax service before taking payments. A contract with a fiscal data operator is required; the registration card arrives in the personal account.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [
      doc(
        'ofd-contract',
        'Договор с оператором фискальных данных',
        'Contract with a fiscal data operator',
      ),
    ],
    formVersions: [
      firstVersion([
        COMPANY_INN,
        field(
          'registerSerial',
          'string',
          text('Заводской номер ККТ', 'Serial number of the register'),
          { rules: { minLength: 6, maxLength: 20 } },
        ),
        field(
          'fiscalDriveNumber',
          'string',
          text('Номер фискального накопителя', 'Fiscal drive number'),
          { rules: { pattern: '^\\d{16}$' } },
        ),
        field('installAddress', 'text', text('Адрес установки', 'Installation address'), {
          rules: { minLength: 10, maxLength: 500 },
        }),
      ]),
    ],
    processingDays: 5,
    keywords: ['касса', 'онлайн-касса', 'ккт', 'кассовый аппарат', 'фискальный накопитель'],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'small-business-grant',
    categoryId: 'business',
    title: text('Грант начинающим предпринимателям', 'Start-up grant for new entrepreneurs'),
    summary: text(
      'Региональная субсидия на запуск собственного дела для ИП и малых предприятий.',
      'A regional subsidy to start a business, for sole proprietors and small companies.',
    ),
    description: text(
      'Гранты выдаются по конкурсу на основании бизнес-плана; средства можно потратить на оборудование, аренду и рекламу. Условия и размер гранта устанавливает субъект РФ.',
      'Grants are awarded by competition on the strength of a business plan and may be spent on equipment, rent and advertising. Each federal subject sets the terms and the amount.',
    ),
    authority: AUTHORITIES.regionalEconomy,
    requiredDocuments: [
      doc('business-plan', 'Бизнес-план', 'Business plan'),
      doc('cost-estimate', 'Смета расходов', 'Cost estimate'),
    ],
    formVersions: [
      firstVersion([
        COMPANY_INN,
        field(
          'requestedAmount',
          'decimal',
          text('Запрашиваемая сумма, руб.', 'Amount requested, RUB'),
          { rules: { min: 10000, max: 5000000 } },
        ),
        field('projectDescription', 'text', text('Описание проекта', 'Project description'), {
          rules: { minLength: 100, maxLength: 5000 },
        }),
      ]),
    ],
    processingDays: 30,
    keywords: [
      'грант',
      'субсидия бизнесу',
      'поддержка малого бизнеса',
      'деньги на бизнес',
      'начинающий предприниматель',
    ],
    availableByDefault: false,
    regional: {
      '16': {
        available: true,
        extraFields: [ANSWER_LANGUAGE_TT],
        note: text('Конкурс проводится дважды в год.', 'The competition is held twice a year.', {
          tt: 'Бәйге елга ике тапкыр үткәрелә.',
        }),
      },
      '02': { available: true, extraFields: [ANSWER_LANGUAGE_BA] },
      '54': { available: true, processingDays: 45 },
    },
  },
];
