import { createHash, randomUUID } from 'node:crypto';

import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type * as z from 'zod';

import type { RouteDefinition } from '@eruz/api';
import { negotiateLanguage, type Language, type Role } from '@eruz/domain';

import {
  ForbiddenError,
  UnauthorizedError,
  ValidationError,
  type FieldErrorSpec,
} from './errors.ts';
import { logger } from './logger.ts';
import { problemResponse, toHttpError } from './problem.ts';
import { parsePart } from './validation.ts';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type RequestParts<R extends RouteDefinition> = NonNullable<R['request']>;

/** What a route's implementation receives: validated parts and request facts. */
export interface HttpRequest<R extends RouteDefinition> {
  params: Infer<RequestParts<R>['params']>;
  query: Infer<RequestParts<R>['query']>;
  body: Infer<RequestParts<R>['body']>;
  lang: Language;
  correlationId: string;
  headers: Readonly<Record<string, string | undefined>>;
  /** Claims of the caller's token, as the API Gateway authorizer passed them. */
  claims: Readonly<Record<string, string>> | undefined;
  event: APIGatewayProxyEvent;
}

/** What an implementation returns; the body is serialized as JSON. */
export interface HttpResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HttpHandlerOptions {
  /** Languages this deployment offers; others fall back to Russian. */
  languages?: () => readonly Language[];
  /** Origins allowed by CORS. */
  allowedOrigins?: () => readonly string[];
}

/**
 * Security headers that matter for a JSON API (HSTS, nosniff, no referrer). Headers for
 * browser documents are left out, and so is middy's blanking of Server and X-Powered-By,
 * which API Gateway sets itself. `reportingEndpoints` is an option of the middleware that
 * its type declarations miss.
 */
const API_SECURITY_HEADERS = {
  dnsPrefetchControl: false,
  downloadOptions: false,
  originAgentCluster: false,
  permittedCrossDomainPolicies: false,
  poweredBy: false,
  reportingEndpoints: false,
} as Parameters<typeof httpSecurityHeaders>[0];

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** The language of a response from the request alone (so errors are localized too). */
export function languageOf(event: APIGatewayProxyEvent, supported?: readonly Language[]): Language {
  const header = event.headers?.['accept-language'] ?? event.headers?.['Accept-Language'];

  return negotiateLanguage(event.queryStringParameters?.lang ?? undefined, header, supported);
}

function correlationIdOf(event: APIGatewayProxyEvent): string {
  const given = event.headers?.[CORRELATION_HEADER];
  if (given && CORRELATION_PATTERN.test(given)) return given;

  return event.requestContext?.requestId ?? randomUUID();
}

/**
 * The query with one value per name; a name given twice is a validation error. It runs on
 * every request, so it loops over the maps rather than building arrays of their entries.
 */
function singleValueQuery(event: APIGatewayProxyEvent): Record<string, string> {
  const repeated: FieldErrorSpec[] = [];
  const multi = event.multiValueQueryStringParameters;
  for (const name in multi) {
    if (!Object.hasOwn(multi, name)) continue;
    if ((multi[name]?.length ?? 0) > 1) {
      repeated.push({ field: `query.${name}`, code: 'field.repeated' });
    }
  }
  if (repeated.length > 0) throw new ValidationError(repeated);
  const query: Record<string, string> = {};
  const single = event.queryStringParameters;
  for (const name in single) {
    if (!Object.hasOwn(single, name)) continue;
    const value = single[name];
    if (value !== undefined) query[name] = value;
  }

  return query;
}

type RequestPart = 'params' | 'query' | 'body';

/** Validates one part of the request against its schema, if the route has one. */
function parseInto(
  parts: Record<RequestPart, unknown>,
  errors: FieldErrorSpec[],
  key: RequestPart,
  schema: z.ZodType | undefined,
  input: unknown,
) {
  if (!schema) return;
  const parsed = parsePart(key === 'params' ? 'path' : key, schema, input);
  if (parsed.ok) parts[key] = parsed.value;
  else errors.push(...parsed.errors);
}

function parseRequest(route: RouteDefinition, event: APIGatewayProxyEvent) {
  const errors: FieldErrorSpec[] = [];
  const parts: Record<RequestPart, unknown> = {
    params: undefined,
    query: undefined,
    body: undefined,
  };
  // The query is checked for repeated names even when the route declares no query.
  const query = singleValueQuery(event);
  parseInto(parts, errors, 'params', route.request?.params, event.pathParameters ?? {});
  parseInto(parts, errors, 'query', route.request?.query, query);
  parseInto(parts, errors, 'body', route.request?.body, event.body);
  if (errors.length > 0) throw new ValidationError(errors);

  return parts;
}

function claimsOf(event: APIGatewayProxyEvent): Record<string, string> | undefined {
  const claims: unknown = event.requestContext?.authorizer?.claims;
  if (!claims || typeof claims !== 'object') return undefined;

  return claims as Record<string, string>;
}

