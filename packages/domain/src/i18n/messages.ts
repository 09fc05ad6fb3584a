import { DEFAULT_LANGUAGE, type Language } from './languages.ts';

type Entry = { ru: string; en: string; tt?: string; ba?: string };

/**
 * The message catalog: every text a user may read in an error, by stable code.
 * `{name}` placeholders are filled from the parameters of the message.
 */
export const MESSAGES = {
  // Problem titles
  'request.invalid': {
    ru: 'Запрос содержит ошибки',
    en: 'The request has errors',
    tt: 'Сорауда хаталар бар',
    ba: 'Һорауҙа хаталар бар',
  },
  'request.malformed_json': {
    ru: 'Тело запроса не является корректным JSON',
    en: 'The request body is not valid JSON',
  },
  'request.unsupported_media_type': {
    ru: 'Тело запроса должно быть в формате application/json',
    en: 'The request body must be application/json',
  },
  'request.too_large': {
    ru: 'Запрос слишком большой',
    en: 'The request is too large',
  },
  'route.not_found': {
    ru: 'Такого адреса в API нет',
    en: 'There is no such address in the API',
  },
  'method.not_allowed': {
    ru: 'Этот метод для адреса не поддерживается',
    en: 'This method is not supported for the address',
  },
  'auth.required': {
    ru: 'Нужно войти в систему',
    en: 'Sign-in is required',
  },
  'auth.forbidden': {
    ru: 'Недостаточно прав для этого действия',
    en: 'You are not allowed to do this',
  },
  'internal.error': {
    ru: 'Внутренняя ошибка. Повторите попытку позже',
    en: 'Internal error. Please try again later',
  },
  'service.not_found': {
    ru: 'Услуга «{id}» не найдена',
    en: 'Service "{id}" was not found',
    tt: '«{id}» хезмәте табылмады',
    ba: '«{id}» хеҙмәте табылманы',
  },
  'service.not_available_in_region': {
    ru: 'Услуга «{id}» не предоставляется в регионе {region}',
    en: 'Service "{id}" is not provided in region {region}',
  },
  'region.not_found': {
    ru: 'Регион {code} не обслуживается',
    en: 'Region {code} is not served',
    tt: '{code} төбәгенә хезмәт күрсәтелми',
    ba: '{code} төбәгенә хеҙмәт күрһәтелмәй',
  },
  'region.not_served': {
    ru: 'Регион {code} не обслуживается этим порталом',
    en: 'Region {code} is not served by this portal',
  },

  // Field errors
  'field.required': { ru: 'Обязательное поле', en: 'This field is required' },
  'field.unknown': { ru: 'Неизвестный параметр', en: 'Unknown parameter' },
  'field.invalid_type': {
    ru: 'Неверный тип значения: ожидается {expected}',
    en: 'Wrong type of value: {expected} expected',
  },
  'field.invalid_value': {
    ru: 'Недопустимое значение; допустимы: {options}',
    en: 'Value not allowed; allowed: {options}',
  },
  'field.invalid_format': { ru: 'Неверный формат', en: 'Wrong format' },
  'field.too_short': {
    ru: 'Слишком коротко: не менее {minimum}',
    en: 'Too short: at least {minimum}',
  },
  'field.too_long': {
    ru: 'Слишком длинно: не более {maximum}',
    en: 'Too long: at most {maximum}',
  },
  'field.too_small': {
    ru: 'Значение должно быть не меньше {minimum}',
    en: 'The value must be at least {minimum}',
  },
  'field.too_big': {
    ru: 'Значение должно быть не больше {maximum}',
    en: 'The value must be at most {maximum}',
  },
  'field.not_integer': { ru: 'Нужно целое число', en: 'A whole number is required' },
  'field.repeated': {
    ru: 'Параметр указан несколько раз',
    en: 'The parameter is given more than once',
  },
  'cursor.invalid': {
    ru: 'Неверный курсор страницы; начните с первой страницы',
    en: 'Bad page cursor; start from the first page',
  },
} as const satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;

/** Whether a string is a code of the message catalog. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

/**
 * The text of a message in a language (falling back to Russian) with its placeholders
 * filled. Unknown placeholders stay as they are, so a missing parameter is visible.
 */
export function translate(
  code: MessageCode,
  lang: Language = DEFAULT_LANGUAGE,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const entry: Entry = MESSAGES[code];
  const template = entry[lang] ?? entry.ru;

  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
