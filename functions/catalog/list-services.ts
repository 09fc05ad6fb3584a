import { routes } from '@eruz/api';
import { findServices, InvalidCursorError, paginate, summarizeService } from '@eruz/domain';
import { NotFoundError, ValidationError, httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.listServices,
  async ({ query, lang }) => {
    const { env, reader } = catalogContext;
    if (query.region !== undefined && !env.SERVED_REGIONS.includes(query.region)) {
      throw new NotFoundError('region.not_found', { code: query.region });
    }
    const { catalog, index, memo } = await reader.current();
    const { region, category, q, limit, cursor } = query;

    try {
      const body = memo.get(
        JSON.stringify(['services', lang, region, category, q, limit, cursor]),
        () => {
          const found = findServices(catalog, index, {
            region,
            category,
            q,
            lang,
            served: env.SERVED_REGIONS,
          });
          const page = paginate(found, { limit, cursor, query: { region, category, q, lang } });

          return {
            items: page.items.map(({ service, score }) => ({
              ...summarizeService(service, lang, region),
              ...(score === undefined ? {} : { score }),
            })),
            ...(page.next ? { next: page.next } : {}),
          };
        },
      );

      return { body };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new ValidationError([{ field: 'query.cursor', code: 'cursor.invalid' }], error);
      }
      throw error;
    }
  },
  catalogHttpOptions,
);
