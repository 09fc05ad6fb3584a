import { randomUUID } from 'node:crypto';
import { unescape as unescapeQuery } from 'node:querystring';

import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

import type { RouteDefinition } from '@eruz/api';

import { LOCAL_ACCOUNT, LOCAL_REGION, LOCAL_STAGE } from '../constants.ts';

/** An HTTP request as the local gateway received it. */
export interface GatewayRequest {
  method: string;
  /** The request target: path and query as sent, still percent-encoded. */
  url: string;
  /** Header names and values alternating, in the order and case they arrived. */
  rawHeaders: readonly string[];
  body: Buffer;
  sourceIp: string;
  /** The port the gateway listens on, for X-Forwarded-Port. */
  port: number;
}

/** What the gateway knows about a request besides the request itself. */
export interface EventOptions {
  route: RouteDefinition;
  pathParameters: Record<string, string>;
  requestId: string;
  /** The claims the authorizer passes on, all strings. */
  claims?: Record<string, string>;
  now?: Date;
  stage?: string;
}

/** Splits a request target into its path and its (undecoded) query. */
export function splitTarget(url: string): { path: string; query: string } {
  const mark = url.indexOf('?');

  return mark < 0
    ? { path: url, query: '' }
    : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}

/** A `%` that does not start an escape of one byte. */
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/;

type QueryMaps = {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
};

function addQueryParameter(maps: QueryMaps, name: string, value: string) {
  maps.single ??= {};
  maps.multi ??= {};
  maps.single[name] = value;
  const values = maps.multi[name];
  if (values) values.push(value);
  else maps.multi[name] = [value];
}

/** A query name or value with only well-formed escapes and no `+`, decoded. */
function decodeQueryPart(part: string): string {
  return part.includes('%') ? unescapeQuery(part) : part;
}

/**
 * The query in single- (last value wins) and multi-value form, both null when it has no
 * parameters, decoded as URLSearchParams decodes it. A query without `+` and with only
 * well-formed escapes (the usual kind) is split here, which gives the same pairs without
 * URLSearchParams' objects and iterator; any other is left to URLSearchParams, whose
 * handling of stray `%`s has quirks worth keeping.
 */
