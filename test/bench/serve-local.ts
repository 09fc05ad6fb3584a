/**
 * Starts the local runtime for the throughput figure, in a process of its own so that it
 * shares no event loop with the load generator. Takes the data directory as its argument.
 */
import { startLocalRuntime } from '@eruz/local';

import { announceReady, stopWhenAsked } from './child-protocol.ts';

const dataDir = process.argv[2];
if (dataDir === undefined) {
  console.error('usage: serve-local.ts <data directory>');
  process.exit(2);
}

const runtime = await startLocalRuntime({ port: 0, quiet: true, dataDir });
stopWhenAsked(() => runtime.stop());
announceReady(runtime.url);
