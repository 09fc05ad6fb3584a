import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import autocannon, { type Result } from 'autocannon';

import { REPO_ROOT } from '../../infra/paths.ts';
import { BUDGETS } from './budgets.ts';
import { READY_PREFIX } from './child-protocol.ts';
import { budgeted, describeError, info, type Figure } from './figures.ts';

/** The catalog requests the local API is loaded with, as path and query. */
export const LOCAL_REQUESTS = [
  `/v1/services?q=${encodeURIComponent('паспорт')}`,
  `/v1/services?q=${encodeURIComponent('штраф гибдд')}&region=77`,
] as const;

export interface ThroughputOptions {
  /** Seconds of measured load per target. */
  durationSeconds: number;
  /** Seconds of load before each measurement, discarded. */
  warmupSeconds: number;
  connections: number;
  /** Fresh directory the local runtime keeps its data in. */
  dataDir: string;
}

/** Longest wait for a server to say it is ready; the local runtime starts DynamoDB Local. */
const READY_TIMEOUT_MS = 180_000;
/** Longest wait for a server to stop before its process group is killed. */
const STOP_TIMEOUT_MS = 20_000;
/** Chunks of a server's stderr kept to explain a failed start. */
const MAX_STDERR_CHUNKS = 100;
/** How long what a stopped server started may take to end before it is killed. */
const GROUP_LINGER_MS = 3_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Children still running, so that an interrupted bench can stop them. */
const running = new Set<ChildProcess>();

/** Kills, at once and without waiting, every server the bench started and has not stopped. */
export function killServers(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
}

/** Stops every server the bench started and has not stopped, as gracefully as time allows. */
export async function stopServers(): Promise<void> {
  await Promise.all([...running].map((child) => stopServer(child, 'server')));
}

/**
 * Loads a bare `node:http` server and then the local runtime, each in its own process, the
 * same way (autocannon from this process, keep-alive connections, loopback only), and
 * reports their requests per second and the ratio between them.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<Figure[]> {
  const figures: Figure[] = [];

  let bareRate: number | null = null;
  try {
    const result = await withServer('serve-bare.ts', [], async (url) => {
      await checkResponds(new URL('/', url));

      return load(new URL('/', url), options);
    });
    bareRate = result.requests.average;
    figures.push(info('throughput bare node:http', round(bareRate), 'req/s'));
  } catch (error) {
    figures.push(info('throughput bare node:http', null, 'req/s', describeError(error)));
  }

  try {
    await withServer('serve-local.ts', [options.dataDir], async (url) => {
      for (const request of LOCAL_REQUESTS) {
        const target = new URL(request, url);
        const label = `GET ${decodeURIComponent(request)}`;
        try {
          await checkResponds(target);
          const result = await load(target, options);
          const rate = result.requests.average;
          figures.push(
            info(`throughput local ${label}`, round(rate), 'req/s'),
            info(`latency p99 local ${label}`, result.latency.p99, 'ms'),
            ratioFigure(label, bareRate === null ? null : rate / bareRate),
          );
        } catch (error) {
          figures.push(ratioFigure(label, null, describeError(error)));
        }
      }
    });
  } catch (error) {
    for (const request of LOCAL_REQUESTS) {
      figures.push(ratioFigure(`GET ${decodeURIComponent(request)}`, null, describeError(error)));
    }
  }

  return figures;
}

function ratioFigure(label: string, ratio: number | null, note?: string): Figure {
  const value = ratio === null ? null : Math.round(ratio * 1000) / 1000;
  const limit = { min: BUDGETS.localToBareThroughput };

  return budgeted(`throughput ratio local/bare ${label}`, value, 'ratio', limit, note);
}

/** Warms the target up, then loads it for the measured duration. */
async function load(target: URL, options: ThroughputOptions): Promise<Result> {
  const base = { url: target.href, connections: options.connections, timeout: 10 };
  await autocannon({ ...base, duration: options.warmupSeconds });
  const result = await autocannon({ ...base, duration: options.durationSeconds });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${failed} of ${result.requests.sent} requests failed ` +
        `(${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} not 2xx)`,
    );
  }

  return result;
}

/** One request must succeed before the target is loaded: a fast error page proves nothing. */
async function checkResponds(target: URL): Promise<void> {
  const response = await fetch(target, { signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${target.pathname}${target.search} answered ${response.status}: ${body}`);
  }
}

/**
 * Starts a server script of this folder with tsx, waits for its URL, runs `work` against it
 * and stops it whatever happens.
 */
async function withServer<T>(
  script: string,
  args: string[],
  work: (url: URL) => Promise<T>,
): Promise<T> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  // Own process group, so that whatever the server starts can be reached if it hangs.
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only the start of the output matters (why a server failed to start); keep it bounded.
    if (output.length < MAX_STDERR_CHUNKS) output.push(chunk.toString('utf8'));
  });

  try {
    const url = await readyUrl(child, output);

    return await work(url);
  } finally {
    await stopServer(child, script);
  }
}

/** The URL the child announces, once it is ready; fails if it exits or takes too long. */
function readyUrl(child: ChildProcess, output: string[]): Promise<URL> {
  return new Promise((resolve, reject) => {
    let pending = '';
    const fail = (reason: string): void => {
      clearTimeout(timer);
      const detail = firstErrorLine(output.join(''));
      reject(new Error(detail === undefined ? reason : `${reason}: ${detail}`));
    };
    const timer = setTimeout(() => fail('server not ready in time'), READY_TIMEOUT_MS);

    child.once('exit', (code, signal) => fail(`server exited (${code ?? signal})`));
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const ready = lines.find((line) => line.startsWith(READY_PREFIX));
      if (ready === undefined) return;
      clearTimeout(timer);
      try {
        const { url } = JSON.parse(ready.slice(READY_PREFIX.length)) as { url: string };
        const parsed = new URL(url);
        if (!LOOPBACK_HOSTS.has(parsed.hostname)) {
          throw new Error(`server listens on ${parsed.hostname}, not on loopback`);
        }
        resolve(parsed);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/**
 * Asks the server to stop and waits for it; kills its process group if it does not stop in
 * time or leaves processes behind.
 */
async function stopServer(child: ChildProcess, script: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    child.kill('SIGTERM');
    if (!(await exited)) console.warn(`${script} did not stop in time; killing it`);
  }
  // tsx's esbuild service, a child of the server, ends a moment after the server does.
  if (!(await groupGone(child, GROUP_LINGER_MS))) {
    console.warn(`${script} left processes behind; killing its process group`);
    killGroup(child, 'SIGKILL');
  }
  child.stdin?.destroy();
  running.delete(child);
}

/** Whether the child's process group empties within `withinMs`. */
async function groupGone(child: ChildProcess, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (groupAlive(child)) {
    if (Date.now() > deadline) return false;
    await delay(50);
  }

  return true;
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);

    return true;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** The line of a child's stderr that names its error, or else its last line. */
function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.at(-1);
}

function round(value: number): number {
  return Math.round(value);
}
