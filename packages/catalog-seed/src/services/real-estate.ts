import type { Service } from '@eruz/domain';

import { AUTHORITIES } from '../authorities.ts';
import {
  ANSWER_LANGUAGE_TT,
  APPLICANT,
  CADASTRAL_NUMBER,
  choices,
  field,
  firstVersion,
  MOSCOW_DISTRICT,
  PASSPORT,
  RESULT_DELIVERY,
  SNILS,
} from '../fields.ts';
import { doc, sampleFee, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const TECHNICAL_PLAN = doc('technical-plan', 'Технический план', 'Technical plan');

const OBJECT_TYPE = field('objectType', 'select', text('Вид объекта', 'Kind of property'), {
  options: choices(
    ['flat', 'Квартира или комната', 'Flat or room'],
    ['house', 'Жилой дом', 'House'],
    ['land', 'Земельный участок', 'Land plot'],
    ['nonResidential', 'Нежилое помещение', 'Non-residential premises'],
    ['garage', 'Гараж или машино-место', 'Garage or parking space'],
  ),
});
const PROPERTY_ADDRESS = field(
  'propertyAddress',
  'text',
  text('Адрес объекта', 'Address of the property'),
  {
    rules: { minLength: 10, maxLength: 500 },
  },
);

export const REAL_ESTATE_SERVICES: Service[] = [
  {
    id: 'property-rights-registration',
    categoryId: 'real-estate',
    title: text(
      'Государственная регистрация права собственности на недвижимость',
      'Registration of ownership of real estate',
      {
        tt: 'Күчемсез милеккә милек хокукын дәүләт теркәве',
        ba: 'Күсемһеҙ милеккә милек хоҡуғын дәүләт теркәүе',
      },
    ),
    summary: text(
      'Регистрация перехода права после покупки, дарения или наследования квартиры, дома, участка.',
      'Registering the transfer of ownership after buying, receiving as a gift or inheriting a flat, house or land.',
    ),
    description: text(
      'Право собственности возникает с момента его государственной регистрации в ЕГРН. Заявление подают стороны сделки; по итогам выдаётся выписка из ЕГРН, подтверждающая регистрацию.',
      'Ownership arises when it is registered in the Unified State Register of Real Estate (ЕГРН). The parties to the deal apply; an extract from the register confirms the registration.',
    ),
    authority: AUTHORITIES.rosreestr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'title-document',
        'Договор купли-продажи, дарения или свидетельство о наследстве',
        'Sale or gift contract, or inheritance certificate',
      ),
      doc(
        'spouse-consent',
        'Нотариальное согласие супруга',
        'Notarised consent of the spouse',
        false,
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        SNILS,
        OBJECT_TYPE,
        CADASTRAL_NUMBER,
        field('basis', 'select', text('Основание перехода права', 'Ground of the transfer'), {
          options: choices(
            ['sale', 'Купля-продажа', 'Purchase'],
            ['gift', 'Дарение', 'Gift'],
            ['inheritance', 'Наследование', 'Inheritance'],
            ['privatization', 'Приватизация', 'Privatisation'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(400000, {
      ru: 'Госпошлина для физического лица.',
      en: 'State fee for an individual.',
    }),
    processingDays: 7,
    keywords: [
      'право собственности',
      'оформить квартиру',
      'купил квартиру',
      'переход права',
      'собственность',
      'регистрация сделки',
      'наследство',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'egrn-extract',
    categoryId: 'real-estate',
    title: text('Выписка из ЕГРН', 'Extract from the real estate register (ЕГРН)', {
      tt: 'ЕГРНнан өземтә',
      ba: 'ЕГРН-дан өҙөмтә',
    }),
    summary: text(
      'Сведения об объекте недвижимости, его собственниках и обременениях.',
      'Information about a property, its owners and encumbrances.',
    ),
    description: text(
      'Выписка из Единого государственного реестра недвижимости подтверждает право собственности и показывает кадастровую стоимость, арест, ипотеку и другие обременения. Электронная выписка подписана электронной подписью Росреестра.',
      'An extract from the Unified State Register of Real Estate confirms ownership and shows cadastral value, seizures, mortgages and other encumbrances. The electronic extract carries Rosreestr’s electronic signature.',
    ),
    authority: AUTHORITIES.rosreestr,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        CADASTRAL_NUMBER,
        field('extractType', 'select', text('Вид выписки', 'Kind of extract'), {
          options: choices(
            [
              'basic',
              'Об основных характеристиках и зарегистрированных правах',
              'Main characteristics and registered rights',
            ],
            ['history', 'О переходе прав', 'History of ownership'],
            ['cadastralValue', 'О кадастровой стоимости', 'Cadastral value'],
          ),
        }),
      ]),
    ],
    fee: sampleFee(35000, {
      ru: 'Плата за электронную выписку.',
      en: 'Charge for an electronic extract.',
    }),
    processingDays: 3,
    keywords: [
      'егрн',
      'выписка',
      'выписка егрн',
      'выписка из реестра',
      'собственник квартиры',
      'обременение',
      'кадастровая стоимость',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'cadastral-registration',
    categoryId: 'real-estate',
    title: text(
      'Государственный кадастровый учёт недвижимости',
      'Cadastral registration of real estate',
    ),
    summary: text(
      'Постановка на кадастровый учёт нового дома, помещения или участка и учёт изменений.',
      'Entering a new house, premises or land plot into the cadastre, or recording changes to it.',
    ),
    description: text(
      'Кадастровый учёт вносит в ЕГРН характеристики объекта: площадь, границы, назначение. Для нового объекта нужен технический план или межевой план, подготовленный кадастровым инженером.',
      'Cadastral registration records a property’s area, boundaries and use in the register. A new property needs a technical or boundary plan prepared by a cadastral engineer.',
    ),
    authority: AUTHORITIES.rosreestr,
    requiredDocuments: [
      PASSPORT_DOC,
      TECHNICAL_PLAN,
      doc('boundary-plan', 'Межевой план', 'Boundary plan', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        OBJECT_TYPE,
        PROPERTY_ADDRESS,
        field('area', 'decimal', text('Площадь, кв. м', 'Area, sq. m'), {
          rules: { min: 1, max: 1000000 },
        }),
      ]),
    ],
    processingDays: 5,
    keywords: [
      'кадастровый учет',
      'кадастр',
      'поставить дом на учет',
      'межевание',
      'технический план',
      'новостройка',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'mortgage-registration',
    categoryId: 'real-estate',
    title: text('Регистрация ипотеки', 'Registration of a mortgage'),
    summary: text(
      'Регистрация залога недвижимости в пользу банка и погашение записи после выплаты кредита.',
      'Registering a pledge of property to a bank, and removing it once the loan is repaid.',
    ),
    description: text(
      'Ипотека регистрируется одновременно с правом собственности при покупке жилья в кредит. После полного погашения кредита запись об ипотеке погашается по заявлению банка или владельца закладной.',
      'A mortgage is registered together with the ownership when a home is bought on credit. Once the loan is repaid, the record is removed on the application of the bank or the holder of the mortgage bond.',
    ),
    authority: AUTHORITIES.rosreestr,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('loan-agreement', 'Кредитный договор', 'Loan agreement'),
      doc('mortgage-bond', 'Закладная', 'Mortgage bond', false),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        CADASTRAL_NUMBER,
        field('action', 'select', text('Действие', 'Action'), {
          options: choices(
            ['register', 'Зарегистрировать ипотеку', 'Register the mortgage'],
            ['release', 'Погасить запись об ипотеке', 'Remove the mortgage record'],
          ),
        }),
        field('bankName', 'string', text('Банк-залогодержатель', 'Mortgagee bank'), {
          rules: { maxLength: 300 },
        }),
      ]),
    ],
    fee: sampleFee(200000),
    processingDays: 5,
    keywords: ['ипотека', 'залог', 'снять обременение', 'погасить ипотеку', 'кредит на квартиру'],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'housing-privatization',
    categoryId: 'real-estate',
    title: text('Приватизация жилого помещения', 'Privatisation of municipal housing'),
    summary: text(
      'Передача квартиры, занимаемой по договору социального найма, в собственность жильцов.',
      'Transferring a flat rented under a social tenancy to its tenants’ ownership.',
    ),
    description: text(
      'Приватизировать жильё можно один раз в жизни, бесплатно. Нужны согласия всех совершеннолетних членов семьи, проживающих в квартире; после заключения договора право регистрируется в Росреестре.',
      'Housing may be privatised once in a lifetime, free of charge. All adult members of the household must agree; after the contract is signed, ownership is registered with Rosreestr.',
    ),
    authority: AUTHORITIES.municipality,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('social-tenancy', 'Договор социального найма', 'Social tenancy agreement'),
      doc('family-consent', 'Согласия членов семьи', 'Consents of family members'),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        PROPERTY_ADDRESS,
        field(
          'coOwners',
          'integer',
          text('Число будущих собственников', 'Number of future owners'),
          { rules: { min: 1, max: 20 } },
        ),
      ]),
    ],
    processingDays: 40,
    keywords: [
      'приватизация',
      'приватизировать квартиру',
      'социальный найм',
      'муниципальная квартира',
    ],
    availableByDefault: true,
    regional: {
      '77': { available: true, extraFields: [MOSCOW_DISTRICT], processingDays: 30 },
      '16': { available: true, extraFields: [ANSWER_LANGUAGE_TT] },
    },
  },
  {
    id: 'house-construction-notice',
    categoryId: 'real-estate',
    title: text(
      'Уведомление о строительстве индивидуального жилого дома',
      'Notice of building a private house',
    ),
    summary: text(
      'Уведомление о планируемом строительстве или реконструкции дома (ИЖС) на своём участке.',
      'Notifying the authorities of building or rebuilding a private house on your land.',
    ),
    description: text(
      'Вместо разрешения на строительство индивидуального жилого дома подаётся уведомление с параметрами дома. Орган местного самоуправления проверяет его на соответствие правилам застройки и сообщает о результате.',
      'Instead of a building permit, the owner files a notice with the house’s parameters. The local government checks it against the zoning rules and replies.',
    ),
    authority: AUTHORITIES.municipality,
    requiredDocuments: [
      PASSPORT_DOC,
      doc(
        'land-title',
        'Правоустанавливающие документы на участок',
        'Title documents for the land',
      ),
      doc(
        'house-sketch',
        'Описание внешнего облика дома',
        'Description of the house’s exterior',
        false,
      ),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        CADASTRAL_NUMBER,
        field('floors', 'integer', text('Количество надземных этажей', 'Floors above ground'), {
          rules: { min: 1, max: 3 },
        }),
        field('height', 'decimal', text('Высота, м', 'Height, m'), { rules: { min: 1, max: 20 } }),
        field(
          'setback',
          'decimal',
          text('Отступ от границ участка, м', 'Distance from the plot boundary, m'),
          { rules: { min: 0, max: 1000 } },
        ),
      ]),
    ],
    processingDays: 7,
    keywords: [
      'ижс',
      'строительство дома',
      'разрешение на строительство',
      'построить дом',
      'уведомление о строительстве',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'far-east-hectare',
    categoryId: 'real-estate',
    title: text('Дальневосточный гектар', 'Far Eastern hectare'),
    summary: text(
      'Бесплатное предоставление земельного участка до 1 гектара на Дальнем Востоке.',
      'A free land plot of up to one hectare in the Russian Far East.',
    ),
    description: text(
      'Гражданин выбирает участок на карте и получает его в безвозмездное пользование на 5 лет; после освоения участок можно оформить в собственность или аренду.',
      'A citizen picks a plot on the map and receives it for free use for five years; once developed, the plot can be owned or leased.',
    ),
    authority: AUTHORITIES.farEastDevelopment,
    requiredDocuments: [
      PASSPORT_DOC,
      doc('plot-scheme', 'Схема расположения участка', 'Plot location scheme'),
    ],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        field('plotArea', 'decimal', text('Площадь участка, га', 'Plot area, ha'), {
          rules: { min: 0.01, max: 1 },
        }),
        field('usePurpose', 'text', text('Цель использования', 'Intended use'), {
          rules: { maxLength: 1000 },
        }),
        RESULT_DELIVERY,
      ]),
    ],
    processingDays: 20,
    keywords: [
      'гектар',
      'дальневосточный гектар',
      'земля бесплатно',
      'земельный участок',
      'дальний восток',
    ],
    availableByDefault: false,
    regional: {
      '25': {
        available: true,
        note: text(
          'Участки доступны на всей территории Приморского края, кроме земель особого назначения.',
          'Plots are available throughout Primorsky Krai except restricted land.',
        ),
      },
    },
  },
];