/** Enforces the route's `access` on the claims the authorizer passed. */
export function authorize(route: RouteDefinition, claims: Record<string, string> | undefined) {
  if (route.access.kind === 'public') return;
  if (!claims) throw new UnauthorizedError();
  if (route.access.kind === 'user') {
    const groups = (claims['cognito:groups'] ?? '').split(/[,\s]+/).filter(Boolean);
    const allowed = route.access.roles as readonly string[];
    if (!groups.some((group) => allowed.includes(group as Role))) throw new ForbiddenError();

    return;
  }
  const scopes = (claims.scope ?? '').split(' ');
  if (!route.access.scopes.some((scope) => scopes.includes(scope))) throw new ForbiddenError();
}

/** A strong ETag of a representation: a digest of its bytes and language. */
export function entityTag(body: string, lang: Language): string {
  return `"${createHash('sha256').update(lang).update('\0').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;

  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

interface Serialized {
  json: string;
  etags: Map<Language, string>;
}

/**
 * Serializations of response bodies, by body object. Handlers that memoize their answers
 * return the same object again, and then it is neither stringified nor hashed again.
 */
const serialized = new WeakMap<object, Serialized>();

function serialize(body: unknown): Serialized {
  if (body === null || typeof body !== 'object') {
    return { json: body === undefined ? '' : JSON.stringify(body), etags: new Map() };
  }
  let entry = serialized.get(body);
  if (!entry) {
    entry = { json: JSON.stringify(body), etags: new Map() };
    serialized.set(body, entry);
  }

  return entry;
}

function respond(
  route: RouteDefinition,
  event: APIGatewayProxyEvent,
  lang: Language,
  result: HttpResult,
): APIGatewayProxyResult {
  const status = result.status ?? 200;
  const representation = serialize(result.body);
  const body = representation.json;
  const headers: Record<string, string> = body
    ? {
        'Content-Language': lang,
        'Content-Type': 'application/json; charset=utf-8',
        ...result.headers,
      }
    : { 'Content-Language': lang, ...result.headers };
  if (route.cacheSeconds === undefined || event.httpMethod !== 'GET' || status !== 200) {
    headers['Cache-Control'] ??= 'no-store';

    return { statusCode: status, headers, body };
  }
  let etag = representation.etags.get(lang);
  if (etag === undefined) {
    etag = entityTag(body, lang);
    representation.etags.set(lang, etag);
  }
  headers.ETag = etag;
  headers['Cache-Control'] = `public, max-age=${route.cacheSeconds}`;
  headers.Vary = 'Accept-Language';
  if (matchesIfNoneMatch(event.headers?.['if-none-match'], etag)) {
    delete headers['Content-Type'];

    return { statusCode: 304, headers, body: '' };
  }

  return { statusCode: status, headers, body };
}

/** What {@link corsHeaders} works on: middy's request, as far as CORS reads and writes it. */
export interface CorsRequest {
  event: APIGatewayProxyEvent;
  response: APIGatewayProxyResult | undefined;
}

type HeaderMap = Record<string, unknown>;

/** Appends to a comma-separated header, in whichever spelling (`Vary` or `vary`) it has. */
function addHeaderPart(headers: HeaderMap, header: string, value: string) {
  const lower = header.toLowerCase();
  const name = headers[lower] ? lower : header;
  headers[name] ??= '';
  if (headers[name]) headers[name] = `${String(headers[name])}, `;
  headers[name] = `${String(headers[name])}${value}`;
}

/**
 * The CORS headers of `@middy/http-cors` 6 for the options this stack gives it (`origins`
 * and `exposeHeaders`), with the same outcome for every response: the allowed origin (`*`,
 * or the caller's origin when it is listed or matches a listed pattern such as
 * `https://*.example.ru`), `Vary: Origin` where the answer depends on the origin,
 * `Access-Control-Expose-Headers`, and middy's handling of a response that sets
 * `Access-Control-Allow-Credentials` itself (remembered for later responses, as middy does).
 *
 * It differs in one way only, which no caller can see: it writes into the response's headers
 * instead of a structuredClone of them. In this stack they are always the response's own
 * object, built per request by `respond` or `problemResponse` and already changed in place by
 * http-security-headers, so the copy protected nothing; on Node 20 adding properties to such a
 * copy is slow, and the copy and its adds cost about a quarter of a cached catalog read.
 * test/unit/http/cors.test.ts holds it to middy's own middleware.
 */
export function corsHeaders(options: { origins: readonly string[]; exposeHeaders: string }) {
  let credentials: boolean | undefined;
  let originAny = false;
  let originMany = options.origins.length > 1;
  // A plain object, as middy's: the lookups below behave alike for every origin sent.
  const originStatic: Record<string, boolean> = {};
  const originDynamic: RegExp[] = [];
  for (const origin of options.origins) {
    if (!origin) continue;
    if (origin === '*') {
      originAny = true;
      continue;
    }
    if (!origin.includes('*')) {
      originStatic[origin] = true;
      continue;
    }
    originMany = true;
    const pattern = origin.replaceAll('.', '\\.').replaceAll('*', '[^.]*');
    originDynamic.push(new RegExp(`^${pattern}$`));
  }

  const allowedOrigin = (incoming: string | undefined): string | null | undefined => {
    if (options.origins.length === 0) return undefined;
    if (originStatic[incoming as string]) return incoming;
    if (originAny) return credentials ? incoming : '*';
    if (originDynamic.some((pattern) => pattern.test(incoming as string))) return incoming;

    return null;
  };

  const after = (request: CorsRequest) => {
    // middy's normalizeHttpResponse: a bare body becomes a 200 response with headers.
    let response = request.response as HeaderMap | undefined;
    if (response === undefined) {
      response = {};
    } else if (
      response.statusCode === undefined &&
      response.body === undefined &&
      response.headers === undefined
    ) {
      response = { statusCode: 200, body: response };
    }
    response.statusCode ??= 500;
    response.headers ??= {};
    request.response = response as unknown as APIGatewayProxyResult;

    const headers = response.headers as HeaderMap;
    const existing = Object.keys(headers);
    if (existing.includes('Access-Control-Allow-Credentials')) {
      credentials = headers['Access-Control-Allow-Credentials'] === 'true';
    }
    if (credentials) headers['Access-Control-Allow-Credentials'] = String(credentials);
    let origin: string | null | undefined;
    if (!existing.includes('Access-Control-Allow-Origin')) {
      const eventHeaders = request.event.headers ?? {};
      origin = allowedOrigin(eventHeaders.Origin ?? eventHeaders.origin);
      if (origin) headers['Access-Control-Allow-Origin'] = origin;
    }
    if (originMany || (originAny && origin !== '*') || (origin === '*' && credentials)) {
      addHeaderPart(headers, 'Vary', 'Origin');
    }
    if (!existing.includes('Access-Control-Expose-Headers')) {
      headers['Access-Control-Expose-Headers'] = options.exposeHeaders;
    }
  };

  return {
    after,
    onError: (request: CorsRequest) => {
      if (request.response !== undefined) after(request);
    },
  };
}

/**
 * Adds the correlation id to the response's headers, in place: they are the response's own
 * object (see {@link corsHeaders}), and this runs on every request.
 */
function addCorrelationHeader(request: {
  event: APIGatewayProxyEvent;
  response: APIGatewayProxyResult | undefined;
}) {
  if (!request.response) return;
  request.response.headers ??= {};
  request.response.headers['X-Correlation-Id'] = correlationIdOf(request.event);
}

/**
 * Wraps a route's implementation in the HTTP stack: header normalization, correlation id and
 * logging context, authorization by the route's `access`, validation of path, query and
 * body against its schemas with field-level errors, conditional GETs, CORS, security
 * headers, and problem+json for every error.
 */
export function httpHandler<R extends RouteDefinition>(
  route: R,
  implementation: (request: HttpRequest<R>) => Promise<HttpResult>,
  options: HttpHandlerOptions = {},
) {
  const languages = options.languages ?? (() => undefined);
  const origins = options.allowedOrigins?.() ?? ['*'];

  const stack = middy<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context>()
    .use(httpHeaderNormalizer())
    .use({ after: addCorrelationHeader, onError: addCorrelationHeader })
    .use(
      corsHeaders({
        origins: [...origins],
        exposeHeaders: 'ETag, X-Correlation-Id, Content-Language',
      }),
    )
    .use(httpSecurityHeaders(API_SECURITY_HEADERS))
    .use({
      onError: (request) => {
        const error = toHttpError(request.error);
        const correlationId = correlationIdOf(request.event);
        // The request's keys are added when a line is written, not on every invocation:
        // Powertools' per-invocation bookkeeping costs more than the rest of a catalog read.
        logger.addContext(request.context);
        const keys = { correlation_id: correlationId, route: route.operationId };
        if (error.status >= 500) {
          logger.error('request failed', { ...keys, error: request.error ?? error });
        } else {
          logger.info('request refused', { ...keys, status: error.status, error_code: error.code });
        }
        request.response = problemResponse(
          error,
          languageOf(request.event, languages()),
          correlationId,
          request.event.path,
        );
      },
    });
  if (route.request?.body) stack.use(httpJsonBodyParser({ disableContentTypeError: false }));

  return stack.handler(async (event) => {
    const lang = languageOf(event, languages());
    const claims = claimsOf(event);
    authorize(route, claims);
    const parts = parseRequest(route, event);
    const result = await implementation({
      params: parts.params as HttpRequest<R>['params'],
      query: parts.query as HttpRequest<R>['query'],
      body: parts.body as HttpRequest<R>['body'],
      lang,
      correlationId: correlationIdOf(event),
      headers: event.headers ?? {},
      claims,
      event,
    });

    return respond(route, event, lang, result);
  });
}
