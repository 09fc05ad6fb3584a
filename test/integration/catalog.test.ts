import { describe, expect, inject, it } from 'vitest';

import { Problem, ROUTE_LIST, routes } from '@eruz/api';
import { CATEGORY_IDS } from '@eruz/domain';

import './helpers.ts';

const api = (path: string, init?: RequestInit) => fetch(new URL(path, inject('apiUrl')), init);

async function json<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await api(path, { headers });
  expect(response.status).toBe(200);

  return (await response.json()) as T;
}

describe('the catalog through the local runtime', () => {
  it('lists the six categories, each response matching its route schema', async () => {
    const body = await json<unknown>('/v1/categories');

    const parsed = routes.listCategories.responses[200].schema.parse(body);
    expect(parsed.items.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('finds services from everyday words', async () => {
    const cases: [string, RegExp][] = [
      ['получить паспорт', /passport/],
      ['штраф гибдд', /fine/],
      ['замена прав', /driv/],
    ];
    for (const [q, expected] of cases) {
      const body = routes.listServices.responses[200].schema.parse(
        await json(`/v1/services?q=${encodeURIComponent(q)}&limit=3`),
      );
      expect(body.items.map((item) => item.id).join(' ')).toMatch(expected);
    }
  });

  it('resolves a service for a region and validates against the schema', async () => {
    const list = routes.listServices.responses[200].schema.parse(
      await json('/v1/services?region=16&limit=1'),
    );
    const id = list.items[0]?.id as string;

    const view = routes.getService.responses[200].schema.parse(
      await json(`/v1/services/${id}?region=16`, { 'Accept-Language': 'en' }),
    );

    expect(view.region).toBe('16');
    expect(view.availableIn).toContain('16');
  });

  it('serves regions with their offices', async () => {
    const list = routes.listRegions.responses[200].schema.parse(await json('/v1/regions'));
    expect(list.items.length).toBeGreaterThanOrEqual(6);

    const moscow = routes.getRegion.responses[200].schema.parse(await json('/v1/regions/77'));
    expect(moscow.offices.length).toBeGreaterThan(0);
    expect(moscow.timeZone).toBe('Europe/Moscow');
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await api('/v1/services?q=%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82');
    const etag = first.headers.get('etag') as string;
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);

    const second = await api('/v1/services?q=%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82', {
      headers: { 'If-None-Match': etag },
    });

    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
  });

  it('answers bad input with localized problem+json', async () => {
    const russian = await api('/v1/services?region=moscow&limit=1000');
    expect(russian.status).toBe(400);
    expect(russian.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(await russian.json());
    expect(problem.errors?.map((e) => e.field)).toEqual(['query.region', 'query.limit']);

    const english = await api('/v1/services/no-such-thing', {
      headers: { 'Accept-Language': 'en' },
    });
    expect(english.status).toBe(404);
    expect(Problem.parse(await english.json()).title).toBe('Service "no-such-thing" was not found');
  });

  it('publishes an OpenAPI 3.1 document with every deployed route', async () => {
    const document = await json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>('/openapi.json');

    expect(document.openapi).toBe('3.1.0');
    for (const route of ROUTE_LIST.filter((r) => !r.localOnly)) {
      expect(document.paths[route.path]?.[route.method.toLowerCase()]).toBeDefined();
    }
  });
});
