import { mkdirSync } from 'node:fs';

import { LOOPBACK } from '../constants.ts';
import { answers, freePort, waitUntil } from '../ports.ts';
import { childCommand, exitAsFailure, spawnManaged } from '../processes.ts';
import type { ChildStandIn } from './dynamodb.ts';

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * A line of cognito-local's output worth showing a developer, without colour codes:
 * everything but its startup notice (the runtime prints its own banner).
 */
export function cognitoOutputLine(line: string): string | undefined {
  const plain = line.replace(ANSI, '');

  return plain.includes('Cognito Local running on') ? undefined : plain;
}

/**
 * Starts cognito-local with its working directory in `directory` (it keeps pools, users and
 * clients in `.cognito/db` there) and waits for its health check. Confirmation and MFA codes
 * appear in its output, which goes to `logFile` and to `onLine`.
 */
export async function startCognito(options: {
  directory: string;
  logFile: string;
  onLine?: (line: string) => void;
}): Promise<ChildStandIn> {
  mkdirSync(options.directory, { recursive: true });
  const port = await freePort();
  const { command, args } = childCommand('cognito.ts');
  const managed = spawnManaged({
    name: 'cognito-local',
    command,
    args,
    cwd: options.directory,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: LOOPBACK,
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      NO_COLOR: '1',
    },
    ipc: true,
    logFile: options.logFile,
    onLine: (line) => {
      const shown = cognitoOutputLine(line);
      if (shown !== undefined) options.onLine?.(shown);
    },
  });
  const endpoint = `http://${LOOPBACK}:${port}`;
  try {
    await waitUntil(() => answers(`${endpoint}/health`, (status) => status === 200), {
      what: 'cognito-local',
      abort: exitAsFailure(managed),
    });
  } catch (error) {
    await managed.stop();
    throw error;
  }

  return { endpoint, process: managed };
}
