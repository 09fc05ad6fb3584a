import { buildApp } from 'fauxqs';

import { LOOPBACK } from '../constants.ts';
import type { InProcessStandIn } from './ses.ts';

/**
 * Starts fauxqs (SNS and SQS) in this process on a free loopback port. It keeps topics in
 * memory; the runtime creates them again at every start.
 */
export async function startSns(region: string): Promise<InProcessStandIn> {
  const app = buildApp({ logger: false, defaultRegion: region, host: LOOPBACK });
  const address = await app.listen({ port: 0, host: LOOPBACK });

  return { endpoint: address.replace('localhost', LOOPBACK), stop: () => app.close() };
}
