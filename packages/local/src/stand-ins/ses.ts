import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

import type * as ses from 'aws-ses-v2-local';

import { LOOPBACK } from '../constants.ts';

/** A stand-in running inside the runtime's own process. */
export interface InProcessStandIn {
  endpoint: string;
  stop(): Promise<void>;
}

type SesModule = typeof ses;

/** Closes an HTTP server, dropping idle keep-alive connections so it does not linger. */
export async function closeServer(server: Server) {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * Starts aws-ses-v2-local in this process on a free loopback port. Its root page is a mail
 * viewer; sent mail is kept in memory, so it is gone after a restart.
 */
export async function startSes(): Promise<InProcessStandIn> {
  // Loaded through require: the package is CommonJS with an `exports.default`, which ESM
  // loaders (Node, tsx, vitest) hand out differently under `import`.
  const sesModule = createRequire(import.meta.url)('aws-ses-v2-local') as SesModule;
  const server = await sesModule.default({ host: LOOPBACK, port: 0 });
  const { port } = server.address() as AddressInfo;

  return { endpoint: `http://${LOOPBACK}:${port}`, stop: () => closeServer(server) };
}
