import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

import { BUDGETS } from './budgets.ts';
import { budgeted, info, median, type Figure } from './figures.ts';

/**
 * Dummy values for everything the functions read at cold start. Nothing is called: the
 * clients are built, never used, so the credentials and table need not exist.
 */
const FUNCTION_ENV = {
  DEPLOYMENT: 'bench',
  SERVED_REGIONS: '77,50',
  LANGUAGES: 'ru,en',
  CATALOG_TABLE: 'Catalog',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Eruz',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  // Keeps the SDK from probing the instance metadata endpoint of this machine.
  AWS_EC2_METADATA_DISABLED: 'true',
};

/** A function bundle to start cold; without a file (it failed to bundle) it is reported so. */
export interface ColdInitTarget {
  handler: string;
  file?: string;
}

/** Cold-start timings of one function. */
export interface ColdInitResult {
  handler: string;
  /** Wall time of each run that imported the bundle, in ms; empty when the import failed. */
  samplesMs: number[];
  error?: string;
}

export interface ColdInitReport {
  /** Wall time of each bare `node -e ''`, interleaved with the function runs, in ms. */
  bareSamplesMs: number[];
  functions: ColdInitResult[];
}

/**
 * Flags of every measured `node`, bare or not. On Node 20 the AWS SDK prints a warning that
 * its next releases need Node 22; Lambda runs Node 24, where it stays silent, so printing
 * it (a few milliseconds of stderr setup and formatting) is not part of a real cold start.
 */
const NODE_FLAGS = ['--no-warnings'];

/** How long one child may take before the bench gives up on it. */
const RUN_TIMEOUT_MS = 30_000;

/**
 * Starts each bundle in a fresh `node` that does nothing but import it, which is the init
 * phase of a Lambda function: module evaluation, environment parsing, SDK client creation.
 * Bare `node -e ''` runs alternate with the function runs so that drift in the machine's
 * speed touches both alike. One round is run first and discarded, to warm the file cache.
 */
export function measureColdInit(targets: readonly ColdInitTarget[], runs: number): ColdInitReport {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...FUNCTION_ENV };
  const functions = new Map<string, ColdInitResult>(
    targets.map(({ handler, file }) => [
      handler,
      file === undefined
        ? { handler, samplesMs: [], error: 'not bundled' }
        : { handler, samplesMs: [] },
    ]),
  );
  const bareSamplesMs: number[] = [];

  for (let round = 0; round <= runs; round += 1) {
    for (const target of targets) {
      const result = functions.get(target.handler) as ColdInitResult;
      if (result.error !== undefined || target.file === undefined) continue;
      const bare = timeNode([...NODE_FLAGS, '-e', ''], env);
      const cold = timeNode(
        [...NODE_FLAGS, '--input-type=module', '-e', importScript(target.file)],
        env,
      );
      if (cold.error !== undefined) {
        result.error = cold.error;
        result.samplesMs = [];
        continue;
      }
      if (round === 0) continue;
      bareSamplesMs.push(bare.ms);
      result.samplesMs.push(cold.ms);
    }
  }

  return { bareSamplesMs, functions: [...functions.values()] };
}

function importScript(file: string): string {
  return `await import(${JSON.stringify(pathToFileURL(file).href)});`;
}

/** Runs `node` with the arguments and returns its wall time, or why it failed. */
function timeNode(args: string[], env: NodeJS.ProcessEnv): { ms: number; error?: string } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: RUN_TIMEOUT_MS,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  if (child.error !== undefined) return { ms, error: child.error.message };
  if (child.status !== 0) {
    const stderr = child.stderr.toString('utf8');
    const reason = stderr.match(/^\w*Error[^\n]*/m)?.[0] ?? stderr.trim().split('\n').pop();

    return { ms, error: `exit ${child.status ?? child.signal}: ${reason ?? 'no output'}` };
  }

  return { ms };
}

/** Per function, the median overhead over bare `node` against the budget. */
export function coldInitFigures(report: ColdInitReport): Figure[] {
  const bareMs = report.bareSamplesMs.length > 0 ? median(report.bareSamplesMs) : null;
  const figures = report.functions.map((fn) => {
    const overhead =
      bareMs === null || fn.samplesMs.length === 0 ? null : median(fn.samplesMs) - bareMs;

    return budgeted(
      `cold init ${fn.handler}`,
      overhead === null ? null : round(overhead, 1),
      'ms',
      { max: BUDGETS.coldInitOverheadMs },
      fn.error,
    );
  });

  return [
    ...figures,
    info('cold init: bare node (median)', bareMs === null ? null : round(bareMs, 1), 'ms'),
  ];
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;

  return Math.round(value * scale) / scale;
}
