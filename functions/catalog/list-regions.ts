import { routes } from '@eruz/api';
import { regionSummary } from '@eruz/domain';
import { httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.listRegions,
  async ({ lang }) => {
    const { env, reader } = catalogContext();
    const { catalog } = await reader.current();
    const served = catalog.regions.filter((region) => env.SERVED_REGIONS.includes(region.code));

    return { body: { items: served.map((region) => regionSummary(region, lang)) } };
  },
  catalogHttpOptions,
);
