/**
 * `npm start`: runs the local runtime until Ctrl-C (SIGINT) or SIGTERM, then stops every
 * stand-in before exiting. A second Ctrl-C exits at once; the exit hook still kills the
 * stand-ins' process groups.
 */
import { startLocalRuntime } from './runtime.ts';

let stopping = false;

async function main() {
  const runtime = await startLocalRuntime({ watch: true });
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`\n${signal} again: exiting without waiting`);
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the local runtime…`);
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`The local runtime could not start: ${(error as Error).message}`);
  process.exit(1);
});
