import type { FieldRules, FieldType, FormField, FormVersion, LocalizedText } from '@eruz/domain';

import { text } from './text.ts';

/** Options of a form field beyond its name, type and label. */
interface FieldOptions {
  required?: boolean;
  hint?: LocalizedText;
  rules?: FieldRules;
  options?: { value: string; label: LocalizedText }[];
  prefill?: string;
}

/** A form field; required unless said otherwise. */
export function field(
  name: string,
  type: FieldType,
  label: LocalizedText,
  options: FieldOptions = {},
): FormField {
  return { name, type, label, ...options, required: options.required ?? true };
}

/** A choice list; each option is a value with its Russian and English label. */
export function choices(...options: [value: string, ru: string, en: string][]) {
  return options.map(([value, ru, en]) => ({ value, label: text(ru, en) }));
}

/** The first form of a service, in force since the seed's start date. */
export function firstVersion(fields: FormField[]): FormVersion {
  return {
    version: 1,
    effectiveFrom: '2025-01-01',
    basis: text('Исходная редакция формы (образец)', 'Initial form (sample)'),
    fields,
  };
}

/** A later form of a service; the basis is illustrative, not a real act of law. */
export function laterVersion(version: number, effectiveFrom: string, fields: FormField[]) {
  const basis = text(
    `Изменение формы с ${effectiveFrom} (образец для демонстрации версий формы)`,
    `Form changed from ${effectiveFrom} (sample to show form versioning)`,
  );

  return { version, effectiveFrom, basis, fields } satisfies FormVersion;
}

const CYRILLIC_NAME = "^[А-ЯЁа-яё][А-ЯЁа-яё' -]*$";

export const LAST_NAME = field('lastName', 'string', text('Фамилия', 'Last name'), {
  rules: { minLength: 1, maxLength: 100, pattern: CYRILLIC_NAME },
  prefill: 'lastName',
});
export const FIRST_NAME = field('firstName', 'string', text('Имя', 'First name'), {
  rules: { minLength: 1, maxLength: 100, pattern: CYRILLIC_NAME },
  prefill: 'firstName',
});
export const MIDDLE_NAME = field('middleName', 'string', text('Отчество', 'Patronymic'), {
  required: false,
  rules: { maxLength: 100, pattern: CYRILLIC_NAME },
  prefill: 'middleName',
});
export const BIRTH_DATE = field('birthDate', 'date', text('Дата рождения', 'Date of birth'), {
  rules: { notInFuture: true },
  prefill: 'birthDate',
});
export const SNILS = field('snils', 'snils', text('СНИЛС', 'SNILS (insurance number)'), {
  hint: text('Формат 123-456-789 01', 'Format 123-456-789 01'),
  rules: { pattern: '^\\d{3}-\\d{3}-\\d{3} \\d{2}$' },
  prefill: 'snils',
});
export const INN = field('inn', 'inn', text('ИНН', 'Taxpayer number (INN)'), {
  hint: text('12 цифр', '12 digits'),
  rules: { pattern: '^\\d{12}$' },
  prefill: 'inn',
});
export const PHONE = field('phone', 'phone', text('Телефон', 'Phone'), {
  rules: { pattern: '^\\+7\\d{10}$' },
  prefill: 'phone',
});
export const EMAIL = field('email', 'email', text('Электронная почта', 'E-mail'), {
  required: false,
  rules: { maxLength: 254 },
  prefill: 'email',
});
export const PASSPORT_SERIES = field(
  'passportSeries',
  'string',
  text('Серия паспорта', 'Passport series'),
  {
    rules: { pattern: '^\\d{4}$' },
    prefill: 'passport.series',
  },
);
export const PASSPORT_NUMBER = field(
  'passportNumber',
  'string',
  text('Номер паспорта', 'Passport number'),
  {
    rules: { pattern: '^\\d{6}$' },
    prefill: 'passport.number',
  },
);
export const PASSPORT_ISSUE_DATE = field(
  'passportIssueDate',
  'date',
  text('Дата выдачи паспорта', 'Passport issue date'),
  { rules: { notInFuture: true }, prefill: 'passport.issueDate' },
);
export const REGISTRATION_ADDRESS = field(
  'registrationAddress',
  'text',
  text('Адрес регистрации', 'Registered address'),
  { rules: { minLength: 10, maxLength: 500 }, prefill: 'registrationAddress' },
);
export const POSTCODE = field('postcode', 'postcode', text('Почтовый индекс', 'Postcode'), {
  rules: { pattern: '^\\d{6}$' },
});
export const CADASTRAL_NUMBER = field(
  'cadastralNumber',
  'string',
  text('Кадастровый номер', 'Cadastral number'),
  {
    hint: text('Например, 77:01:0001001:1234', 'For example, 77:01:0001001:1234'),
    rules: { pattern: '^\\d{2}:\\d{2}:\\d{6,7}:\\d{1,7}$' },
  },
);
export const VIN = field('vin', 'string', text('VIN транспортного средства', 'Vehicle VIN'), {
  rules: { pattern: '^[A-HJ-NPR-Z0-9]{17}$' },
});
export const DRIVING_LICENCE_NUMBER = field(
  'drivingLicenceNumber',
  'string',
  text('Серия и номер водительского удостоверения', 'Driving licence number'),
  { hint: text('10 цифр', '10 digits'), rules: { pattern: '^\\d{10}$' } },
);
export const RESULT_DELIVERY = field(
  'resultDelivery',
  'select',
  text('Способ получения результата', 'How to receive the result'),
  {
    options: choices(
      ['portal', 'В личном кабинете', 'In the personal account'],
      ['office', 'В ведомстве или МФЦ', 'At the agency or a service centre'],
    ),
  },
);

