import type { Language } from '../i18n/languages.ts';
import type { SearchIndex } from '../search/index.ts';
import type { Catalog, CategoryId, Service } from './model.ts';
import { isAvailableIn } from './views.ts';

export interface ServiceFilter {
  region?: string | undefined;
  category?: CategoryId | undefined;
  q?: string | undefined;
  lang: Language;
  /** Subjects the deployment serves; services available in none of them are hidden. */
  served: readonly string[];
}

export interface ListedService {
  service: Service;
  /** Search relevance, present when the filter has a query. */
  score?: number;
}

/**
 * Services matching a filter: by query relevance when there is a query, otherwise by
 * category order and title.
 */
export function findServices(
  catalog: Catalog,
  index: SearchIndex,
  filter: ServiceFilter,
): ListedService[] {
  const visible = (service: Service) =>
    (filter.category === undefined || service.categoryId === filter.category) &&
    (filter.region !== undefined
      ? isAvailableIn(service, filter.region)
      : filter.served.some((code) => isAvailableIn(service, code)));
  const byId = new Map(catalog.services.map((service) => [service.id, service]));

  if (filter.q !== undefined) {
    const listed: ListedService[] = [];
    const include = (id: string) => {
      const service = byId.get(id);

      return service !== undefined && visible(service);
    };
    for (const hit of index.search(filter.q, { lang: filter.lang, include })) {
      const service = byId.get(hit.id);
      if (service) {
        listed.push({ service, score: Math.round(hit.score * 1000) / 1000 });
      }
    }

    return listed;
  }

  const order = new Map(catalog.categories.map((category) => [category.id, category.order]));
  const collator = new Intl.Collator('ru');

  return catalog.services
    .filter(visible)
    .sort(
      (a, b) =>
        (order.get(a.categoryId) ?? 99) - (order.get(b.categoryId) ?? 99) ||
        collator.compare(a.title.ru, b.title.ru),
    )
    .map((service) => ({ service }));
}
