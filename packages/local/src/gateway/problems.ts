import { isMessageCode, negotiateLanguage, translate, type Language } from '@eruz/domain';

/** The problems the local gateway answers itself, before or instead of a handler. */
export type GatewayProblem =
  'route.not_found' | 'method.not_allowed' | 'request.too_large' | 'handler.not_implemented';

type Texts = Record<'ru' | 'en', (params: Record<string, string>) => string>;

const STATUS: Record<GatewayProblem, number> = {
  'route.not_found': 404,
  'method.not_allowed': 405,
  'request.too_large': 413,
  'handler.not_implemented': 501,
};

const TITLES: Partial<Record<GatewayProblem, Texts>> = {
  'handler.not_implemented': {
    ru: () => 'Обработчик ещё не написан',
    en: () => 'The handler is not implemented yet',
  },
};

const DETAILS: Record<GatewayProblem, Texts> = {
  'route.not_found': {
    ru: (p) => `Путь ${p.path} не описан в таблице маршрутов API`,
    en: (p) => `The path ${p.path} is not in the API route table`,
  },
  'method.not_allowed': {
    ru: (p) => `Для ${p.path} поддерживаются методы: ${p.allow}`,
    en: (p) => `${p.path} supports the methods: ${p.allow}`,
  },
  'request.too_large': {
    ru: (p) => `Тело запроса больше ${p.limit} байт`,
    en: (p) => `The request body is larger than ${p.limit} bytes`,
  },
  'handler.not_implemented': {
    ru: (p) => `Маршрут ${p.operation} ведёт к functions/${p.handler}.ts, которого пока нет`,
    en: (p) => `Route ${p.operation} names functions/${p.handler}.ts, which does not exist yet`,
  },
};

/** The language of a gateway problem: Russian unless Accept-Language asks for English. */
export function problemLanguage(acceptLanguage: string | undefined): 'ru' | 'en' {
  const lang: Language = negotiateLanguage(undefined, acceptLanguage, ['ru', 'en']);

  return lang === 'en' ? 'en' : 'ru';
}

/** A problem+json response (RFC 9457) of the gateway itself. */
export function gatewayProblem(
  code: GatewayProblem,
  options: { acceptLanguage?: string; requestId: string; params: Record<string, string> },
) {
  const lang = problemLanguage(options.acceptLanguage);
  const status = STATUS[code];
  const shared = isMessageCode(code) ? translate(code, lang) : code;
  const title = TITLES[code]?.[lang](options.params) ?? shared;
  const body = {
    type: 'about:blank',
    title,
    status,
    code,
    detail: DETAILS[code][lang](options.params),
    correlationId: options.requestId,
  };

  return {
    status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': lang,
      'Cache-Control': 'no-store',
    },
    body: JSON.stringify(body),
  };
}
