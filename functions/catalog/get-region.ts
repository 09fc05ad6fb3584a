import { routes } from '@eruz/api';
import { regionView } from '@eruz/domain';
import { NotFoundError, httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.getRegion,
  async ({ params, lang }) => {
    const { env, reader } = catalogContext();
    const { catalog } = await reader.current();
    const region = catalog.regions.find((r) => r.code === params.code);
    if (!region || !env.SERVED_REGIONS.includes(region.code)) {
      throw new NotFoundError('region.not_found', { code: params.code });
    }

    return { body: regionView(region, catalog, lang) };
  },
  catalogHttpOptions,
);
