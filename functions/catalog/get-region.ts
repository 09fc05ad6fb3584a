import { routes } from '@eruz/api';
import { regionView } from '@eruz/domain';
import { NotFoundError, httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.getRegion,
  async ({ params, lang }) => {
    const { env, reader } = catalogContext;
    const { catalog, memo } = await reader.current();
    const region = catalog.regions.find((r) => r.code === params.code);
    if (!region || !env.SERVED_REGIONS.includes(region.code)) {
      throw new NotFoundError('region.not_found', { code: params.code });
    }

    const body = memo.get(`region|${region.code}|${lang}`, () => regionView(region, catalog, lang));

    return { body };
  },
  catalogHttpOptions,
);
