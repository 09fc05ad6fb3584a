import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { APIGatewayProxyResult } from 'aws-lambda';

import type { RouteDefinition } from '@eruz/api';

import type { Authorizer } from './authorizer.ts';
import { INTEGRATION_TIMEOUT_MS, buildContext, buildEvent } from './event.ts';
import type { HandlerSource } from './handlers.ts';
import { gatewayProblem, type GatewayProblem } from './problems.ts';
import { matchRoute } from './routing.ts';

/**
 * Request headers a browser may send across origins: the same list as CORS_HEADERS in
 * infra/constructs/api.ts, which the stack's `defaultCorsPreflightOptions` allows.
 */
export const CORS_ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-None-Match',
  'Accept-Language',
];

/**
 * The answer to a CORS preflight, as the stack's `defaultCorsPreflightOptions` gives it: the
 * methods of the route table, the allowed headers, an hour's max age. Any origin is allowed
 * locally; the stack allows the deployment's web origins.
 */
export function preflightHeaders(routes: readonly RouteDefinition[]): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': [...new Set(routes.map((route) => route.method))].join(','),
    'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS.join(','),
    'Access-Control-Max-Age': '3600',
  };
}

/** Lambda's synchronous payload limit, the real ceiling of a request behind API Gateway. */
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

/** One served request, for the access log. */
export interface AccessLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
}

/** What the local gateway serves and how. */
export interface GatewayOptions {
  routes: readonly RouteDefinition[];
  handlers: HandlerSource;
  /** Checks tokens for routes that are not public; without it they all answer 401. */
  authorizer?: Authorizer;
  /** The runtime's own pages (docs, messages); returns (or resolves to) true when it answered. */
  pages?: (
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ) => boolean | Promise<boolean>;
  /** @default DEFAULT_MAX_BODY_BYTES */
  maxBodyBytes?: number;
  /**
   * Milliseconds a handler may run before the caller gets API Gateway's 504; it is checked
   * every tenth of this (at most every second), so the 504 leaves that much later.
   *
   * @default INTEGRATION_TIMEOUT_MS
   */
  timeoutMs?: number;
  onAccess?: (entry: AccessLogEntry) => void;
  onError?: (message: string, error: unknown) => void;
}

type ReplyHeaders = Record<string, string | string[]>;
type Reply = { status: number; headers: ReplyHeaders; body: Buffer | string };

/** A response API Gateway itself makes (`{"message": ...}`), e.g. 401, 502, 504. */
function gatewayMessage(
  requestId: string,
  status: number,
  message: string,
  errorType: string,
): Reply {
  return {
    status,
    headers: {
      'x-amzn-RequestId': requestId,
      'Content-Type': 'application/json',
      'x-amzn-ErrorType': errorType,
    },
    body: JSON.stringify({ message }),
  };
}

class BodyTooLargeError extends Error {}

const EMPTY = Buffer.alloc(0);

/** Whether the request announces a body: a Content-Length or a Transfer-Encoding. */
function announcesBody(rawHeaders: readonly string[]): boolean {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    // Compared by length first: `request.headers` would build an object of all of them.
    if (name.length !== 14 && name.length !== 17) continue;
    const lower = name.toLowerCase();
    if (lower === 'content-length' || lower === 'transfer-encoding') return true;
  }

  return false;
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = declared > limit;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // The rest is read and dropped so the client gets the 413 rather than a reset.
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) throw new BodyTooLargeError();

  return Buffer.concat(chunks);
}

function isProxyResult(value: unknown): value is APIGatewayProxyResult {
  if (!value || typeof value !== 'object') return false;
  const result = value as Record<string, unknown>;

  return (
    typeof result.statusCode === 'number' &&
    (result.body === undefined || result.body === null || typeof result.body === 'string')
  );
}

/**
 * Turns a handler's proxy result into the HTTP response API Gateway would send. Its
 * headers are added to `headers` (a new object when not given), after those it holds.
 */
export function toReply(result: APIGatewayProxyResult, headers: ReplyHeaders = {}): Reply {
  const single = result.headers;
  if (single) for (const name in single) headers[name] = String(single[name]);
  const multi = result.multiValueHeaders;
  if (multi) for (const name in multi) headers[name] = (multi[name] ?? []).map(String);
  const body = result.body ?? '';

  return {
    status: result.statusCode,
    headers,
    body: result.isBase64Encoded ? Buffer.from(body, 'base64') : body,
  };
}

/** The path of a request target, without its query. */
function pathOf(url: string): string {
  const mark = url.indexOf('?');

  return mark < 0 ? url : url.slice(0, mark);
}

/** One request on its way through the gateway. */
interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  requestId: string;
  /** `performance.now()` at arrival, when there is an access log. */
  startedAt: number;
  /** Set once a reply (or none, for the runtime's pages) has been written. */
  finished: boolean;
}

/** A handler running for an exchange, until its result or API Gateway's deadline. */
interface Invocation {
  exchange: Exchange;
  route: RouteDefinition;
  deadline: number;
}

/** The problem+json of the gateway itself, in the caller's language. */
function problem(exchange: Exchange, path: string, code: GatewayProblem, params = {}): Reply {
  const reply = gatewayProblem(code, {
    acceptLanguage: exchange.request.headers['accept-language'],
    requestId: exchange.requestId,
    params: { path, ...params },
  });

  return { ...reply, headers: { 'x-amzn-RequestId': exchange.requestId, ...reply.headers } };
}

/**
 * The local API Gateway: a node:http server over the route table. It matches method and
 * path, answers CORS preflights, 404 and 405 with problem+json, checks tokens for routes
 * that are not public, limits the body size, builds the same proxy event as a REST API,
 * calls the route's handler in this process and writes its result. A handler that throws or
 * returns a malformed result gets API Gateway's 502, one that outlasts the integration
 * timeout a 504; a missing handler module a 501.
 */
