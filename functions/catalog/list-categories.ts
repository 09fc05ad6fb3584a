import { routes } from '@eruz/api';
import { categoryView } from '@eruz/domain';
import { httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.listCategories,
  async ({ lang }) => {
    const { catalog, memo } = await catalogContext.reader.current();
    const body = memo.get(`categories|${lang}`, () => ({
      items: catalog.categories.map((category) => categoryView(category, catalog, lang)),
    }));

    return { body };
  },
  catalogHttpOptions,
);
