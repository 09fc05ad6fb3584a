import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

import { ROUTE_LIST, buildOpenApiDocument, type RouteDefinition } from '@eruz/api';
import { BUCKETS, CATALOG_TABLE, TABLES, TOPICS, USER_POOL, writeCatalog } from '@eruz/data';
import type { Catalog } from '@eruz/domain';

import { printBanner } from './banner.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOOPBACK, REPO_ROOT } from './constants.ts';
import { renderDocsPage } from './docs-page.ts';
import { applyEnvironment, localEnvironment, type Endpoints } from './environment.ts';
import { dispatchS3Event, startStreamPoller } from './events.ts';
import { cognitoAuthorizer } from './gateway/authorizer.ts';
import { bundledHandlerSource } from './gateway/handlers.ts';
import { createGateway } from './gateway/server.ts';
import { readLocalMessages } from './messages.ts';
import type { ManagedProcess } from './processes.ts';
import { ensureTable, ensureTopics, ensureUserPool } from './provision.ts';
import { startCognito } from './stand-ins/cognito.ts';
import { startDynamoDb } from './stand-ins/dynamodb.ts';
import { checkJava } from './stand-ins/java.ts';
import { startS3 } from './stand-ins/s3.ts';
import { closeServer, startSes } from './stand-ins/ses.ts';
import { startSns } from './stand-ins/sns.ts';
import { lockDataDir, readState, writeState } from './state.ts';

/** Options of {@link startLocalRuntime}; all optional. */
export interface LocalRuntimeOptions {
  /** Port of the API; 0 picks a free one. @default Number(process.env.PORT ?? 3000) */
  port?: number;
  /** Where the stand-ins keep their data across restarts. @default '<repo>/.local/data' */
  dataDir?: string;
  /** No banner, access log or stand-in output; errors are still printed. @default false */
  quiet?: boolean;
  /** Write the seed catalog into the catalog table (idempotent puts). @default true */
  seed?: boolean;
  /** The routes to serve. @default ROUTE_LIST (all of them, local-only ones included) */
  routes?: readonly RouteDefinition[];
  /**
   * Rebuild a handler's bundle when one of its sources changes and serve the new one from
   * the next request on. `npm start` turns it on. @default false
   */
  watch?: boolean;
}

/** The running local runtime: where everything is, and how to stop it. */
export interface LocalRuntime {
  /** Base URL of the API, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The browsable API reference. */
  docsUrl: string;
  /** aws-ses-v2-local's viewer of sent mail. */
  mailUrl: string;
  /** The SMS and push messages kept locally, as JSON. */
  messagesUrl: string;
  endpoints: Endpoints;
  userPoolId: string;
  userPoolClientId: string;
  dataDir: string;
  /** The variables set in `process.env` (and restored by `stop()`). */
  env: Readonly<Record<string, string>>;
  /** The child processes, by name. */
  processes: readonly { name: string; pid: number }[];
  /** How many catalog items the seed wrote (0 without a seed). */
  seeded: number;
  /** Milliseconds from the call to ready. */
  startupMs: number;
  /** Stops the API and every stand-in; idempotent. */
  stop(): Promise<void>;
}

/** Regions served when the seed catalog cannot be read. */
export const FALLBACK_REGIONS = ['77', '50', '78', '16', '02', '54', '66'] as const;

/**
 * The seed catalog, loaded by name at run time so the runtime starts even while that
 * package is unfinished; the reason it is missing goes to `onMissing`.
 */
async function loadSeedCatalog(onMissing: (why: string) => void): Promise<Catalog | undefined> {
  const specifier = '@eruz/catalog-seed';
  try {
    const seed = (await import(/* @vite-ignore */ specifier)) as { SEED_CATALOG?: Catalog };
    if (!seed.SEED_CATALOG) onMissing(`${specifier} exports no SEED_CATALOG`);

    return seed.SEED_CATALOG;
  } catch (error) {
    onMissing(`${specifier} could not be loaded: ${(error as Error).message.split('\n')[0]}`);

    return undefined;
  }
}

