import type { Service } from '@eruz/domain';

import { AUTHORITIES } from '../authorities.ts';
import {
  ANSWER_LANGUAGE_BA,
  ANSWER_LANGUAGE_TT,
  APPLICANT,
  choices,
  DRIVING_LICENCE_NUMBER,
  field,
  firstVersion,
  laterVersion,
  MOSCOW_DISTRICT,
  PASSPORT,
  REGISTRATION_ADDRESS,
  SNILS,
  SPB_DISTRICT,
  VIN,
} from '../fields.ts';
import { doc, sampleFee, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const MEDICAL_CERTIFICATE = doc(
  'medical-certificate',
  'Медицинская справка водителя',
  'Driver’s medical certificate',
);
const VEHICLE_PASSPORT = doc(
  'vehicle-passport',
  'Паспорт транспортного средства (ПТС)',
  'Vehicle passport (ПТС)',
);

const PLATE_NUMBER = field(
  'plateNumber',
  'string',
  text('Государственный регистрационный знак', 'Licence plate number'),
  {
    hint: text('Например, А123ВС777', 'For example, А123ВС777'),
    rules: { pattern: '^[АВЕКМНОРСТУХ]\\d{3}[АВЕКМНОРСТУХ]{2}\\d{2,3}$' },
  },
);
const RULING_DATE = field('rulingDate', 'date', text('Дата постановления', 'Date of the ruling'), {
  rules: { notInFuture: true },
});

const FINE_PAYMENT_FIELDS = [
  field('uin', 'string', text('УИН (номер постановления)', 'Payment identifier (УИН)'), {
    hint: text('20 цифр', '20 digits'),
    rules: { pattern: '^\\d{20}$' },
  }),
  RULING_DATE,
  field('payerName', 'string', text('ФИО плательщика', 'Payer’s name'), {
    rules: { maxLength: 300 },
    prefill: 'fullName',
  }),
];

const PARKING_PERMIT_FIELDS = [
  ...APPLICANT,
  REGISTRATION_ADDRESS,
  PLATE_NUMBER,
  field(
    'vehicleRegistrationCertificate',
    'string',
    text('Номер СТС', 'Vehicle registration certificate number'),
    {
      rules: { pattern: '^\\d{2}[0-9А-Я]{2}\\d{6}$' },
    },
  ),
];

export const TRANSPORT_SERVICES: Service[] = [
  {
    id: 'driving-licence-replacement',
    categoryId: 'transport',
    title: text('Замена водительского удостоверения', 'Replacing a driving licence', {
      tt: 'Машина йөртүче таныклыгын алыштыру',
      ba: 'Водитель танытмаһын алмаштырыу',
    }),
    summary: text(
      'Замена прав по истечении срока действия, при смене фамилии или утере.',
      'Replacing the licence when it expires, after a change of name or if it is lost.',
    ),
    description: text(
      'Водительское удостоверение действует 10 лет. Для замены нужна медицинская справка; экзамен сдавать не нужно. Новое удостоверение выдаётся в подразделении Госавтоинспекции в день обращения.',
      'A driving licence is valid for 10 years. Replacing it needs a medical certificate but no exam; the new licence is issued at a traffic police office on the day of the visit.',
    ),
    authority: AUTHORITIES.gibdd,
    requiredDocuments: [
      PASSPORT_DOC,
      MEDICAL_CERTIFICATE,
      doc('old-licence', 'Прежнее водительское удостоверение', 'Current driving licence', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        DRIVING_LICENCE_NUMBER,
        field('reason', 'select', text('Причина замены', 'Reason for replacement'), {
          options: choices(
            ['expired', 'Истёк срок действия', 'Expired'],
            ['nameChange', 'Смена ФИО', 'Change of name'],
            ['lost', 'Утрата или хищение', 'Lost or stolen'],
            ['damaged', 'Повреждение', 'Damaged'],
          ),
        }),
        field(
          'medicalCertificateNumber',
          'string',
          text('Номер медицинской справки', 'Medical certificate number'),
          { rules: { maxLength: 30 } },
        ),
      ]),
    ],
    fee: sampleFee(300000, {
      ru: 'Госпошлина за выдачу удостоверения.',
      en: 'State fee for issuing the licence.',
    }),
    processingDays: 1,
    keywords: [
      'права',
      'замена прав',
      'поменять права',
      'водительские права',
      'водительское',
      'ву',
      'гибдд',
      'гаи',
      'истек срок прав',
      'просроченные права',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'international-driving-licence',
    categoryId: 'transport',
    title: text('Международное водительское удостоверение', 'International driving permit'),
    summary: text(
      'Международные права для поездок за рубеж на срок до 3 лет.',
      'An international driving permit for travel abroad, valid for up to 3 years.',
    ),
    description: text(
      'Международное удостоверение действительно только вместе с национальным и выдаётся на 3 года, но не дольше срока действия российских прав.',
      'The international permit is valid only together with the national licence, for three years but not beyond the national licence’s expiry.',
    ),
    authority: AUTHORITIES.gibdd,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('national-licence', 'Российское водительское удостоверение', 'Russian driving licence'),
      doc('photo', 'Фотография 35×45 мм', 'Photo 35×45 mm'),
    ],
    formVersions: [firstVersion([...APPLICANT, ...PASSPORT, DRIVING_LICENCE_NUMBER])],
    fee: sampleFee(240000),
    processingDays: 1,
    keywords: ['международные права', 'права для заграницы', 'мву', 'права за границей'],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'vehicle-registration',
    categoryId: 'transport',
    title: text('Регистрация транспортного средства', 'Vehicle registration', {
      tt: 'Транспорт чарасын теркәү',
      ba: 'Транспорт сараһын теркәү',
    }),
    summary: text(
      'Постановка автомобиля на учёт после покупки, перерегистрация и снятие с учёта.',
      'Registering a car after buying it, re-registering it and deregistering it.',
    ),
    description: text(
      'Новый владелец обязан зарегистрировать автомобиль в Госавтоинспекции в течение 10 дней после покупки. Проводится осмотр машины; выдаются свидетельство о регистрации (СТС) и при необходимости новые номера.',
      'A new owner must register the car with the traffic police within 10 days of buying it. The car is inspected; a registration certificate and, if needed, new plates are issued.',
    ),
    authority: AUTHORITIES.gibdd,
    requiredDocuments: [
      PASSPORT_DOC,
      VEHICLE_PASSPORT,
      doc('sale-contract', 'Договор купли-продажи', 'Sale contract'),
      doc('osago-policy', 'Полис ОСАГО', 'Compulsory motor insurance policy (ОСАГО)', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        VIN,
        field('action', 'select', text('Регистрационное действие', 'Registration action'), {
          options: choices(
            ['register', 'Постановка на учёт', 'Register'],
            ['change', 'Изменение регистрационных данных', 'Change registration details'],
            ['deregister', 'Снятие с учёта', 'Deregister'],
          ),
        }),
        field(
          'keepPlates',
          'boolean',
          text('Сохранить прежние номера', 'Keep the current plates'),
          { required: false },
        ),
      ]),
    ],
    fee: sampleFee(285000, {
      ru: 'С выдачей номеров и СТС.',
      en: 'Including plates and the registration certificate.',
    }),
    processingDays: 1,
    keywords: [
      'поставить машину на учет',
      'постановка на учет',
      'учет автомобиля',
      'машина',
      'авто',
      'гибдд',
      'гаи',
      'номера',
      'снять с учета',
      'купил машину',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'traffic-fine-payment',
    categoryId: 'transport',
    title: text('Оплата штрафов ГИБДД', 'Paying traffic fines', {
      tt: 'Дәүләт автоинспекциясе штрафларын түләү',
      ba: 'Дәүләт автоинспекцияһы штрафтарын түләү',
    }),
    summary: text(
      'Проверка и оплата штрафов за нарушение ПДД со скидкой 50% в первые 20 дней.',
      'Checking and paying traffic fines, with a 50% discount in the first 20 days.',
    ),
    description: text(
      'Штрафы находятся по номеру водительского удостоверения, СТС или УИН постановления. Большинство штрафов можно оплатить со скидкой 50%, если уплатить в течение 20 дней со дня вынесения постановления.',
      'Fines are found by the driving licence number, the vehicle registration certificate or the ruling’s payment identifier (УИН). Most fines are halved when paid within 20 days of the ruling.',
    ),
    authority: AUTHORITIES.gibdd,
    requiredDocuments: [],
    formVersions: [
      firstVersion(FINE_PAYMENT_FIELDS),
      laterVersion(2, '2026-09-01', [
        field('uin', 'string', text('УИН (номер постановления)', 'Payment identifier (УИН)'), {
          hint: text('20 или 25 цифр', '20 or 25 digits'),
          rules: { pattern: '^\\d{20}(\\d{5})?$' },
        }),
        RULING_DATE,
        field('payerName', 'string', text('ФИО плательщика', 'Payer’s name'), {
          rules: { maxLength: 300 },
          prefill: 'fullName',
        }),
        field('payerInn', 'inn', text('ИНН плательщика', 'Payer’s INN'), {
          required: false,
          rules: { pattern: '^\\d{12}$' },
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'штраф',
      'штрафы',
      'штраф гибдд',
      'штрафы гаи',
      'оплатить штраф',
      'пдд',
      'камера',
      'превышение скорости',
      'уин',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'traffic-fine-appeal',
    categoryId: 'transport',
    title: text('Обжалование постановления о штрафе ГИБДД', 'Appealing a traffic fine'),
    summary: text(
      'Жалоба на постановление по делу об административном правонарушении в области дорожного движения.',
      'A complaint against a ruling on a traffic offence.',
    ),
    description: text(
      'Жалобу можно подать в течение 10 дней со дня получения постановления, например если штраф с камеры выписан ошибочно или машиной управлял другой человек. На время рассмотрения штраф можно не оплачивать.',
      'Appeal within 10 days of receiving the ruling, for example when a camera fine is wrong or someone else was driving. The fine need not be paid while the appeal is pending.',
    ),
    authority: AUTHORITIES.gibdd,
    requiredDocuments: [
      doc(
        'evidence',
        'Доказательства (фото, договор, полис ОСАГО)',
        'Evidence (photos, contracts, insurance policy)',
        false,
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        field('rulingNumber', 'string', text('Номер постановления', 'Ruling number'), {
          rules: { pattern: '^\\d{20}$' },
        }),
        RULING_DATE,
        field('grounds', 'text', text('Доводы жалобы', 'Grounds of the appeal'), {
          rules: { minLength: 20, maxLength: 5000 },
        }),
      ]),
    ],
    processingDays: 10,
    keywords: [
      'обжаловать штраф',
      'жалоба на штраф',
      'оспорить штраф',
      'штраф с камеры',
      'неправильный штраф',
      'гибдд',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'moscow-parking-resident-permit',
    categoryId: 'transport',
    title: text('Резидентное парковочное разрешение (Москва)', 'Resident parking permit (Moscow)'),
    summary: text(
      'Льготная парковка жителей у дома в зоне платной парковки Москвы.',
      'Discounted parking near home for residents of Moscow’s paid parking zones.',
    ),
    description: text(
      'Жители домов в зоне платной парковки могут оформить резидентное разрешение и парковаться у дома бесплатно ночью и по льготному абонементу днём. Разрешение выдаётся на 2 года.',
      'Residents of buildings in a paid parking zone may get a resident permit to park near home free of charge at night and with a discounted daytime pass. The permit is valid for 2 years.',
    ),
    authority: AUTHORITIES.moscowParking,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'vehicle-registration-certificate',
        'Свидетельство о регистрации ТС',
        'Vehicle registration certificate',
      ),
    ],
    formVersions: [firstVersion(PARKING_PERMIT_FIELDS)],
    fee: sampleFee(300000, {
      ru: 'Годовой льготный абонемент резидента.',
      en: 'Resident’s discounted yearly pass.',
    }),
    processingDays: 5,
    keywords: [
      'парковка',
      'резидентная парковка',
      'парковочное разрешение',
      'парковка у дома',
      'платная парковка',
      'москва',
    ],
    availableByDefault: false,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT] },
    },
  },
  {
    id: 'parking-subscription',
    categoryId: 'transport',
    title: text('Абонемент на платную городскую парковку', 'Paid city parking pass'),
    summary: text(
      'Покупка абонемента на парковку в зоне платной городской парковки на месяц или год.',
      'Buying a monthly or yearly pass for the city’s paid parking zone.',
    ),
    description: text(
      'Абонемент позволяет парковаться в зоне платной парковки без почасовой оплаты. Стоимость и зоны действия устанавливает город; абонемент привязывается к номеру автомобиля.',
      'The pass lets a car park in the paid zone without hourly payments. The city sets the price and the zones; the pass is bound to the licence plate.',
    ),
    authority: AUTHORITIES.regionalTransport,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        PLATE_NUMBER,
        field('period', 'select', text('Срок абонемента', 'Term of the pass'), {
          options: choices(['month', 'Месяц', 'Month'], ['year', 'Год', 'Year']),
        }),
        field('startDate', 'date', text('Дата начала', 'Start date')),
      ]),
    ],
    fee: sampleFee(2000000, { ru: 'Месячный абонемент.', en: 'Monthly pass.' }),
    processingDays: 1,
    keywords: ['парковка', 'абонемент на парковку', 'платная парковка', 'парковочный абонемент'],
    availableByDefault: false,
    regional: {
      '77': {
        available: true,
        fee: sampleFee(2500000, { ru: 'Месячный абонемент, Москва.', en: 'Monthly pass, Moscow.' }),
        extraFields: [MOSCOW_DISTRICT],
      },
      '78': {
        available: true,
        fee: sampleFee(1800000, {
          ru: 'Месячный абонемент, Санкт-Петербург.',
          en: 'Monthly pass, Saint Petersburg.',
        }),
        extraFields: [SPB_DISTRICT],
      },
      '16': {
        available: true,
        fee: sampleFee(1200000, { ru: 'Месячный абонемент, Казань.', en: 'Monthly pass, Kazan.' }),
      },
      '66': {
        available: true,
        fee: sampleFee(1000000, {
          ru: 'Месячный абонемент, Екатеринбург.',
          en: 'Monthly pass, Yekaterinburg.',
        }),
      },
    },
  },
  {
    id: 'disabled-parking-permit',
    categoryId: 'transport',
    title: text(
      'Парковочное разрешение для инвалида',
      'Parking permit for a person with a disability',
    ),
    summary: text(
      'Бесплатная парковка на местах для инвалидов после внесения машины в федеральный реестр.',
      'Free parking in disabled bays once the car is entered in the federal register.',
    ),
    description: text(
      'Сведения об автомобиле, которым управляет инвалид или который его перевозит, вносятся в Федеральный реестр инвалидов. После этого машина может бесплатно стоять на специальных местах по всей стране.',
      'The car driven by or carrying a person with a disability is entered into the Federal Register of Persons with Disabilities, after which it may use disabled bays free of charge nationwide.',
    ),
    authority: AUTHORITIES.sfr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('disability-certificate', 'Справка об инвалидности', 'Disability certificate'),
    ],
    formVersions: [firstVersion([...APPLICANT, SNILS, PLATE_NUMBER])],
    processingDays: 1,
    keywords: [
      'парковка для инвалидов',
      'знак инвалид',
      'инвалидная парковка',
      'льготная парковка',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'taxi-permit',
    categoryId: 'transport',
    title: text('Разрешение на перевозку пассажиров легковым такси', 'Taxi operating permit'),
    summary: text(
      'Включение автомобиля в региональный реестр легковых такси.',
      'Entering a car in the regional register of taxis.',
    ),
    description: text(
      'Перевозчик (ИП, организация или самозанятый) вносит автомобиль в региональный реестр такси. Машина должна иметь цветографическую схему, опознавательный фонарь и проходить техосмотр.',
      'The carrier (a sole proprietor, company or self-employed driver) enters the car in the regional taxi register. The car must carry the taxi livery and roof light and pass regular inspections.',
    ),
    authority: AUTHORITIES.regionalTransport,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'vehicle-registration-certificate',
        'Свидетельство о регистрации ТС',
        'Vehicle registration certificate',
      ),
      doc('osago-taxi', 'Полис ОСАГО для такси', 'Taxi motor insurance policy'),
    ],
    formVersions: [
      firstVersion([
        field('carrierInn', 'inn', text('ИНН перевозчика', 'Carrier INN'), {
          rules: { pattern: '^\\d{10}(\\d{2})?$' },
        }),
        PLATE_NUMBER,
        VIN,
        field('carrierType', 'select', text('Перевозчик', 'Carrier'), {
          options: choices(
            ['company', 'Организация', 'Company'],
            ['soleProprietor', 'ИП', 'Sole proprietor'],
            ['selfEmployed', 'Самозанятый', 'Self-employed'],
          ),
        }),
      ]),
    ],
    processingDays: 15,
    keywords: [
      'такси',
      'лицензия такси',
      'разрешение такси',
      'работать в такси',
      'таксист',
      'реестр такси',
    ],
    availableByDefault: true,
    regional: {
      '77': { available: true, processingDays: 7, extraFields: [MOSCOW_DISTRICT] },
      '78': {
        available: true,
        fee: sampleFee(100000, {
          ru: 'Плата за выдачу разрешения.',
          en: 'Charge for issuing the permit.',
        }),
      },
      '02': { available: true, extraFields: [ANSWER_LANGUAGE_BA] },
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
    },
  },
  {
    id: 'vehicle-inspection',
    categoryId: 'transport',
    title: text('Технический осмотр автомобиля', 'Vehicle roadworthiness inspection'),
    summary: text(
      'Запись на техосмотр и получение диагностической карты.',
      'Booking a roadworthiness inspection and receiving the diagnostic card.',
    ),
    description: text(
      'Такси, автобусы и грузовики проходят техосмотр регулярно; личному легковому автомобилю старше 4 лет он нужен при регистрации смены владельца. Предельную стоимость техосмотра устанавливает субъект РФ.',
      'Taxis, buses and lorries are inspected regularly; a private car older than 4 years needs an inspection when a new owner registers it. The federal subject sets the maximum price.',
    ),
    authority: AUTHORITIES.inspectionOperator,
    requiredDocuments: [
      doc(
        'vehicle-registration-certificate',
        'Свидетельство о регистрации ТС',
        'Vehicle registration certificate',
      ),
    ],
    formVersions: [
      firstVersion([
        VIN,
        PLATE_NUMBER,
        field('inspectionDate', 'date', text('Желаемая дата', 'Preferred date')),
      ]),
    ],
    fee: sampleFee(90000, { ru: 'Легковой автомобиль.', en: 'Passenger car.' }),
    processingDays: 1,
    keywords: ['техосмотр', 'диагностическая карта', 'осмотр машины', 'пройти техосмотр'],
    availableByDefault: true,
    regional: {
      '77': {
        available: true,
        fee: sampleFee(115000, {
          ru: 'Легковой автомобиль, Москва.',
          en: 'Passenger car, Moscow.',
        }),
      },
      '78': {
        available: true,
        fee: sampleFee(105000, {
          ru: 'Легковой автомобиль, Санкт-Петербург.',
          en: 'Passenger car, Saint Petersburg.',
        }),
      },
      '54': {
        available: true,
        fee: sampleFee(82000, {
          ru: 'Легковой автомобиль, Новосибирская область.',
          en: 'Passenger car, Novosibirsk Region.',
        }),
      },
      '25': {
        available: true,
        fee: sampleFee(98000, {
          ru: 'Легковой автомобиль, Приморский край.',
          en: 'Passenger car, Primorsky Krai.',
        }),
      },
    },
  },
];
