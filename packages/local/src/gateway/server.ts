import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { APIGatewayProxyResult } from 'aws-lambda';

import type { RouteDefinition } from '@eruz/api';

import type { Authorizer } from './authorizer.ts';
import { INTEGRATION_TIMEOUT_MS, buildContext, buildEvent, splitTarget } from './event.ts';
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
  /** The runtime's own pages (docs, messages); returns true when it answered. */
  pages?: (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean>;
  /** @default DEFAULT_MAX_BODY_BYTES */
  maxBodyBytes?: number;
  /** @default INTEGRATION_TIMEOUT_MS */
  timeoutMs?: number;
  onAccess?: (entry: AccessLogEntry) => void;
  onError?: (message: string, error: unknown) => void;
}

type Reply = { status: number; headers: Record<string, string | string[]>; body: Buffer | string };

/** A response API Gateway itself makes (`{"message": ...}`), e.g. 401, 502, 504. */
function gatewayMessage(status: number, message: string, errorType: string): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': errorType },
    body: JSON.stringify({ message }),
  };
}

class BodyTooLargeError extends Error {}

const EMPTY = Buffer.alloc(0);

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const length = request.headers['content-length'];
  if (length === undefined && request.headers['transfer-encoding'] === undefined) return EMPTY;
  const declared = Number(length ?? 0);
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

/** Turns a handler's proxy result into the HTTP response API Gateway would send. */
export function toReply(result: APIGatewayProxyResult): Reply {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    headers[name] = values.map(String);
  }
  const body = result.body ?? '';

  return {
    status: result.statusCode,
    headers,
    body: result.isBase64Encoded ? Buffer.from(body, 'base64') : body,
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });

  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The local API Gateway: a node:http server over the route table. It matches method and
 * path, answers CORS preflights, 404 and 405 with problem+json, checks tokens for routes
 * that are not public, limits the body size, builds the same proxy event as a REST API,
 * calls the route's handler in this process and writes its result. A handler that throws or
 * returns a malformed result gets API Gateway's 502; a missing handler module a 501.
 */
export function createGateway(options: GatewayOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? INTEGRATION_TIMEOUT_MS;
  const onError = options.onError ?? ((message, error) => console.error(message, error));
  const preflight = preflightHeaders(options.routes);

  async function serve(request: IncomingMessage, response: ServerResponse, requestId: string) {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = request.url ?? '/';
    const { path } = splitTarget(url);
    const problem = (code: GatewayProblem, params: Record<string, string>): Reply =>
      gatewayProblem(code, {
        acceptLanguage: request.headers['accept-language'],
        requestId,
        params: { path, ...params },
      });

    if (options.pages && (await options.pages(request, response, path))) return undefined;
    const match = matchRoute(options.routes, method === 'OPTIONS' ? 'GET' : method, path);
    if (match.kind === 'not-found') return problem('route.not_found', {});
    if (method === 'OPTIONS') return { status: 204, headers: { ...preflight }, body: '' };
    if (match.kind === 'method-not-allowed') {
      const reply = problem('method.not_allowed', { allow: match.allow.join(', ') });
      reply.headers.Allow = match.allow.join(', ');

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

        return gatewayMessage(401, 'Unauthorized', 'UnauthorizedException');
      }
    }
    let body: Buffer;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return problem('request.too_large', { limit: String(maxBodyBytes) });
      }
      throw error;
    }
    const handler = await options.handlers(route);
    if (!handler) {
      return problem('handler.not_implemented', {
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
      { route, pathParameters, requestId, ...(claims ? { claims } : {}) },
    );
    const result = await withTimeout(handler(event, buildContext(route)), timeoutMs);
    if (result === 'timeout') {
      onError(`${route.operationId} ran longer than ${timeoutMs} ms`, undefined);

      return gatewayMessage(504, 'Endpoint request timed out', 'IntegrationTimeout');
    }
    if (!isProxyResult(result)) {
      onError(`${route.operationId} returned a malformed proxy result`, result);

      return gatewayMessage(502, 'Internal server error', 'InternalServerErrorException');
    }

    return toReply(result);
  }

  return createServer((request, response) => {
    const startedAt = performance.now();
    const requestId = randomUUID();
    serve(request, response, requestId)
      .catch((error: unknown) => {
        onError(`${request.method} ${request.url} failed`, error);

        return gatewayMessage(502, 'Internal server error', 'InternalServerErrorException');
      })
      .then((reply) => {
        if (reply && !response.headersSent) {
          const headers: Record<string, string | string[]> = {
            'x-amzn-RequestId': requestId,
            ...reply.headers,
          };
          // API Gateway's own error responses carry no CORS headers unless configured;
          // locally they do, so a browser app can read them.
          if (reply.status >= 400) headers['Access-Control-Allow-Origin'] ??= '*';
          // API Gateway sends a length rather than chunks; so does the local one.
          headers['Content-Length'] = String(Buffer.byteLength(reply.body));
          response.writeHead(reply.status, headers);
          response.end(reply.body);
        }
        options.onAccess?.({
          method: request.method ?? 'GET',
          path: splitTarget(request.url ?? '/').path,
          status: response.statusCode,
          durationMs: Math.round(performance.now() - startedAt),
          requestId,
        });
      })
      .catch((error: unknown) => onError('could not write a response', error));
  });
}
