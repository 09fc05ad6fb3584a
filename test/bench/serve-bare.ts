/**
 * The yardstick of the throughput figure: the least a Node HTTP server can do per request,
 * on loopback, in its own process like the local runtime.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { announceReady, stopWhenAsked } from './child-protocol.ts';

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('hello');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  announceReady(`http://127.0.0.1:${port}`);
});

stopWhenAsked(
  () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
);
