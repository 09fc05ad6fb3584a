/**
 * Runs s3rver in its own process, started with the OpenSSL legacy provider: s3rver encrypts
 * ListObjectsV2 continuation tokens with DES, which OpenSSL 3 offers only there, and the
 * provider can be enabled only when a process starts. Object events go to the runtime over
 * the IPC channel.
 */
import S3rver from 's3rver';

import { childConfig, exitWithParent, tellParent } from './watchdog.ts';

interface S3rverConfig {
  host: string;
  directory: string;
  buckets: string[];
}

const config = childConfig<S3rverConfig>();
const server = new S3rver({
  address: config.host,
  port: 0,
  silent: true,
  directory: config.directory,
  configureBuckets: config.buckets.map((name) => ({ name })),
});
server.on('event', (event: unknown) => tellParent({ type: 'event', event }));
// Watching from the start: a runtime that dies during start-up takes this process along.
exitWithParent(() => server.close().catch(() => undefined));
const { port } = await server.run();
tellParent({ type: 'ready', port });
