import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, DynamoDBStreamEvent, S3Event } from 'aws-lambda';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { ROUTE_LIST, type RouteDefinition } from '@eruz/api';
import { CATALOG_TABLE, USER_POOL } from '@eruz/data';
import {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  TokenRejectedError,
  bearerToken,
  buildEvent,
  bundledHandlerSource,
  checkJava,
  cognitoAuthorizer,
  createGateway,
  encodeBody,
  ensureUserPool,
  javaDateString,
  lockDataDir,
  matchRoute,
  parseJavaMajor,
  readLocalMessages,
  readState,
  registerStreamConsumer,
  renderDocsPage,
  startLocalRuntime,
  startS3,
  startStreamPoller,
  toAuthorizerClaims,
  verifyToken,
  writeState,
  type Authorizer,
  type BundledHandlerSource,
  type GatewayRequest,
  type HandlerSource,
  type ProxyHandler,
} from '@eruz/local';

import { api, signIn } from './helpers.ts';

const settings = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

function route(overrides: Partial<RouteDefinition> & Pick<RouteDefinition, 'path'>) {
  return {
    operationId: 'probe',
    method: 'GET',
    handler: 'probe/handler',
    access: { kind: 'public' },
    summary: 'A probe',
    tags: ['probe'],
    responses: { 200: { description: 'ok' } },
    grants: [],
    ...overrides,
  } as RouteDefinition;
}

/** The JSON body of a response, for assertions. */
async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'eruz-local-test-'));
}

async function until<T>(
  read: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error('timed out waiting');
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
}