/** Who applies: the fields every personal application starts with. */
export const APPLICANT = [LAST_NAME, FIRST_NAME, MIDDLE_NAME, BIRTH_DATE, PHONE, EMAIL];
/** The applicant's internal passport. */
export const PASSPORT = [PASSPORT_SERIES, PASSPORT_NUMBER, PASSPORT_ISSUE_DATE];

/** Regional field of Tatarstan: the language of the answer (both state languages). */
export const ANSWER_LANGUAGE_TT = field(
  'answerLanguage',
  'select',
  text('Язык ответа', 'Language of the answer', { tt: 'Җавап теле' }),
  {
    options: [
      { value: 'ru', label: text('Русский', 'Russian', { tt: 'Рус теле' }) },
      { value: 'tt', label: text('Татарский', 'Tatar', { tt: 'Татар теле' }) },
    ],
  },
);
/** Regional field of Bashkortostan: the language of the answer (both state languages). */
export const ANSWER_LANGUAGE_BA = field(
  'answerLanguage',
  'select',
  text('Язык ответа', 'Language of the answer', { ba: 'Яуап теле' }),
  {
    options: [
      { value: 'ru', label: text('Русский', 'Russian', { ba: 'Рус теле' }) },
      { value: 'ba', label: text('Башкирский', 'Bashkir', { ba: 'Башҡорт теле' }) },
    ],
  },
);
/** Regional field of Moscow: the administrative district (административный округ). */
export const MOSCOW_DISTRICT = field(
  'moscowDistrict',
  'select',
  text('Административный округ Москвы', 'Administrative district of Moscow'),
  {
    options: choices(
      ['cao', 'Центральный (ЦАО)', 'Central'],
      ['sao', 'Северный (САО)', 'Northern'],
      ['svao', 'Северо-Восточный (СВАО)', 'North-Eastern'],
      ['vao', 'Восточный (ВАО)', 'Eastern'],
      ['yuvao', 'Юго-Восточный (ЮВАО)', 'South-Eastern'],
      ['yuao', 'Южный (ЮАО)', 'Southern'],
      ['yuzao', 'Юго-Западный (ЮЗАО)', 'South-Western'],
      ['zao', 'Западный (ЗАО)', 'Western'],
      ['szao', 'Северо-Западный (СЗАО)', 'North-Western'],
      ['zelao', 'Зеленоградский (ЗелАО)', 'Zelenogradsky'],
      ['nao', 'Новомосковский (НАО)', 'Novomoskovsky'],
      ['tao', 'Троицкий (ТАО)', 'Troitsky'],
    ),
  },
);
/** Regional field of Saint Petersburg: the city district (район). */
export const SPB_DISTRICT = field(
  'spbDistrict',
  'select',
  text('Район Санкт-Петербурга', 'District of Saint Petersburg'),
  {
    options: choices(
      ['admiralteysky', 'Адмиралтейский', 'Admiralteysky'],
      ['vasileostrovsky', 'Василеостровский', 'Vasileostrovsky'],
      ['vyborgsky', 'Выборгский', 'Vyborgsky'],
      ['kalininsky', 'Калининский', 'Kalininsky'],
      ['moskovsky', 'Московский', 'Moskovsky'],
      ['nevsky', 'Невский', 'Nevsky'],
      ['petrogradsky', 'Петроградский', 'Petrogradsky'],
      ['primorsky', 'Приморский', 'Primorsky'],
      ['tsentralny', 'Центральный', 'Tsentralny'],
    ),
  },
);
