import { randomUUID } from 'node:crypto';

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

function headerMaps(rawHeaders: readonly string[]) {
  const multi: Record<string, string[]> = {};
  const canonical = new Map<string, string>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    const value = rawHeaders[i + 1] as string;
    // One spelling per header, the first one seen, as API Gateway keeps it.
    const key = canonical.get(name.toLowerCase()) ?? name;
    canonical.set(name.toLowerCase(), key);
    (multi[key] ??= []).push(value);
  }

  return { multi, canonical };
}

function lastValues(multi: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(multi).map(([name, values]) => [name, values.at(-1) ?? '']),
  );
}

function queryMaps(query: string) {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) (multi[name] ??= []).push(value);
  if (Object.keys(multi).length === 0) return { single: null, multi: null };

  return { single: lastValues(multi), multi };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body as API Gateway passes it: null when empty, base64 when not valid UTF-8. */
export function encodeBody(body: Buffer): { body: string | null; isBase64Encoded: boolean } {
  if (body.length === 0) return { body: null, isBase64Encoded: false };
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

/**
 * Builds the Lambda proxy event (REST API, payload 1.0) API Gateway would send for the
 * request: headers and query in single- and multi-value form (null when absent), path
 * parameters, the body (base64 when binary), and the request context with the
 * authorizer's claims.
 */
export function buildEvent(request: GatewayRequest, options: EventOptions): APIGatewayProxyEvent {
  const now = options.now ?? new Date();
  const stage = options.stage ?? LOCAL_STAGE;
  const { path, query } = splitTarget(request.url);
  const { multi: multiHeaders, canonical } = headerMaps(request.rawHeaders);
  const added: Record<string, string> = {
    'X-Forwarded-For': request.sourceIp,
    'X-Forwarded-Port': String(request.port),
    'X-Forwarded-Proto': 'http',
  };
  for (const [name, value] of Object.entries(added)) {
    if (!canonical.has(name.toLowerCase())) multiHeaders[name] = [value];
  }
  const queries = queryMaps(query);
  const headerValue = (name: string) => {
    const key = canonical.get(name.toLowerCase());

    return key ? (multiHeaders[key]?.at(-1) ?? null) : null;
  };
  const hasParameters = Object.keys(options.pathParameters).length > 0;

  return {
    resource: options.route.path,
    path,
    httpMethod: request.method.toUpperCase(),
    headers: lastValues(multiHeaders),
    multiValueHeaders: multiHeaders,
    queryStringParameters: queries.single,
    multiValueQueryStringParameters: queries.multi,
    pathParameters: hasParameters ? { ...options.pathParameters } : null,
    stageVariables: null,
    ...encodeBody(request.body),
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      authorizer: options.claims ? { claims: options.claims } : null,
      domainName: headerValue('host') ?? '127.0.0.1',
      domainPrefix: 'local',
      extendedRequestId: options.requestId,
      httpMethod: request.method.toUpperCase(),
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
        userAgent: headerValue('user-agent'),
        userArn: null,
      },
      path: `/${stage}${path}`,
      protocol: 'HTTP/1.1',
      requestId: options.requestId,
      requestTime: requestTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: options.route.operationId,
      resourcePath: options.route.path,
      stage,
    },
  };
}

/** API Gateway's integration timeout: a handler slower than this gets a 504. */
export const INTEGRATION_TIMEOUT_MS = 29_000;

/**
 * A Lambda context for one invocation. The deadline is API Gateway's, since the caller
 * waits no longer; the callback-style methods are unsupported, as in Node.js 24 Lambdas.
 */
export function buildContext(route: RouteDefinition, startedAt = Date.now()) {
  const functionName = `eruz-local-${route.operationId}`;
  const unsupported = () => {
    throw new Error('callback-style handlers are not supported; return a promise');
  };
  const context: Context = {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${process.pid}`,
    getRemainingTimeInMillis: () => Math.max(0, startedAt + INTEGRATION_TIMEOUT_MS - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };

  return context;
}
