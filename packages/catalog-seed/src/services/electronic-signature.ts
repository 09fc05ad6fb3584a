import type { Service } from '@eruz/domain';

import { AUTHORITIES } from '../authorities.ts';
import { APPLICANT, choices, field, firstVersion, INN, PASSPORT, SNILS } from '../fields.ts';
import { doc, sampleFee, text } from '../text.ts';

const PASSPORT_DOC = doc('passport', 'Паспорт гражданина РФ', 'Russian internal passport');
const TOKEN = doc(
  'token',
  'Сертифицированный токен (ключевой носитель)',
  'Certified hardware token',
);

const CERTIFICATE_SERIAL = field(
  'certificateSerial',
  'string',
  text('Серийный номер сертификата', 'Certificate serial number'),
  { rules: { pattern: '^[0-9A-Fa-f]{16,40}$' } },
);

export const ELECTRONIC_SIGNATURE_SERVICES: Service[] = [
  {
    id: 'qualified-signature-business',
    categoryId: 'electronic-signature',
    title: text(
      'Квалифицированная электронная подпись для ИП и руководителей организаций',
      'Qualified electronic signature for sole proprietors and company heads',
      {
        tt: 'Шәхси эшмәкәрләр һәм оешма җитәкчеләре өчен квалификацияле электрон имза',
        ba: 'Шәхси эшҡыуарҙар һәм ойошма етәкселәре өсөн квалификациялы электрон ҡултамға',
      },
    ),
    summary: text(
      'Бесплатный сертификат КЭП в удостоверяющем центре ФНС России.',
      'A free qualified certificate from the certification centre of the Federal Tax Service.',
    ),
    description: text(
      'Индивидуальные предприниматели, руководители организаций и нотариусы получают квалифицированный сертификат ключа проверки электронной подписи в ФНС бесплатно. Нужен сертифицированный токен; личность подтверждается при визите.',
      'Sole proprietors, company heads and notaries receive a qualified signature certificate from the tax service free of charge. A certified token is needed; identity is checked in person.',
    ),
    authority: AUTHORITIES.fnsCertificationCentre,
    requiredDocuments: [PASSPORT_DOC, TOKEN],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        ...PASSPORT,
        SNILS,
        INN,
        field(
          'companyInn',
          'inn',
          text('ИНН организации или ИП', 'INN of the company or proprietor'),
          {
            rules: { pattern: '^\\d{10}(\\d{2})?$' },
          },
        ),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'кэп',
      'эцп',
      'эп',
      'электронная подпись',
      'цифровая подпись',
      'подпись для ип',
      'подпись в налоговой',
      'токен',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'qualified-signature-individual',
    categoryId: 'electronic-signature',
    title: text(
      'Квалифицированная электронная подпись для физических лиц',
      'Qualified electronic signature for individuals',
      {
        tt: 'Физик затлар өчен квалификацияле электрон имза',
        ba: 'Физик заттар өсөн квалификациялы электрон ҡултамға',
      },
    ),
    summary: text(
      'Сертификат КЭП в аккредитованном удостоверяющем центре для сделок и госуслуг.',
      'A qualified certificate from an accredited certification centre for deals and public services.',
    ),
    description: text(
      'Квалифицированная подпись равна собственноручной: с ней можно подписывать договоры, подавать документы в суд и регистрировать сделки с недвижимостью. Сертификат действует 1 год; выдаёт его аккредитованный удостоверяющий центр.',
      'A qualified signature equals a handwritten one: it signs contracts, court filings and real estate deals. The certificate is valid for a year and is issued by an accredited certification centre.',
    ),
    authority: AUTHORITIES.accreditedCertificationCentre,
    requiredDocuments: [PASSPORT_DOC, TOKEN],
    formVersions: [firstVersion([...APPLICANT, ...PASSPORT, SNILS, INN])],
    fee: sampleFee(250000, {
      ru: 'Тариф удостоверяющего центра.',
      en: 'Certification centre’s price.',
    }),
    processingDays: 2,
    keywords: [
      'кэп',
      'эцп',
      'эп',
      'электронная подпись',
      'цифровая подпись',
      'подпись физлица',
      'усиленная квалифицированная',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'unqualified-signature',
    categoryId: 'electronic-signature',
    title: text('Неквалифицированная электронная подпись', 'Non-qualified electronic signature'),
    summary: text(
      'Бесплатная облачная подпись для заявлений на портале и в ведомствах.',
      'A free cloud signature for applications on the portal and to agencies.',
    ),
    description: text(
      'Неквалифицированная подпись выпускается на подтверждённую учётную запись и хранится в облаке. Её принимают для многих заявлений, но не для сделок, где закон требует квалифицированную подпись.',
      'The non-qualified signature is issued for a verified account and kept in the cloud. Many applications accept it, but not deals where the law requires a qualified signature.',
    ),
    authority: AUTHORITIES.mintsifry,
    requiredDocuments: [],
    formVersions: [firstVersion([...APPLICANT, SNILS])],
    processingDays: 1,
    keywords: [
      'нэп',
      'эцп',
      'эп',
      'простая подпись',
      'облачная подпись',
      'неквалифицированная подпись',
      'бесплатная подпись',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'signature-certificate-revocation',
    categoryId: 'electronic-signature',
    title: text(
      'Отзыв сертификата электронной подписи',
      'Revoking an electronic signature certificate',
    ),
    summary: text(
      'Прекращение действия сертификата при утере токена, компрометации ключа или смене данных.',
      'Ending a certificate when the token is lost, the key is compromised or the holder’s data change.',
    ),
    description: text(
      'Удостоверяющий центр вносит сертификат в список отозванных, после чего подписи, сделанные им, не признаются действительными. Отзовите сертификат сразу, если токен потерян или ключ мог узнать кто-то другой.',
      'The certification centre adds the certificate to the revocation list, after which new signatures made with it are invalid. Revoke at once if the token is lost or the key may be known to someone else.',
    ),
    authority: AUTHORITIES.accreditedCertificationCentre,
    requiredDocuments: [PASSPORT_DOC],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        CERTIFICATE_SERIAL,
        field('reason', 'select', text('Причина отзыва', 'Reason for revocation'), {
          options: choices(
            ['lost', 'Утрата токена', 'Token lost'],
            ['compromised', 'Компрометация ключа', 'Key compromised'],
            ['dataChanged', 'Изменились данные владельца', 'Holder’s data changed'],
            ['leftPosition', 'Прекращение полномочий', 'Authority ended'],
          ),
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'отозвать подпись',
      'отзыв эцп',
      'аннулировать сертификат',
      'потерял токен',
      'компрометация',
      'отзыв кэп',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'signature-certificate-renewal',
    categoryId: 'electronic-signature',
    title: text(
      'Продление сертификата электронной подписи',
      'Renewing an electronic signature certificate',
    ),
    summary: text(
      'Выпуск нового сертификата перед окончанием срока действия текущего.',
      'Issuing a new certificate before the current one expires.',
    ),
    description: text(
      'Сертификат квалифицированной подписи действует обычно 12–15 месяцев. Продлить его можно дистанционно, подписав заявление действующей подписью, если личные данные не изменились.',
      'A qualified certificate usually lasts 12 to 15 months. It can be renewed remotely by signing the request with the current signature, provided personal data have not changed.',
    ),
    authority: AUTHORITIES.accreditedCertificationCentre,
    requiredDocuments: [],
    formVersions: [firstVersion([...APPLICANT, SNILS, CERTIFICATE_SERIAL])],
    fee: sampleFee(200000, {
      ru: 'Тариф удостоверяющего центра.',
      en: 'Certification centre’s price.',
    }),
    processingDays: 1,
    keywords: [
      'продлить эцп',
      'продление подписи',
      'перевыпуск сертификата',
      'истекает подпись',
      'продлить кэп',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'goskey-mobile-signature',
    categoryId: 'electronic-signature',
    title: text(
      'Электронная подпись в приложении «Госключ»',
      'Mobile electronic signature (Госключ app)',
    ),
    summary: text(
      'Бесплатная подпись в смартфоне для договоров и заявлений.',
      'A free signature on a smartphone for contracts and applications.',
    ),
    description: text(
      'Приложение «Госключ» выпускает неквалифицированную или квалифицированную подпись в смартфоне. Квалифицированный сертификат выдаётся после подтверждения личности по биометрическому загранпаспорту или в банке.',
      'The Госключ app issues a non-qualified or a qualified signature on the phone. The qualified certificate is issued after identity is confirmed with a biometric passport or at a bank.',
    ),
    authority: AUTHORITIES.mintsifry,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        ...APPLICANT,
        SNILS,
        field('signatureType', 'select', text('Вид подписи', 'Kind of signature'), {
          options: choices(
            ['unqualified', 'Неквалифицированная', 'Non-qualified'],
            ['qualified', 'Квалифицированная', 'Qualified'],
          ),
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'госключ',
      'подпись в телефоне',
      'мобильная подпись',
      'эцп в смартфоне',
      'подпись в госуслугах',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'signature-verification',
    categoryId: 'electronic-signature',
    title: text('Проверка подлинности электронной подписи', 'Verifying an electronic signature'),
    summary: text(
      'Проверка документа, подписанного электронной подписью, и статуса сертификата.',
      'Checking a signed document and the status of the signer’s certificate.',
    ),
    description: text(
      'Загрузите документ и файл подписи: сервис проверит целостность документа, действительность сертификата на момент подписания и его отзыв.',
      'Upload the document and the signature file: the service checks the document’s integrity, the certificate’s validity at signing time and whether it was revoked.',
    ),
    authority: AUTHORITIES.mintsifry,
    requiredDocuments: [
      doc(
        'signed-document',
        'Подписанный документ и файл подписи (.sig)',
        'Signed document and signature file (.sig)',
      ),
    ],
    formVersions: [
      firstVersion([
        field('signatureFormat', 'select', text('Формат подписи', 'Signature format'), {
          options: choices(
            ['detached', 'Отсоединённая (.sig)', 'Detached (.sig)'],
            ['attached', 'Присоединённая', 'Attached'],
          ),
        }),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'проверить подпись',
      'проверка эцп',
      'подлинность подписи',
      'файл sig',
      'проверить документ',
    ],
    availableByDefault: true,
    regional: {},
  },
  {
    id: 'machine-readable-power-of-attorney',
    categoryId: 'electronic-signature',
    title: text('Машиночитаемая доверенность (МЧД)', 'Machine-readable power of attorney'),
    summary: text(
      'Электронная доверенность для подписания документов сотрудником от имени организации.',
      'An electronic power of attorney letting an employee sign on behalf of the company.',
    ),
    description: text(
      'МЧД оформляется в формате XML, подписывается квалифицированной подписью руководителя и регистрируется в распределённом реестре ФНС. Сотрудник подписывает документы своей подписью физического лица вместе с МЧД.',
      'The power of attorney is an XML document signed with the head’s qualified signature and registered in the tax service’s distributed register. The employee signs with their personal signature together with it.',
    ),
    authority: AUTHORITIES.fns,
    requiredDocuments: [],
    formVersions: [
      firstVersion([
        field('companyInn', 'inn', text('ИНН организации', 'Company INN'), {
          rules: { pattern: '^\\d{10}$' },
        }),
        field(
          'representativeSnils',
          'snils',
          text('СНИЛС представителя', 'Representative’s SNILS'),
          { rules: { pattern: '^\\d{3}-\\d{3}-\\d{3} \\d{2}$' } },
        ),
        field('powers', 'text', text('Полномочия', 'Powers granted'), {
          rules: { minLength: 10, maxLength: 4000 },
        }),
        field('validUntil', 'date', text('Действует до', 'Valid until')),
      ]),
    ],
    processingDays: 1,
    keywords: [
      'мчд',
      'доверенность',
      'электронная доверенность',
      'доверенность сотруднику',
      'подпись сотрудника',
    ],
    availableByDefault: true,
    regional: {},
  },
];
