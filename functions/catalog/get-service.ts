import { routes } from '@eruz/api';
import { availableRegions, isAvailableIn, resolveService } from '@eruz/domain';
import { NotFoundError, httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions, todayInMoscow } from './context.ts';

export const handler = httpHandler(
  routes.getService,
  async ({ params, query, lang }) => {
    const { env, reader } = catalogContext;
    const { services, memo } = await reader.current();
    const service = services.get(params.id);
    if (!service || availableRegions(service, env.SERVED_REGIONS).length === 0) {
      throw new NotFoundError('service.not_found', { id: params.id });
    }
    if (query.region !== undefined) {
      if (!env.SERVED_REGIONS.includes(query.region)) {
        throw new NotFoundError('region.not_found', { code: query.region });
      }
      if (!isAvailableIn(service, query.region)) {
        throw new NotFoundError('service.not_available_in_region', {
          id: params.id,
          region: query.region,
        });
      }
    }

    const today = todayInMoscow();
    const body = memo.get(JSON.stringify(['service', service.id, query.region, lang, today]), () =>
      resolveService(service, { lang, region: query.region, served: env.SERVED_REGIONS, today }),
    );

    return { body };
  },
  catalogHttpOptions,
);