function queryMaps(query: string): QueryMaps {
  const maps: QueryMaps = { single: null, multi: null };
  if (query.includes('+') || STRAY_PERCENT.test(query)) {
    new URLSearchParams(query).forEach((value, name) => addQueryParameter(maps, name, value));

    return maps;
  }
  let start = query.charCodeAt(0) === 0x3f /* ? */ ? 1 : 0;
  while (start < query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    // Empty pairs (`a=1&&b=2`) are skipped.
    if (end > start) {
      const pair = query.slice(start, end);
      const equals = pair.indexOf('=');
      if (equals < 0) addQueryParameter(maps, decodeQueryPart(pair), '');
      else {
        const name = decodeQueryPart(pair.slice(0, equals));
        addQueryParameter(maps, name, decodeQueryPart(pair.slice(equals + 1)));
      }
    }
    start = end + 1;
  }

  return maps;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

type EncodedBody = { body: string | null; isBase64Encoded: boolean };

const EMPTY_BODY: Readonly<EncodedBody> = { body: null, isBase64Encoded: false };

/** The body as API Gateway passes it: null when empty, base64 when not valid UTF-8. */
export function encodeBody(body: Buffer): EncodedBody {
  if (body.length === 0) return { ...EMPTY_BODY };
  try {
    return { body: UTF8.decode(body), isBase64Encoded: false };
  } catch {
    return { body: body.toString('base64'), isBase64Encoded: true };
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `requestContext.requestTime` as API Gateway writes it: `03/Dec/2026:16:07:38 +0000`. */
export function requestTime(at: Date) {
  const date = `${two(at.getUTCDate())}/${MONTHS[at.getUTCMonth()]}/${at.getUTCFullYear()}`;

  const time = [at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()].map(two).join(':');

  return `${date}:${time} +0000`;
}

/** `requestTime` of the current second, written once per second rather than per request. */
const requestTimes = { second: Number.NaN, text: '' };

function requestTimeAt(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  if (second !== requestTimes.second) {
    requestTimes.text = requestTime(new Date(epochMs));
    requestTimes.second = second;
  }

  return requestTimes.text;
}

/** Adds a header API Gateway adds when the client did not send it (`lower` is its name). */
function addForwarded(
  headers: Record<string, string>,
  multi: Record<string, string[]>,
  sent: ReadonlyMap<string, string>,
  [name, lower]: readonly [string, string],
  value: string,
) {
  if (sent.has(lower)) return;
  headers[name] = value;
  multi[name] = [value];
}

const FORWARDED_FOR = ['X-Forwarded-For', 'x-forwarded-for'] as const;
const FORWARDED_PORT = ['X-Forwarded-Port', 'x-forwarded-port'] as const;
const FORWARDED_PROTO = ['X-Forwarded-Proto', 'x-forwarded-proto'] as const;

function hasKeys(object: Record<string, string>): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;

  return false;
}

/**
 * Builds the Lambda proxy event (REST API, payload 1.0) API Gateway would send for the
 * request: headers and query in single- and multi-value form (null when absent), path
 * parameters, the body (base64 when binary), and the request context with the
 * authorizer's claims. It runs for every request, so it makes each map in one pass.
 */
export function buildEvent(request: GatewayRequest, options: EventOptions): APIGatewayProxyEvent {
  const epochMs = options.now?.getTime() ?? Date.now();
  const stage = options.stage ?? LOCAL_STAGE;
  const method = request.method.toUpperCase();
  const { path, query } = splitTarget(request.url);

  // One spelling per header, the first one seen, as API Gateway keeps it; the single-value
  // map takes the last value.
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  const spelling = new Map<string, string>();
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    const lower = name.toLowerCase();
    const key = spelling.get(lower);
    if (key === undefined) {
      spelling.set(lower, name);
      multiValueHeaders[name] = [value];
      headers[name] = value;
    } else {
      (multiValueHeaders[key] as string[]).push(value);
      headers[key] = value;
    }
  }
  const host = spelling.get('host');
  const userAgent = spelling.get('user-agent');
  const domainName = host === undefined ? '127.0.0.1' : (headers[host] as string);
  addForwarded(headers, multiValueHeaders, spelling, FORWARDED_FOR, request.sourceIp);
  addForwarded(headers, multiValueHeaders, spelling, FORWARDED_PORT, String(request.port));
  addForwarded(headers, multiValueHeaders, spelling, FORWARDED_PROTO, 'http');
  const queries = queryMaps(query);
  const { body, isBase64Encoded } =
    request.body.length === 0 ? EMPTY_BODY : encodeBody(request.body);

  return {
    resource: options.route.path,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: queries.single,
    multiValueQueryStringParameters: queries.multi,
    pathParameters: hasKeys(options.pathParameters) ? { ...options.pathParameters } : null,
    stageVariables: null,
    body,
    isBase64Encoded,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      authorizer: options.claims ? { claims: options.claims } : null,
      domainName,
      domainPrefix: 'local',
      extendedRequestId: options.requestId,
      httpMethod: method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp,
        user: null,
        userAgent: userAgent === undefined ? null : (headers[userAgent] as string),
        userArn: null,
      },
      path: `/${stage}${path}`,
      protocol: 'HTTP/1.1',
      requestId: options.requestId,
      requestTime: requestTimeAt(epochMs),
      requestTimeEpoch: epochMs,
      resourceId: options.route.operationId,
      resourcePath: options.route.path,
      stage,
    },
  };
}

/** API Gateway's integration timeout: a handler slower than this gets a 504. */
export const INTEGRATION_TIMEOUT_MS = 29_000;

/** What the context of every invocation of a route shares. */
interface FunctionFacts {
  functionName: string;
  invokedFunctionArn: string;
  logGroupName: string;
}

const functionFacts = new WeakMap<RouteDefinition, FunctionFacts>();

function factsOf(route: RouteDefinition): FunctionFacts {
  let facts = functionFacts.get(route);
  if (!facts) {
    const functionName = `eruz-local-${route.operationId}`;
    const arnPrefix = `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function`;
    facts = {
      functionName,
      invokedFunctionArn: `${arnPrefix}:${functionName}`,
      logGroupName: `/aws/lambda/${functionName}`,
    };
    functionFacts.set(route, facts);
  }

  return facts;
}

const LOG_STREAM_NAME = `local/${process.pid}`;

function unsupported(): never {
  throw new Error('callback-style handlers are not supported; return a promise');
}

function remainingUntil(deadline: number): number {
  return Math.max(0, deadline - Date.now());
}

/**
 * A Lambda context for one invocation. The deadline is API Gateway's, since the caller
 * waits no longer; the callback-style methods are unsupported, as in Node.js 24 Lambdas.
 */
export function buildContext(route: RouteDefinition, startedAt = Date.now()): Context {
  const facts = factsOf(route);

  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: facts.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: facts.invokedFunctionArn,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: facts.logGroupName,
    logStreamName: LOG_STREAM_NAME,
    // Bound rather than a closure: like Lambda's, it works detached from the context.
    getRemainingTimeInMillis: remainingUntil.bind(null, startedAt + INTEGRATION_TIMEOUT_MS),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
