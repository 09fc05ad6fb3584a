import { readFileSync } from 'node:fs';

import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

const base = JSON.parse(
  readFileSync(new URL('../../events/apigateway/get-service.json', import.meta.url), 'utf8'),
) as APIGatewayProxyEvent;

export interface EventOptions {
  method?: string;
  resource: string;
  path: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: string | null;
  claims?: Record<string, string>;
}

/** A REST API proxy event shaped like the recorded sample, with the given request. */
export function apiEvent(options: EventOptions): APIGatewayProxyEvent {
  const query = Object.entries(options.query ?? {});
  const headers = { Host: 'api.example.ru', ...options.headers };

  return {
    ...base,
    resource: options.resource,
    path: options.path,
    httpMethod: options.method ?? 'GET',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    pathParameters: options.pathParameters ?? null,
    queryStringParameters:
      query.length > 0
        ? Object.fromEntries(query.map(([k, v]) => [k, Array.isArray(v) ? (v.at(-1) ?? '') : v]))
        : null,
    multiValueQueryStringParameters:
      query.length > 0
        ? Object.fromEntries(query.map(([k, v]) => [k, Array.isArray(v) ? v : [v]]))
        : null,
    body: options.body ?? null,
    requestContext: {
      ...base.requestContext,
      httpMethod: options.method ?? 'GET',
      resourcePath: options.resource,
      path: options.path,
      authorizer: options.claims ? { claims: options.claims } : null,
    },
  };
}

/** A Lambda context good enough for handlers under test. */
export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'test-function',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-central-1:123456789012:function:test-function',
    memoryLimitInMB: '512',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    logGroupName: '/aws/lambda/test-function',
    logStreamName: '2026/12/03/[$LATEST]abcdef',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Collects the JSON lines the Powertools logger writes while a block runs. */
export async function captureLogs<T>(
  run: () => Promise<T>,
): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const originalErr = process.stderr.write.bind(process.stderr);
  const grab = (chunk: unknown) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));

    return true;
  };
  process.stdout.write = grab as typeof process.stdout.write;
  process.stderr.write = grab as typeof process.stderr.write;
  try {
    const result = await run();

    return { result, lines };
  } finally {
    process.stdout.write = original;
    process.stderr.write = originalErr;
  }
}
