import * as z from 'zod';
import { describe, expect, it } from 'vitest';

import { defineRoutes, Problem } from '@eruz/api';
import { httpHandler, HttpError } from '@eruz/http';

import { apiEvent, captureLogs, lambdaContext } from '../../helpers/events.ts';

const testRoutes = defineRoutes({
  echo: {
    operationId: 'echo',
    method: 'POST',
    path: '/v1/echo/{id}',
    handler: 'test/echo',
    access: { kind: 'public' },
    grants: [],
    summary: 'Echo',
    tags: ['test'],
    request: {
      params: z.object({ id: z.string().regex(/^\d+$/) }),
      query: z.object({ limit: z.coerce.number().int().min(1).max(10).optional() }).strict(),
      body: z.object({ title: z.string().min(3), count: z.number().int() }).strict(),
    },
    responses: { 200: { description: 'ok' } },
  },
  cached: {
    operationId: 'cached',
    method: 'GET',
    path: '/v1/cached',
    handler: 'test/cached',
    access: { kind: 'public' },
    grants: [],
    summary: 'Cached',
    tags: ['test'],
    responses: { 200: { description: 'ok' } },
    cacheSeconds: 60,
  },
  officersOnly: {
    operationId: 'officersOnly',
    method: 'GET',
    path: '/v1/queue',
    handler: 'test/queue',
    access: { kind: 'user', roles: ['officer', 'supervisor'] },
    grants: [],
    summary: 'Queue',
    tags: ['test'],
    responses: { 200: { description: 'ok' } },
  },
});

const echo = httpHandler(testRoutes.echo, async ({ params, query, body }) => ({
  body: { id: params.id, limit: query.limit ?? null, title: body.title },
}));