export function createGateway(options: GatewayOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? INTEGRATION_TIMEOUT_MS;
  const onError = options.onError ?? ((message, error) => console.error(message, error));
  const onAccess = options.onAccess;
  const preflight = preflightHeaders(options.routes);

  // One timer for all running handlers, rather than one per request: every tenth of the
  // timeout (at most every second) it answers those past their deadline with a 504.
  const running = new Set<Invocation>();
  const sweepMs = Math.min(1000, Math.max(1, Math.floor(timeoutMs / 10)));
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => {
    if (running.size === 0) {
      clearInterval(sweeper);
      sweeper = undefined;

      return;
    }
    const now = Date.now();
    for (const invocation of running) {
      if (invocation.deadline > now) continue;
      running.delete(invocation);
      onError(`${invocation.route.operationId} ran longer than ${timeoutMs} ms`, undefined);
      finish(
        invocation.exchange,
        gatewayMessage(
          invocation.exchange.requestId,
          504,
          'Endpoint request timed out',
          'IntegrationTimeout',
        ),
      );
    }
  };

  /**
   * Writes the reply (none when a page answered; its headers start with the request id) and
   * the access log, once per exchange.
   */
  function finish(exchange: Exchange, reply: Reply | undefined) {
    if (exchange.finished) return;
    exchange.finished = true;
    const { request, response } = exchange;
    try {
      if (reply && !response.headersSent) {
        const { headers } = reply;
        // API Gateway's own error responses carry no CORS headers unless configured;
        // locally they do, so a browser app can read them.
        if (reply.status >= 400) headers['Access-Control-Allow-Origin'] ??= '*';
        // Encoded once here: node:http would otherwise measure the string, then join it to
        // the head and encode both. API Gateway sends a length rather than chunks; so does
        // the local one.
        const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
        headers['Content-Length'] = String(body.length);
        response.writeHead(reply.status, headers);
        response.end(body);
      }
      onAccess?.({
        method: request.method ?? 'GET',
        path: pathOf(request.url ?? '/'),
        status: response.statusCode,
        durationMs: Math.round(performance.now() - exchange.startedAt),
        requestId: exchange.requestId,
      });
    } catch (error) {
      onError('could not write a response', error);
    }
  }

  async function serve(exchange: Exchange): Promise<Reply | undefined> {
    const { request, response, requestId } = exchange;
    const method = (request.method ?? 'GET').toUpperCase();
    const url = request.url ?? '/';
    const path = pathOf(url);

    if (options.pages) {
      const answered = options.pages(request, response, path);
      if (answered === true || (answered !== false && (await answered))) return undefined;
    }
    const match = matchRoute(options.routes, method === 'OPTIONS' ? 'GET' : method, path);
    if (match.kind === 'not-found') return problem(exchange, path, 'route.not_found');
    if (method === 'OPTIONS') {
      return { status: 204, headers: { 'x-amzn-RequestId': requestId, ...preflight }, body: '' };
    }
    if (match.kind === 'method-not-allowed') {
      const allow = match.allow.join(', ');
      const reply = problem(exchange, path, 'method.not_allowed', { allow });
      reply.headers.Allow = allow;

      return reply;
    }
    const { route, pathParameters } = match;
    let claims: Record<string, string> | undefined;
    if (route.access.kind !== 'public') {
      try {
        if (!options.authorizer) throw new Error('no authorizer configured');
        claims = await options.authorizer(route.access, request.headers.authorization);
      } catch {
        request.resume();

        return gatewayMessage(requestId, 401, 'Unauthorized', 'UnauthorizedException');
      }
    }
    let body: Buffer = EMPTY;
    try {
      if (announcesBody(request.rawHeaders)) body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return problem(exchange, path, 'request.too_large', { limit: String(maxBodyBytes) });
      }
      throw error;
    }
    const handler = await options.handlers(route);
    if (!handler) {
      return problem(exchange, path, 'handler.not_implemented', {
        operation: route.operationId,
        handler: route.handler,
      });
    }
    const event = buildEvent(
      {
        method,
        url,
        rawHeaders: request.rawHeaders,
        body,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        port: request.socket.localPort ?? 0,
      },
      { route, pathParameters, requestId, claims },
    );
    const startedAt = Date.now();
    const invocation: Invocation = { exchange, route, deadline: startedAt + timeoutMs };
    running.add(invocation);
    sweeper ??= setInterval(sweep, sweepMs).unref();
    let result: unknown;
    try {
      result = await handler(event, buildContext(route, startedAt));
    } catch (error) {
      // After the 504, API Gateway no longer listens; the handler logs its own errors.
      if (exchange.finished) return undefined;
      throw error;
    } finally {
      running.delete(invocation);
    }
    if (exchange.finished) return undefined;
    if (!isProxyResult(result)) {
      onError(`${route.operationId} returned a malformed proxy result`, result);

      return gatewayMessage(
        requestId,
        502,
        'Internal server error',
        'InternalServerErrorException',
      );
    }

    return toReply(result, { 'x-amzn-RequestId': requestId });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const exchange: Exchange = {
      request,
      response,
      requestId: randomUUID(),
      startedAt: onAccess ? performance.now() : 0,
      finished: false,
    };
    let reply: Reply | undefined;
    try {
      reply = await serve(exchange);
    } catch (error) {
      onError(`${request.method} ${request.url} failed`, error);
      reply = gatewayMessage(
        exchange.requestId,
        502,
        'Internal server error',
        'InternalServerErrorException',
      );
    }
    finish(exchange, reply);
  }

  return createServer((request, response) => void handle(request, response));
}