type Cleanup = () => Promise<void> | void;

async function runCleanups(cleanups: Cleanup[]) {
  const errors: unknown[] = [];
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      errors.push(error);
    }
  }
  cleanups.length = 0;
  if (errors.length > 0) throw new AggregateError(errors, 'the local runtime did not stop cleanly');
}

/**
 * Awaits every promise, even when one fails, so that everything that did start has
 * registered its cleanup before the failure is thrown.
 */
async function settleAll<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, failures.map(String).join('; '));

  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

async function listen(server: ReturnType<typeof createGateway>, port: number) {
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: set PORT to another port, or PORT=0 for any`)
          : error,
      ),
    );
    server.listen(port, LOOPBACK, () => done());
  });

  return (server.address() as AddressInfo).port;
}

/**
 * Starts the whole API on this machine: DynamoDB Local, s3rver, cognito-local,
 * aws-ses-v2-local and fauxqs on free loopback ports with their data under `dataDir`; the
 * tables, buckets, user pool and topics from their definitions; the seed catalog; the
 * environment that points production code at all of it; and the local API Gateway with
 * `/docs` and `/_local/messages`. If any part fails, what was started is stopped again.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const startedAt = performance.now();
  const quiet = options.quiet ?? false;
  const dataDir = resolve(options.dataDir ?? join(REPO_ROOT, '.local', 'data'));
  const logDir = join(dataDir, 'logs');
  const routes = options.routes ?? ROUTE_LIST;
  const onError = (message: string, error: unknown) =>
    console.error(`[local] ${message}`, ...(error === undefined ? [] : [error]));
  const cleanups: Cleanup[] = [];

  mkdirSync(dataDir, { recursive: true });
  checkJava();
  cleanups.push(lockDataDir(dataDir));
  try {
    const handlers = bundledHandlerSource({
      root: REPO_ROOT,
      outDir: join(dataDir, 'build'),
      watch: options.watch ?? false,
      onError,
      onReload: (handler) => {
        if (!quiet) console.log(`[local] functions/${handler}.ts changed: rebuilt and reloaded`);
      },
    });
    cleanups.push(() => handlers.dispose());
    const seedCatalog = loadSeedCatalog((why) => {
      if (!quiet) console.warn(`[local] no seed catalog: ${why}`);
    });
    const processes: ManagedProcess[] = [];
    const track = <T extends { process: ManagedProcess }>(standIn: T) => {
      processes.push(standIn.process);
      cleanups.push(() => standIn.process.stop());

      return standIn;
    };
    const inProcess = <T extends { stop: Cleanup }>(standIn: T) => {
      cleanups.push(standIn.stop);

      return standIn;
    };
    const [dynamodb, s3, cognito, ses, sns] = await settleAll([
      startDynamoDb({
        dbPath: join(dataDir, 'dynamodb'),
        logFile: join(logDir, 'dynamodb.log'),
      }).then(track),
      startS3({
        directory: join(dataDir, 's3'),
        buckets: BUCKETS.map((bucket) => bucket.name),
        region: LOCAL_REGION,
        logFile: join(logDir, 's3.log'),
        onEvent: (event) => void dispatchS3Event(event, onError),
      }).then(track),
      startCognito({
        directory: join(dataDir, 'cognito'),
        logFile: join(logDir, 'cognito.log'),
        ...(quiet ? {} : { onLine: (line: string) => console.log(`[cognito] ${line}`) }),
      }).then(track),
      startSes().then(inProcess),
      startSns(LOCAL_REGION).then(inProcess),
    ]);
    const endpoints: Endpoints = {
      dynamodb: dynamodb.endpoint,
      s3: s3.endpoint,
      cognito: cognito.endpoint,
      ses: ses.endpoint,
      sns: sns.endpoint,
    };

    const settings = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    const dynamoDbClient = new DynamoDBClient({ ...settings, endpoint: endpoints.dynamodb });
    const cognitoClient = new CognitoIdentityProviderClient({
      ...settings,
      endpoint: endpoints.cognito,
    });
    const snsClient = new SNSClient({ ...settings, endpoint: endpoints.sns });
    cleanups.push(() => [dynamoDbClient, cognitoClient, snsClient].forEach((c) => c.destroy()));

    const catalog = await seedCatalog;
    const [pool, topicArns, seeded] = await Promise.all([
      ensureUserPool(cognitoClient, USER_POOL, readState(dataDir)),
      ensureTopics(snsClient, TOPICS),
      (async () => {
        for (const table of TABLES) await ensureTable(dynamoDbClient, table);
        if (!catalog || options.seed === false) return 0;
        const documents = DynamoDBDocumentClient.from(dynamoDbClient);

        return writeCatalog(documents, CATALOG_TABLE.name, catalog);
      })(),
    ]);
    writeState(dataDir, pool);

    const messagesFile = join(dataDir, 'messages.jsonl');
    const env = localEnvironment({
      endpoints,
      tables: TABLES,
      buckets: BUCKETS,
      topics: TOPICS,
      topicArns,
      servedRegions: catalog?.regions.map((region) => region.code) ?? FALLBACK_REGIONS,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      messagesFile,
    });
    cleanups.push(applyEnvironment(env));

    const streamTables = TABLES.filter((table) => table.stream).map((table) => table.name);
    if (streamTables.length > 0) {
      const streams = new DynamoDBStreamsClient({ ...settings, endpoint: endpoints.dynamodb });
      const poller = startStreamPoller({
        client: dynamoDbClient,
        streams,
        tableNames: streamTables,
        region: LOCAL_REGION,
        onError,
      });
      cleanups.push(async () => {
        await poller.stop();
        streams.destroy();
      });
    }

    let baseUrl = '';
    const pages = (request: IncomingMessage, response: ServerResponse, path: string) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      if (path === '/docs' || path === '/docs/') {
        const document = buildOpenApiDocument({ includeLocalOnly: true, servers: [baseUrl] });
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(renderDocsPage(document));

        return true;
      }
      if (path === '/_local/messages') {
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ items: readLocalMessages(messagesFile) }));

        return true;
      }
      if (path === '/' && !routes.some((route) => route.path === '/')) {
        response.writeHead(302, { Location: '/docs' });
        response.end();

        return true;
      }

      return false;
    };
    const gateway = createGateway({
      routes,
      handlers,
      authorizer: cognitoAuthorizer({
        cognitoEndpoint: endpoints.cognito,
        userPoolId: pool.userPoolId,
      }),
      pages,
      onError,
      ...(quiet
        ? {}
        : {
            onAccess: (entry) =>
              console.log(
                `${entry.method} ${entry.path} → ${entry.status} (${entry.durationMs} ms)`,
              ),
          }),
    });
    const port = await listen(gateway, options.port ?? Number(process.env.PORT ?? 3000));
    cleanups.push(() => closeServer(gateway));
    baseUrl = `http://${LOOPBACK}:${port}`;

    const stopAll = cleanups.slice();
    cleanups.length = 0;
    let stopping: Promise<void> | undefined;
    const runtime: LocalRuntime = {
      url: baseUrl,
      docsUrl: `${baseUrl}/docs`,
      mailUrl: `${endpoints.ses}/`,
      messagesUrl: `${baseUrl}/_local/messages`,
      endpoints,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      dataDir,
      env,
      processes: processes.map(({ name, pid }) => ({ name, pid })),
      seeded,
      startupMs: Math.round(performance.now() - startedAt),
      stop: () => (stopping ??= runCleanups(stopAll)),
    };
    if (!quiet) printBanner(runtime);

    return runtime;
  } catch (error) {
    await runCleanups(cleanups).catch((cleanupError: unknown) =>
      onError('cleanup failed', cleanupError),
    );
    throw error;
  }
}
