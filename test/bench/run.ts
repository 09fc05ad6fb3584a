/**
 * `npm run bench`: measures bundle sizes, cold init overhead and local API throughput,
 * prints each figure beside its budget, writes `test/bench/results.json`, and exits non-zero
 * when a budget is missed. See docs/benchmarks.md.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { bundleFigures, bundleHandler, deployedHandlers, type FunctionBundle } from './bundle.ts';
import { coldInitFigures, measureColdInit, type ColdInitTarget } from './cold-init.ts';
import type { Figure } from './figures.ts';
import { collectResults, formatTable, writeResults } from './report.ts';
import { killServers, measureThroughput, stopServers } from './throughput.ts';

const PARTS = ['bundle', 'cold-init', 'throughput'] as const;
type Part = (typeof PARTS)[number];

/** The whole run is stopped after this long, whatever it is doing. */
const RUN_TIMEOUT_MS = 15 * 60_000;

const RESULTS_FILE = fileURLToPath(new URL('results.json', import.meta.url));

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    runs: { type: 'string', default: '15' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(
    [
      'usage: npm run bench -- [options]',
      `  --only <parts>       comma-separated, of ${PARTS.join(', ')} (default: all)`,
      '  --runs <n>           cold starts per function (default 15, at least 10)',
      '  --duration <s>       seconds of measured load per target (default 8)',
      '  --warmup <s>         seconds of load before each measurement (default 2)',
      '  --connections <n>    concurrent connections of the load (default 10)',
    ].join('\n'),
  );
  process.exit(0);
}

const parts = parsePartList(args.only);
const runs = positiveInt('runs', args.runs, 10);
const durationSeconds = positiveInt('duration', args.duration, 1);
const warmupSeconds = positiveInt('warmup', args.warmup, 0);
const connections = positiveInt('connections', args.connections, 1);

const workDir = await mkdtemp(path.join(os.tmpdir(), 'eruz-bench-'));

/** Stops the servers, removes the work directory and exits; for interruptions. */
const abandon = (code: number): void => {
  stopServers()
    .catch((error: unknown) => console.error('stopping the servers failed', error))
    .finally(() => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(code);
    });
};
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${RUN_TIMEOUT_MS / 60_000} minutes, giving up`);
  abandon(2);
}, RUN_TIMEOUT_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abandon(130));
// Last resort, e.g. after an uncaught error: nothing the bench started outlives it.
process.once('exit', killServers);

const loadAverage = os.loadavg();
const figures: Figure[] = [];
try {
  let bundles: FunctionBundle[] = [];
  if (parts.has('bundle') || parts.has('cold-init')) {
    const handlers = deployedHandlers();
    console.log(`bundling ${handlers.length} functions: ${handlers.join(', ')}`);
    bundles = await Promise.all(
      handlers.map((handler) => bundleHandler(handler, path.join(workDir, 'bundles'))),
    );
    for (const bundle of bundles) {
      if (bundle.error !== undefined) console.warn(`  ${bundle.handler}: ${bundle.error}`);
    }
    if (parts.has('bundle')) figures.push(...bundleFigures(bundles));
  }

  if (parts.has('cold-init')) {
    const targets = bundles.map(({ handler, file, error }): ColdInitTarget => ({
      handler,
      ...(error === undefined ? { file } : {}),
    }));
    console.log(`cold init: ${runs} runs of ${targets.length} functions, bare node interleaved`);
    figures.push(...coldInitFigures(measureColdInit(targets, runs)));
  }

  if (parts.has('throughput')) {
    console.log(`throughput: ${durationSeconds} s per target, ${connections} connections`);
    const dataDir = path.join(workDir, 'local-data');
    figures.push(
      ...(await measureThroughput({ durationSeconds, warmupSeconds, connections, dataDir })),
    );
  }

  const results = collectResults([...parts], figures, loadAverage);
  await writeResults(RESULTS_FILE, results);
  console.log(`\n${formatTable(figures)}\n`);
  const load = results.loadAverage.join(', ');
  console.log(`load average at the start: ${load} on ${results.cores} cores (${results.cpu})`);
  console.log(`${results.pass ? 'all budgets kept' : 'BUDGET MISSED'}; written to ${RESULTS_FILE}`);
  process.exitCode = results.pass ? 0 : 1;
} finally {
  clearTimeout(watchdog);
  await rm(workDir, { recursive: true, force: true });
}

function parsePartList(list: string): Set<Part> {
  const chosen = list.split(',').map((part) => part.trim());
  const unknown = chosen.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    throw new Error(`unknown part ${unknown.join(', ')}; expected some of ${PARTS.join(', ')}`);
  }

  return new Set(chosen as Part[]);
}

function positiveInt(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be an integer of at least ${min}, got ${raw}`);
  }

  return value;
}
