import { routes } from '@eruz/api';
import { categoryView } from '@eruz/domain';
import { httpHandler } from '@eruz/http';

import { catalogContext, catalogHttpOptions } from './context.ts';

export const handler = httpHandler(
  routes.listCategories,
  async ({ lang }) => {
    const { catalog } = await catalogContext().reader.current();

    return { body: { items: catalog.categories.map((c) => categoryView(c, catalog, lang)) } };
  },
  catalogHttpOptions,
);
