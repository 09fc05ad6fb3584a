/**
 * Personal data must never reach a log. Values under these keys are replaced whole, and
 * strings anywhere are scrubbed of what looks like a phone, an e-mail, a SNILS, an INN or
 * a passport number.
 */
const PERSONAL_KEYS = new Set(
  [
    'surname',
    'givenname',
    'firstname',
    'lastname',
    'patronymic',
    'middlename',
    'fullname',
    'birthdate',
    'dateofbirth',
    'phone',
    'phonenumber',
    'altphone',
    'email',
    'backupemail',
    'passport',
    'passportnumber',
    'passportseries',
    'inn',
    'snils',
    'address',
    'registrationaddress',
    'actualaddress',
    'street',
    'postcode',
    'password',
    'otp',
    'givenname',
    'familyname',
    'authorization',
    'cookie',
    'x-api-key',
    'answers',
    'securityanswers',
  ].map((k) => k.toLowerCase()),
);

const PATTERNS: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/(?:\+7|\b8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b/g, '[phone]'],
  [/\b\d{3}-\d{3}-\d{3}[\s-]\d{2}\b/g, '[snils]'],
  [/\b\d{2}\s?\d{2}\s?\d{6}\b/g, '[document]'],
  [/(?<![:\d])\d{11,12}(?![\d:])/g, '[number]'],
];

export const REDACTED = '[redacted]';

/** Replaces personal data patterns in a string. */
export function scrubText(text: string): string {
  return PATTERNS.reduce((acc, [pattern, label]) => acc.replace(pattern, label), text);
}

/**
 * A JSON replacer for the logger. Generic keys such as `name` or `code` are left alone
 * (errors and functions have them), so request bodies are never logged whole; free text is
 * scrubbed by pattern.
 */
export function redactForLog(key: string, value: unknown): unknown {
  if (PERSONAL_KEYS.has(key.toLowerCase())) return REDACTED;
  if (typeof value === 'string') return scrubText(value);

  return value;
}
