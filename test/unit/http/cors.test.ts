import { isDeepStrictEqual } from 'node:util';

import httpCors from '@middy/http-cors';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Not part of @eruz/http's surface: the stack uses it in place of middy's middleware, and this
// test is what holds the two to the same behaviour.
import { corsHeaders, type CorsRequest } from '../../../packages/http/src/handler.ts';

const EXPOSE = 'ETag, X-Correlation-Id, Content-Language';

type Step = {
  phase: 'after' | 'onError';
  headerName: 'Origin' | 'origin';
  origin: string | undefined;
  response: unknown;
};

type MiddyRequest = Parameters<NonNullable<ReturnType<typeof httpCors>['after']>>[0];

function requestOf(step: Step): CorsRequest {
  const headers: Record<string, string> = { host: 'api.example.ru' };
  if (step.origin !== undefined) headers[step.headerName] = step.origin;

  return {
    event: { httpMethod: 'GET', headers } as unknown as APIGatewayProxyEvent,
    response: structuredClone(step.response) as APIGatewayProxyResult | undefined,
  };
}

/** Runs the same steps through middy's middleware and ours; returns the first difference. */
async function firstDifference(origins: string[], steps: Step[]) {
  const middy = httpCors({ origins: [...origins], exposeHeaders: EXPOSE });
  const ours = corsHeaders({ origins, exposeHeaders: EXPOSE });
  for (const step of steps) {
    const expected = requestOf(step);
    const actual = requestOf(step);
    await middy[step.phase]?.(expected as unknown as MiddyRequest);
    ours[step.phase](actual);
    const expectedHeaders = (expected.response?.headers ?? {}) as object;
    const actualHeaders = (actual.response?.headers ?? {}) as object;
    const same =
      isDeepStrictEqual(actual.response, expected.response) &&
      isDeepStrictEqual(Object.keys(actualHeaders), Object.keys(expectedHeaders));
    if (!same) return { step, expected: expected.response, actual: actual.response };
  }

  return undefined;
}

const originSetting = fc.constantFrom(
  '*',
  'https://portal.example.ru',
  'https://*.gosuslugi.example',
  'http://localhost:5173',
  '',
);
const callerOrigin = fc.constantFrom(
  undefined,
  'https://portal.example.ru',
  'https://lk.gosuslugi.example',
  'https://a.b.gosuslugi.example',
  'http://localhost:5173',
  'https://elsewhere.example',
  'constructor',
  'undefined',
);
const headers = fc.dictionary(
  fc.constantFrom(
    'Content-Type',
    'Vary',
    'vary',
    'ETag',
    'Access-Control-Allow-Origin',
    'Access-Control-Allow-Credentials',
    'Access-Control-Expose-Headers',
  ),
  fc.constantFrom('application/json', 'Accept-Language', 'true', 'false', '', '*'),
  { maxKeys: 4 },
);
const response = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      statusCode: fc.constantFrom(200, 304, 400, 500),
      headers,
      body: fc.constantFrom('', '{"items":[]}'),
    },
    { requiredKeys: ['statusCode'] },
  ),
  fc.constantFrom('a bare body', { items: [] }, {}),
);
const step: fc.Arbitrary<Step> = fc.record({
  phase: fc.constantFrom('after', 'onError'),
  headerName: fc.constantFrom('Origin', 'origin'),
  origin: callerOrigin,
  response,
});

describe('CORS headers', () => {
  it('match @middy/http-cors for any origins, caller and response, in sequence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(originSetting, { maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 4 }),
        async (origins, steps) => {
          expect(await firstDifference(origins, steps)).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('echo a listed or matching origin with Vary, and answer any origin with *', () => {
    const listed = corsHeaders({
      origins: ['https://portal.example.ru', 'https://*.gosuslugi.example'],
      exposeHeaders: EXPOSE,
    });
    const anyOrigin = corsHeaders({ origins: ['*'], exposeHeaders: EXPOSE });
    const call = (cors: typeof listed, origin: string) => {
      const request = requestOf({
        phase: 'after',
        headerName: 'origin',
        origin,
        response: { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '' },
      });
      cors.after(request);

      return request.response?.headers;
    };

    expect(call(listed, 'https://lk.gosuslugi.example')).toEqual({
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': 'https://lk.gosuslugi.example',
      Vary: 'Origin',
      'Access-Control-Expose-Headers': EXPOSE,
    });
    expect(call(listed, 'https://elsewhere.example')).not.toHaveProperty(
      'Access-Control-Allow-Origin',
    );
    expect(call(anyOrigin, 'https://elsewhere.example')).toEqual({
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': EXPOSE,
    });
  });
});