const echoEvent = (body: string | null, headers: Record<string, string> = {}) =>
  apiEvent({
    method: 'POST',
    resource: '/v1/echo/{id}',
    path: '/v1/echo/x1',
    pathParameters: { id: 'x1' },
    query: { limit: '50', extra: 'yes' },
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

async function problemOf(response: { statusCode: number; headers?: unknown; body: string }) {
  expect((response.headers as Record<string, string>)['Content-Type']).toMatch(
    /^application\/problem\+json/,
  );

  return Problem.parse(JSON.parse(response.body));
}

describe('the HTTP stack', () => {
  it('reports every wrong field at once, in Russian by default', async () => {
    const response = await echo(echoEvent(JSON.stringify({ title: 'ab' })), lambdaContext());

    expect(response.statusCode).toBe(400);
    const problem = await problemOf(response);
    expect(problem.title).toBe('Запрос содержит ошибки');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['path.id', 'field.invalid_format'],
      ['query.limit', 'field.too_big'],
      ['query.extra', 'field.unknown'],
      ['body.title', 'field.too_short'],
      ['body.count', 'field.required'],
    ]);
    expect(problem.errors?.find((e) => e.field === 'query.limit')?.message).toBe(
      'Значение должно быть не больше 10',
    );
  });

  it('speaks English when Accept-Language asks for it', async () => {
    const response = await echo(
      echoEvent(JSON.stringify({ title: 'ab', count: 1 }), { 'Accept-Language': 'en-GB,en;q=0.9' }),
      lambdaContext(),
    );

    const problem = await problemOf(response);
    expect(problem.title).toBe('The request has errors');
    expect(problem.errors?.find((e) => e.field === 'body.title')?.message).toBe(
      'Too short: at least 3',
    );
    expect((response.headers as Record<string, string>)['Content-Language']).toBe('en');
  });

  it('answers malformed JSON with a 400 naming the body', async () => {
    const response = await echo(echoEvent('{"title": '), lambdaContext());

    expect(response.statusCode).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.[0]).toMatchObject({ field: 'body', code: 'request.malformed_json' });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await echo(
      echoEvent('title=abc', { 'Content-Type': 'application/x-www-form-urlencoded' }),
      lambdaContext(),
    );

    expect(response.statusCode).toBe(415);
  });

  it('passes validated, typed parts to the implementation', async () => {
    const event = apiEvent({
      method: 'POST',
      resource: '/v1/echo/{id}',
      path: '/v1/echo/42',
      pathParameters: { id: '42' },
      query: { limit: '5' },
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Паспорт', count: 2 }),
    });

    const response = await echo(event, lambdaContext());

    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ id: '42', limit: 5, title: 'Паспорт' });
  });

  it('refuses a query parameter given twice', async () => {
    const event = apiEvent({
      method: 'POST',
      resource: '/v1/echo/{id}',
      path: '/v1/echo/42',
      pathParameters: { id: '42' },
      query: { limit: ['1', '2'] },
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'abc', count: 1 }),
    });

    const problem = await problemOf(await echo(event, lambdaContext()));

    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'query.limit', code: 'field.repeated' }),
    ]);
  });

  it('answers an unexpected error with a plain 500 and logs its cause', async () => {
    const failing = httpHandler(testRoutes.cached, async () => {
      throw new Error('table users-secret-name is gone', { cause: new Error('socket hang up') });
    });

    const { result, lines } = await captureLogs(() =>
      failing(apiEvent({ resource: '/v1/cached', path: '/v1/cached' }), lambdaContext()),
    );

    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('users-secret-name');
    const problem = await problemOf(result);
    expect(problem).toMatchObject({ code: 'internal.error', status: 500 });
    const errorLine = lines.map((l) => JSON.parse(l)).find((entry) => entry.level === 'ERROR');
    expect(JSON.stringify(errorLine)).toContain('table users-secret-name is gone');
    expect(JSON.stringify(errorLine)).toContain('socket hang up');
    expect(errorLine.correlation_id).toBe(problem.correlationId);
  });

  it('exposes a deliberate error with its status', async () => {
    const refusing = httpHandler(testRoutes.cached, async () => {
      throw new HttpError(409, 'auth.forbidden');
    });

    const response = await refusing(
      apiEvent({ resource: '/v1/cached', path: '/v1/cached' }),
      lambdaContext(),
    );

    expect(response.statusCode).toBe(409);
  });

  it('sends ETag and Cache-Control and answers If-None-Match with 304', async () => {
    const cached = httpHandler(testRoutes.cached, async () => ({ body: { hello: 'мир' } }));
    const first = await cached(
      apiEvent({ resource: '/v1/cached', path: '/v1/cached' }),
      lambdaContext(),
    );
    const headers = first.headers as Record<string, string>;
    expect(headers['Cache-Control']).toBe('public, max-age=60');
    expect(headers.ETag).toMatch(/^"[\w-]{27}"$/);

    const second = await cached(
      apiEvent({
        resource: '/v1/cached',
        path: '/v1/cached',
        headers: { 'If-None-Match': `W/"other", ${headers.ETag}` },
      }),
      lambdaContext(),
    );

    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    const english = await cached(
      apiEvent({
        resource: '/v1/cached',
        path: '/v1/cached',
        headers: { 'If-None-Match': headers.ETag as string, 'Accept-Language': 'en' },
      }),
      lambdaContext(),
    );
    expect(english.statusCode).toBe(200);
  });

  it('adds CORS, security headers and the correlation id', async () => {
    const cached = httpHandler(testRoutes.cached, async () => ({ body: {} }));

    const response = await cached(
      apiEvent({
        resource: '/v1/cached',
        path: '/v1/cached',
        headers: { Origin: 'https://portal.example.ru', 'X-Correlation-Id': 'trace-12345678' },
      }),
      lambdaContext(),
    );

    const headers = response.headers as Record<string, string>;
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
    expect(headers['X-Correlation-Id']).toBe('trace-12345678');
    expect(headers['Strict-Transport-Security']).toContain('max-age=');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('lets only the declared roles call a protected route', async () => {
    const queue = httpHandler(testRoutes.officersOnly, async () => ({ body: { items: [] } }));
    const call = (claims?: Record<string, string>) =>
      queue(apiEvent({ resource: '/v1/queue', path: '/v1/queue', claims }), lambdaContext());

    expect((await call()).statusCode).toBe(401);
    expect((await call({ sub: 'u1', 'cognito:groups': 'citizen' })).statusCode).toBe(403);
    expect((await call({ sub: 'u2', 'cognito:groups': 'citizen,officer' })).statusCode).toBe(200);
  });
});
