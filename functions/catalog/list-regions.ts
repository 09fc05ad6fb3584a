import { routes } from '@eruz/api';
import { regionSummary } from '@eruz/domain';
import { httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.listRegions,
  async ({ lang }) => {
    const { env, reader } = catalogContext;
    const { catalog, memo } = await reader.current();
    const body = memo.get(`regions|${lang}`, () => ({
      items: catalog.regions
        .filter((region) => env.SERVED_REGIONS.includes(region.code))
        .map((region) => regionSummary(region, lang)),
    }));

    return { body };
  },
  catalogHttpOptions,
);
