import { createServer } from 'node:net';

import { LOOPBACK } from './constants.ts';

/** Asks the OS for a free loopback port, for stand-ins that must be told their port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** How {@link waitUntil} waits. */
export interface WaitOptions {
  /** What is awaited, for the error message. */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** Rejects early, e.g. when the process that should become ready has exited. */
  abort?: Promise<never>;
}

/** Polls `check` until it returns true, failing after the timeout with what was awaited. */
export async function waitUntil(check: () => Promise<boolean>, options: WaitOptions) {
  const { what, timeoutMs = 30_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  let aborted: unknown;
  options.abort?.catch((error: unknown) => {
    aborted = error;
  });
  while (Date.now() < deadline) {
    if (aborted !== undefined) throw aborted;
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (aborted !== undefined) throw aborted;

  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

/** True when an HTTP server answers at the URL with any status (or one that `accept` likes). */
export async function answers(url: string, accept: (status: number) => boolean = () => true) {
  const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
  await response.body?.cancel();

  return accept(response.status);
}
