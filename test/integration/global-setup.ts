/**
 * Starts the local runtime once per `vitest run --project integration`, on a free port with
 * a fresh data folder, and hands its addresses to the tests (see helpers.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { startLocalRuntime } from '@eruz/local';

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'eruz-local-'));
  const runtime = await startLocalRuntime({ port: 0, dataDir, quiet: true });
  project.provide('apiUrl', runtime.url);
  project.provide('localEnv', { ...runtime.env });
  project.provide('endpoints', runtime.endpoints);
  project.provide('userPoolId', runtime.userPoolId);
  project.provide('userPoolClientId', runtime.userPoolClientId);
  project.provide('dataDir', dataDir);
  project.provide('startupMs', runtime.startupMs);

  return async () => {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
