/**
 * How a server started by the bench says it is ready: one stdout line with this prefix and
 * a JSON object `{ "url": ... }`. Other output is ignored.
 */
export const READY_PREFIX = 'BENCH_READY ';

/** Announces the server's URL to the bench. */
export function announceReady(url: string): void {
  process.stdout.write(`${READY_PREFIX}${JSON.stringify({ url })}\n`);
}

/**
 * Stops the server and exits when the bench asks (SIGTERM, SIGINT) or goes away (its end of
 * stdin closes), so no server outlives the run.
 */
export function stopWhenAsked(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('stopping failed', error);
        process.exit(1);
      },
    );
  };

  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.resume();
}