describe('the local API over HTTP', () => {
  it('answers an unknown path with a Russian problem+json 404', async () => {
    const response = await api('/v1/nowhere');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await bodyOf(response)).toMatchObject({
      type: 'about:blank',
      title: 'Такого адреса в API нет',
      status: 404,
      code: 'route.not_found',
      detail: expect.stringContaining('/v1/nowhere'),
    });
  });

  it('answers in English when Accept-Language asks for it', async () => {
    const response = await api('/v1/nowhere', { headers: { 'Accept-Language': 'en-GB' } });

    expect(response.headers.get('content-language')).toBe('en');
    expect((await bodyOf(response)).title).toBe('There is no such address in the API');
  });

  it('answers a known path with another method with 405 and Allow', async () => {
    const response = await api('/v1/regions', { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
    expect((await bodyOf(response)).code).toBe('method.not_allowed');
  });

  it('answers a CORS preflight of a known path with 204 and the allowed headers', async () => {
    const response = await api('/v1/services/passport', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('serves /docs as HTML listing the catalog operations', async () => {
    const response = await api('/docs');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    for (const operation of ROUTE_LIST) {
      expect(html).toContain(`id="${operation.operationId}"`);
      expect(html).toContain(operation.path);
    }
    expect(html).toContain('href="/openapi.json"');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
  });

  it('serves the OpenAPI document through its route', async () => {
    const response = await api('/openapi.json');

    expect(response.status).toBe(200);
    expect((await bodyOf(response)).openapi).toBe('3.1.0');
  });

  it('serves seeded catalog data through the production handlers', async () => {
    const response = await api('/v1/regions');

    expect(response.status).toBe(200);
    expect((await bodyOf(response)).items).not.toHaveLength(0);
  });

  it('lists the SMS and push messages kept in the data folder', async () => {
    const message = { channel: 'sms', to: '+79990000000', text: 'Код: 1234' };
    appendFileSync(join(inject('dataDir'), 'messages.jsonl'), `${JSON.stringify(message)}\n`);

    const response = await api('/_local/messages');

    expect(response.status).toBe(200);
    expect((await bodyOf(response)).items).toContainEqual(message);
  });

  it('sets the environment production code reads', () => {
    const env = inject('localEnv');

    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_DYNAMODB: inject('endpoints').dynamodb,
      AWS_ENDPOINT_URL_S3: inject('endpoints').s3,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: inject('endpoints').cognito,
      CATALOG_TABLE: 'Catalog',
      DOCUMENTS_BUCKET: 'documents',
      NOTIFICATIONS_TOPIC_ARN: expect.stringMatching(/^arn:aws:sns:.+:notifications$/),
      DEPLOYMENT: 'local',
      LANGUAGES: 'ru,en,tt,ba',
      USER_POOL_ID: inject('userPoolId'),
      USER_POOL_CLIENT_ID: inject('userPoolClientId'),
    });
    expect(env.SERVED_REGIONS?.split(',')).toContain('77');
  });
});

describe('the local gateway', () => {
  const seen: APIGatewayProxyEvent[] = [];
  const echo: ProxyHandler = async (event) => {
    seen.push(event);

    return { statusCode: 200, headers: { 'X-Probe': 'yes' }, body: 'fine' };
  };
  const routes = [
    route({ path: '/things/{id}', operationId: 'getThing' }),
    route({ path: '/things', method: 'POST', operationId: 'addThing' }),
    route({ path: '/missing', operationId: 'missing', handler: 'nowhere/missing' }),
    route({ path: '/broken', operationId: 'broken', handler: 'broken' }),
    route({ path: '/binary', operationId: 'binary', handler: 'binary' }),
    route({ path: '/mine', operationId: 'mine', access: { kind: 'user', roles: ['citizen'] } }),
  ];
  const handlers: HandlerSource = async (definition) => {
    if (definition.handler === 'nowhere/missing') return undefined;
    if (definition.handler === 'broken') {
      return async () => {
        throw new Error('handler bug');
      };
    }
    if (definition.handler === 'binary') {
      return async () => ({ statusCode: 200, isBase64Encoded: true, body: 'AAEC/w==' });
    }

    return echo;
  };
  const authorizer: Authorizer = async (_access, authorization) => {
    if (authorization !== 'Bearer good.token.here') throw new TokenRejectedError('bad');

    return { sub: 'user-1', 'cognito:groups': 'citizen' };
  };
  const errors: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createGateway({
      routes,
      handlers,
      authorizer,
      maxBodyBytes: 16,
      onError: (message) => errors.push(message),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes the request to the handler as a REST proxy event and writes its result', async () => {
    const response = await fetch(`${base}/things/a%20b?x=1&x=2&y=`, {
      headers: { 'X-Custom': 'value' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('x-probe')).toBe('yes');
    expect(await response.text()).toBe('fine');
    expect(seen.at(-1)).toMatchObject({
      resource: '/things/{id}',
      path: '/things/a%20b',
      httpMethod: 'GET',
      pathParameters: { id: 'a%20b' },
      queryStringParameters: { x: '2', y: '' },
      multiValueQueryStringParameters: { x: ['1', '2'], y: [''] },
      body: null,
      isBase64Encoded: false,
      requestContext: { stage: 'local', resourcePath: '/things/{id}', httpMethod: 'GET' },
    });
    expect(seen.at(-1)?.headers['X-Custom']).toBe('value');
  });

  it('answers 413 when the body is larger than the limit', async () => {
    const response = await fetch(`${base}/things`, { method: 'POST', body: 'x'.repeat(17) });

    expect(response.status).toBe(413);
    expect((await bodyOf(response)).code).toBe('request.too_large');
  });

  it('answers 501 for a route whose handler module does not exist yet', async () => {
    const response = await fetch(`${base}/missing`);

    expect(response.status).toBe(501);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await bodyOf(response)).code).toBe('handler.not_implemented');
  });

  it("answers API Gateway's 502 when a handler throws, and logs it", async () => {
    const response = await fetch(`${base}/broken`);

    expect(response.status).toBe(502);
    expect(await bodyOf(response)).toEqual({ message: 'Internal server error' });
    expect(errors.some((message) => message.includes('/broken'))).toBe(true);
  });

  it("answers API Gateway's 504 when a handler outlasts the integration timeout", async () => {
    const timeouts: string[] = [];
    let finish: (result: unknown) => void = () => undefined;
    const slow = createGateway({
      routes: [route({ path: '/slow', operationId: 'slow' })],
      handlers: async () => () => new Promise((resolve) => (finish = resolve)),
      timeoutMs: 50,
      onError: (message) => timeouts.push(message),
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const port = (slow.address() as AddressInfo).port;

    const response = await fetch(`http://127.0.0.1:${port}/slow`);
    finish({ statusCode: 200, body: 'too late' });
    await new Promise<void>((resolve) => slow.close(() => resolve()));

    expect(response.status).toBe(504);
    expect(response.headers.get('x-amzn-errortype')).toBe('IntegrationTimeout');
    expect(await bodyOf(response)).toEqual({ message: 'Endpoint request timed out' });
    expect(timeouts).toEqual(['slow ran longer than 50 ms']);
  });

  it('decodes a base64 result body', async () => {
    const response = await fetch(`${base}/binary`);

    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it('refuses a route for people without a valid token with a bare 401', async () => {
    const missing = await fetch(`${base}/mine`);
    const wrong = await fetch(`${base}/mine`, { headers: { Authorization: 'Bearer x.y.z' } });

    expect(missing.status).toBe(401);
    expect(await bodyOf(missing)).toEqual({ message: 'Unauthorized' });
    expect(wrong.status).toBe(401);
  });

  it('passes the claims of a valid token to the handler', async () => {
    const response = await fetch(`${base}/mine`, {
      headers: { Authorization: 'Bearer good.token.here' },
    });

    expect(response.status).toBe(200);
    expect(seen.at(-1)?.requestContext.authorizer).toEqual({
      claims: { sub: 'user-1', 'cognito:groups': 'citizen' },
    });
  });
});

describe('handlers as deployed bundles', () => {
  let root = '';
  let handlers: BundledHandlerSource;
  const reloaded: string[] = [];
  const source = (name: string, text: string) => {
    mkdirSync(join(root, 'functions', 'probe'), { recursive: true });
    writeFileSync(join(root, 'functions', 'probe', name), text);
  };
  const probe = (handler: string) => route({ path: '/probe', handler });
  const invoke = async (handlers: HandlerSource, handler: string, path = '/probe') => {
    const loaded = await handlers(probe(handler));
    if (!loaded) throw new Error(`no handler ${handler}`);

    return loaded({ path } as APIGatewayProxyEvent, {} as never);
  };

  beforeAll(() => {
    root = tempDir();
    handlers = bundledHandlerSource({
      root,
      outDir: join(root, 'build'),
      watch: true,
      onError: () => undefined,
      onReload: (handler) => reloaded.push(handler),
    });
    source('greeting.ts', "export const greeting: string = 'first';\n");
    source(
      'echo.ts',
      [
        "import { greeting } from './greeting.ts';",
        '',
        'export const handler = async (event: { path: string }) => {',
        "  if (event.path === '/fail') throw new Error('probe failed');",
        '',
        '  return { statusCode: 200, body: greeting };',
        '};',
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await handlers.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('bundles a handler as the stack does, with an inline source map', async () => {
    expect(await invoke(handlers, 'probe/echo')).toEqual({ statusCode: 200, body: 'first' });

    const bundle = readFileSync(join(root, 'build', 'probe', 'echo', 'index.mjs'), 'utf8');
    expect(bundle.startsWith('import { createRequire }')).toBe(true);
    expect(bundle).toContain('sourceMappingURL=data:application/json;base64,');
  });

  it('names the TypeScript source in stack traces', async () => {
    const error = (await invoke(handlers, 'probe/echo', '/fail').catch((e: unknown) => e)) as Error;

    expect(error.message).toBe('probe failed');
    expect(error.stack).toMatch(/functions\/probe\/echo\.ts:4/);
  });

  it('rebuilds a handler when one of its sources changes', async () => {
    await invoke(handlers, 'probe/echo');
    source('greeting.ts', "export const greeting: string = 'second';\n");

    await until(async () => {
      const result = (await invoke(handlers, 'probe/echo')) as { body: string };

      return result.body === 'second' ? true : undefined;
    });
    expect(reloaded).toContain('probe/echo');
  });

  it('runs the init of a handler again after it threw, as Lambda does', async () => {
    source(
      'init.ts',
      [
        "if (process.env.PROBE_INIT === 'fail') throw new Error('init failed');",
        '',
        "export const handler = async () => ({ statusCode: 200, body: 'ready' });",
        '',
      ].join('\n'),
    );
    process.env.PROBE_INIT = 'fail';

    await expect(handlers(probe('probe/init'))).rejects.toThrow('init failed');
    delete process.env.PROBE_INIT;
    expect(await invoke(handlers, 'probe/init')).toEqual({ statusCode: 200, body: 'ready' });
  });

  it('finds no handler for a missing module and retries one that does not build', async () => {
    expect(await handlers(probe('probe/absent'))).toBeUndefined();
    source('broken.ts', 'export const handler = async () => {\n');

    await expect(handlers(probe('probe/broken'))).rejects.toThrow(/broken\.ts/);
    source('broken.ts', "export const handler = async () => ({ statusCode: 204, body: '' });\n");
    expect(await invoke(handlers, 'probe/broken')).toEqual({ statusCode: 204, body: '' });
  });
});

describe('route matching', () => {
  const routes = [
    route({ path: '/v1/services', operationId: 'list' }),
    route({ path: '/v1/services/{id}', operationId: 'get' }),
    route({ path: '/v1/services/search', operationId: 'search' }),
    route({ path: '/v1/services/{id}', method: 'PUT', operationId: 'put' }),
  ];

  it('binds path parameters', () => {
    expect(matchRoute(routes, 'GET', '/v1/services/passport')).toMatchObject({
      kind: 'found',
      route: { operationId: 'get' },
      pathParameters: { id: 'passport' },
    });
  });

  it('prefers a literal segment over a parameter', () => {
    expect(matchRoute(routes, 'GET', '/v1/services/search')).toMatchObject({
      route: { operationId: 'search' },
    });
  });

  it('ignores a trailing slash and tells the allowed methods', () => {
    expect(matchRoute(routes, 'get', '/v1/services/')).toMatchObject({
      route: { operationId: 'list' },
    });
    expect(matchRoute(routes, 'DELETE', '/v1/services/x')).toEqual({
      kind: 'method-not-allowed',
      allow: ['GET', 'PUT', 'OPTIONS'],
    });
  });

  it('finds nothing for empty segments or unknown paths', () => {
    expect(matchRoute(routes, 'GET', '/v1/services//x').kind).toBe('not-found');
    expect(matchRoute(routes, 'GET', '/v2/services').kind).toBe('not-found');
  });
});

describe('proxy events', () => {
  const request: GatewayRequest = {
    method: 'post',
    url: '/v1/things?tag=a&tag=b',
    rawHeaders: ['Host', 'example', 'Accept', 'text/plain', 'accept', 'application/json'],
    body: Buffer.from('{"name":"Иван"}'),
    sourceIp: '10.0.0.7',
    port: 3000,
  };
  const at = new Date('2026-12-03T16:07:38.123Z');

  it('carries headers, query, body and request context like API Gateway', () => {
    const event = buildEvent(request, {
      route: route({ path: '/v1/things', method: 'POST' }),
      pathParameters: {},
      requestId: 'req-1',
      now: at,
    });

    expect(event).toMatchObject({
      httpMethod: 'POST',
      headers: { Host: 'example', Accept: 'application/json', 'X-Forwarded-For': '10.0.0.7' },
      multiValueHeaders: { Accept: ['text/plain', 'application/json'] },
      queryStringParameters: { tag: 'b' },
      multiValueQueryStringParameters: { tag: ['a', 'b'] },
      pathParameters: null,
      stageVariables: null,
      body: '{"name":"Иван"}',
      isBase64Encoded: false,
      requestContext: {
        requestId: 'req-1',
        path: '/local/v1/things',
        requestTime: '03/Dec/2026:16:07:38 +0000',
        requestTimeEpoch: at.getTime(),
        identity: { sourceIp: '10.0.0.7' },
        authorizer: null,
      },
    });
  });

  it('passes bodies that are not UTF-8 as base64 and empty bodies as null', () => {
    expect(encodeBody(Buffer.from([0xff, 0xfe, 0x00]))).toEqual({
      body: '//4A',
      isBase64Encoded: true,
    });
    expect(encodeBody(Buffer.alloc(0))).toEqual({ body: null, isBase64Encoded: false });
  });

  it('leaves the query maps null when there is no query', () => {
    const event = buildEvent(
      { ...request, url: '/v1/things' },
      { route: route({ path: '/v1/things' }), pathParameters: {}, requestId: 'r' },
    );

    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
  });
});

describe('the Cognito authorizer', () => {
  const issuer = 'http://127.0.0.1:9/local_pool';

  async function keysAndSigner() {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const keys = createLocalJWKSet({ keys: [jwk] });
    const sign = (claims: Record<string, unknown>, expiresIn = '1h') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey);

    return { keys, sign };
  }

  it('accepts a valid ID token and returns its claims', async () => {
    const { keys, sign } = await keysAndSigner();
    const token = await sign({ token_use: 'id', sub: 'u1', 'cognito:groups': ['citizen'] });

    const payload = await verifyToken(token, { keys, issuer, tokenUse: 'id' });

    expect(payload).toMatchObject({ sub: 'u1', 'cognito:groups': ['citizen'] });
  });

  it('refuses expired tokens, other issuers, other token uses and missing scopes', async () => {
    const { keys, sign } = await keysAndSigner();
    const expired = await sign({ token_use: 'id' }, '-1m');
    const access = await sign({ token_use: 'access', scope: 'eruz/applications.read' });

    await expect(verifyToken(expired, { keys, issuer, tokenUse: 'id' })).rejects.toThrow(
      TokenRejectedError,
    );
    await expect(
      verifyToken(access, { keys, issuer: `${issuer}x`, tokenUse: 'access' }),
    ).rejects.toThrow(TokenRejectedError);
    await expect(verifyToken(access, { keys, issuer, tokenUse: 'id' })).rejects.toThrow(
      /expected an id token/,
    );
    await expect(
      verifyToken(access, { keys, issuer, tokenUse: 'access', scopes: ['eruz/other'] }),
    ).rejects.toThrow(/scopes/);
    await expect(
      verifyToken(access, {
        keys,
        issuer,
        tokenUse: 'access',
        scopes: ['eruz/applications.read'],
      }),
    ).resolves.toMatchObject({ token_use: 'access' });
  });

  it('refuses a token signed with another key or with HS256', async () => {
    const { keys } = await keysAndSigner();
    const other = await keysAndSigner();
    const foreign = await other.sign({ token_use: 'id' });
    const hs256 = await new SignJWT({ token_use: 'id' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a shared secret of enough length!!'));

    await expect(verifyToken(foreign, { keys, issuer, tokenUse: 'id' })).rejects.toThrow();
    await expect(verifyToken(hs256, { keys, issuer, tokenUse: 'id' })).rejects.toThrow();
  });

  it('renders claims as the REST authorizer does: strings, lists joined, Java dates', () => {
    const claims = toAuthorizerClaims({
      sub: 'u1',
      'cognito:groups': ['citizen', 'officer'],
      email_verified: true,
      auth_time: 1469814773,
      exp: 1469818373,
      iat: 1469814773,
    });

    expect(claims).toEqual({
      sub: 'u1',
      'cognito:groups': 'citizen,officer',
      email_verified: 'true',
      auth_time: '1469814773',
      exp: 'Fri Jul 29 18:52:53 UTC 2016',
      iat: 'Fri Jul 29 17:52:53 UTC 2016',
    });
    expect(javaDateString(0)).toBe('Thu Jan 01 00:00:00 UTC 1970');
  });

  it('reads bearer and bare tokens from the Authorization header', () => {
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerToken('a.b.c')).toBe('a.b.c');
    expect(bearerToken('Basic dXNlcg==')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('accepts tokens cognito-local issues, with groups as a comma-separated claim', async () => {
    const person = await signIn(['citizen', 'officer']);
    const authorize = cognitoAuthorizer({
      cognitoEndpoint: inject('endpoints').cognito,
      userPoolId: inject('userPoolId'),
    });
    const access = { kind: 'user', roles: ['citizen'] } as const;

    const fromId = await authorize(access, `Bearer ${person.idToken}`);
    const fromAccess = await authorize(access, `Bearer ${person.accessToken}`);

    expect(fromId).toMatchObject({ token_use: 'id', 'cognito:groups': 'citizen,officer' });
    expect(fromAccess).toMatchObject({ token_use: 'access', sub: fromId.sub });
    await expect(
      authorize({ kind: 'system', scopes: ['applications.read'] }, `Bearer ${person.accessToken}`),
    ).rejects.toThrow(/scopes/);
  });
});

describe('provisioning and state', () => {
  it('finds the existing user pool and app client again, by state or by name', async () => {
    const client = new CognitoIdentityProviderClient({
      ...settings,
      endpoint: inject('endpoints').cognito,
    });
    const expected = {
      userPoolId: inject('userPoolId'),
      userPoolClientId: inject('userPoolClientId'),
    };

    const byState = await ensureUserPool(client, USER_POOL, expected);
    const byName = await ensureUserPool(client, USER_POOL, {});
    client.destroy();

    expect(byState).toEqual(expected);
    expect(byName).toEqual(expected);
  });

  it('keeps the ids in state.json and treats a damaged file as empty', () => {
    const dir = tempDir();
    writeState(dir, { userPoolId: 'local_1', userPoolClientId: 'client1' });

    expect(readState(dir)).toEqual({ userPoolId: 'local_1', userPoolClientId: 'client1' });
    writeFileSync(join(dir, 'state.json'), '{ not json');
    expect(readState(dir)).toEqual({});
    rmSync(dir, { recursive: true });
  });

  it('lets one runtime at a time use a data folder, taking over stale locks', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);

    expect(() => lockDataDir(dir)).toThrow(/in use by another local runtime/);
    release();
    writeFileSync(join(dir, 'runtime.lock'), '999999999');
    expect(() => lockDataDir(dir)()).not.toThrow();
    rmSync(dir, { recursive: true });
  });

  it('reads the kept messages, skipping lines that are not JSON objects', () => {
    const dir = tempDir();
    const file = join(dir, 'messages.jsonl');
    writeFileSync(file, '{"to":"+7999"}\nnot json\n[1]\n\n{"to":"+7000"}\n');

    expect(readLocalMessages(file)).toEqual([{ to: '+7999' }, { to: '+7000' }]);
    expect(readLocalMessages(join(dir, 'none.jsonl'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('Java', () => {
  it('reads the major version of old and new version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('names the fix when java is missing', () => {
    expect(() => checkJava('/nonexistent/java')).toThrow(
      /DynamoDB Local needs Java 17\+.*apt-get install openjdk-17-jre-headless/,
    );
  });
});

describe('the API reference page', () => {
  it('renders operations with parameters and escapes what it shows', () => {
    const html = renderDocsPage({
      info: { title: 'T <b>', version: '1' },
      paths: {
        '/v1/x/{id}': {
          get: {
            operationId: 'getX',
            summary: 'Get <x>',
            tags: ['catalog'],
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'lang', in: 'query', schema: { enum: ['ru', 'en'] } },
            ],
            responses: { 200: { description: 'ok' }, 404: { description: 'none' } },
            security: [],
          },
        },
      },
    });

    expect(html).toContain('T &lt;b&gt;');
    expect(html).toContain('Get &lt;x&gt;');
    expect(html).toContain('enum: ru, en');
    expect(html).toContain('<td>404</td>');
    expect(html).not.toContain('<x>');
  });
});

describe('stream and S3 events', () => {
  it('delivers the records of a table stream to its registered consumer', async () => {
    const endpoint = inject('endpoints').dynamodb;
    const client = new DynamoDBClient({ ...settings, endpoint });
    const streams = new DynamoDBStreamsClient({ ...settings, endpoint });
    const table = `StreamProbe${Date.now()}`;
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      }),
    );
    const received: DynamoDBStreamEvent[] = [];
    const unregister = registerStreamConsumer(table, (event) => {
      received.push(event);
    });
    const poller = startStreamPoller({
      client,
      streams,
      tableNames: [table],
      region: LOCAL_REGION,
      intervalMs: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    await client.send(new PutItemCommand({ TableName: table, Item: { pk: { S: 'a' } } }));
    const event = await until(() => received[0]);

    expect(event.Records[0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      awsRegion: LOCAL_REGION,
      dynamodb: { Keys: { pk: { S: 'a' } }, NewImage: { pk: { S: 'a' } } },
    });
    expect(typeof event.Records[0]?.dynamodb?.ApproximateCreationDateTime).toBe('number');
    unregister();
    await poller.stop();
    await client.send(new DeleteTableCommand({ TableName: table }));
    client.destroy();
    streams.destroy();
  });

  it('forwards s3rver events as S3 events and pages listings', async () => {
    const dir = tempDir();
    const events: S3Event[] = [];
    const s3 = await startS3({
      directory: dir,
      buckets: ['probe'],
      region: LOCAL_REGION,
      logFile: join(dir, 's3.log'),
      onEvent: (event) => events.push(event),
    });
    const client = new S3Client({
      ...settings,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });

    for (const key of ['a file.txt', 'b.txt', 'c.txt']) {
      await client.send(new PutObjectCommand({ Bucket: 'probe', Key: key, Body: key }));
    }
    const first = await client.send(new ListObjectsV2Command({ Bucket: 'probe', MaxKeys: 2 }));
    const second = await client.send(
      new ListObjectsV2Command({
        Bucket: 'probe',
        MaxKeys: 2,
        ContinuationToken: first.NextContinuationToken,
      }),
    );
    const event = await until(() =>
      events.find((e) => e.Records[0]?.s3.object.key === 'a+file.txt'),
    );

    expect(first.Contents?.map((o) => o.Key)).toEqual(['a file.txt', 'b.txt']);
    expect(second.Contents?.map((o) => o.Key)).toEqual(['c.txt']);
    expect(event.Records[0]).toMatchObject({
      eventName: 'ObjectCreated:Put',
      awsRegion: LOCAL_REGION,
      s3: { bucket: { name: 'probe', arn: 'arn:aws:s3:::probe' } },
    });
    client.destroy();
    await s3.process.stop();
    rmSync(dir, { recursive: true });
  });
});

describe('a restarted runtime', () => {
  it('keeps tables, items and the user pool, and leaves no processes behind', async () => {
    const dataDir = tempDir();
    const item = { pk: 'PROBE', sk: 'restart', note: 'kept' };

    const first = await startLocalRuntime({ port: 0, dataDir, quiet: true, seed: false });
    const documents = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...settings, endpoint: first.endpoints.dynamodb }),
    );
    await documents.send(new PutCommand({ TableName: CATALOG_TABLE.name, Item: item }));
    documents.destroy();
    await first.stop();

    const second = await startLocalRuntime({ port: 0, dataDir, quiet: true, seed: false });
    const again = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...settings, endpoint: second.endpoints.dynamodb }),
    );
    const read = await again.send(
      new GetCommand({ TableName: CATALOG_TABLE.name, Key: { pk: item.pk, sk: item.sk } }),
    );
    again.destroy();
    await second.stop();

    expect(read.Item).toEqual(item);
    expect(second.userPoolId).toBe(first.userPoolId);
    expect(second.userPoolClientId).toBe(first.userPoolClientId);
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).not.toBe(second.endpoints.dynamodb);
    const pids = [...first.processes, ...second.processes].map((p) => p.pid);
    expect(pids.filter(isAlive)).toEqual([]);
    const table = execFileSync('ps', ['-eo', 'pgid=,comm='], { encoding: 'utf8' });
    const leftovers = table
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([pgid]) => pids.includes(Number(pgid)));
    expect(leftovers).toEqual([]);
    rmSync(dataDir, { recursive: true });
  });
});
