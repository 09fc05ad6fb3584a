import type { APIGatewayProxyResult } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { SEED_CATALOG } from '@eruz/catalog-seed';
import { Problem, ServiceListPage } from '@eruz/api';
import { ServiceView } from '@eruz/domain';

import { CATALOG_ENV, mockCatalogTable } from '../../helpers/catalog-mock.ts';
import { apiEvent, lambdaContext } from '../../helpers/events.ts';

type Handler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResult>;
let listServices: Handler;
let getService: Handler;
let listCategories: Handler;
let getRegion: Handler;

beforeAll(async () => {
  for (const [name, value] of Object.entries(CATALOG_ENV)) vi.stubEnv(name, value);
  await mockCatalogTable();
  listServices = (await import('../../../functions/catalog/list-services.ts')).handler;
  getService = (await import('../../../functions/catalog/get-service.ts')).handler;
  listCategories = (await import('../../../functions/catalog/list-categories.ts')).handler;
  getRegion = (await import('../../../functions/catalog/get-region.ts')).handler;
});

const services = (query: Record<string, string>, headers: Record<string, string> = {}) =>
  listServices(
    apiEvent({ resource: '/v1/services', path: '/v1/services', query, headers }),
    lambdaContext(),
  );

const service = (id: string, query: Record<string, string> = {}) =>
  getService(
    apiEvent({
      resource: '/v1/services/{id}',
      path: `/v1/services/${id}`,
      pathParameters: { id },
      query,
    }),
    lambdaContext(),
  );

describe('catalog handlers', () => {
  it('lists the six categories with service counts, in English on request', async () => {
    const response = await listCategories(
      apiEvent({ resource: '/v1/categories', path: '/v1/categories', query: { lang: 'en' } }),
      lambdaContext(),
    );

    const body = JSON.parse(response.body) as {
      items: { id: string; title: string; serviceCount: number }[];
    };
    expect(body.items).toHaveLength(6);
    expect(body.items.every((c) => c.serviceCount > 0)).toBe(true);
    expect(body.items.every((c) => /^[\x20-\x7e]+$/.test(c.title))).toBe(true);
  });

  it('walks every service exactly once through cursor pages', async () => {
    const seen: string[] = [];
    let next: string | undefined;
    do {
      const response = await services({ limit: '7', ...(next ? { cursor: next } : {}) });
      const page = ServiceListPage.parse(JSON.parse(response.body));
      seen.push(...page.items.map((item) => item.id));
      next = page.next;
    } while (next);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(SEED_CATALOG.services.length);
  });

  it('hides services a federal subject does not offer', async () => {
    const regionalOnly = SEED_CATALOG.services.find(
      (s) => !s.availableByDefault && Object.values(s.regional).some((v) => v.available),
    );
    expect(regionalOnly).toBeDefined();
    const [home] = Object.entries(regionalOnly!.regional).find(([, v]) => v.available)!;
    const elsewhere = SEED_CATALOG.regions.find(
      (r) => !(regionalOnly!.regional[r.code]?.available ?? false),
    )!.code;

    const ids = async (region: string) =>
      ServiceListPage.parse(JSON.parse((await services({ region, limit: '100' })).body)).items.map(
        (item) => item.id,
      );

    expect(await ids(home)).toContain(regionalOnly!.id);
    expect(await ids(elsewhere)).not.toContain(regionalOnly!.id);
    expect((await service(regionalOnly!.id, { region: elsewhere })).statusCode).toBe(404);
  });

  it('merges the regional fee and extra fields into a service', async () => {
    const withVariant = SEED_CATALOG.services.find((s) =>
      Object.values(s.regional).some((v) => v.fee && v.extraFields?.length),
    );
    expect(withVariant).toBeDefined();
    const [code, variant] = Object.entries(withVariant!.regional).find(
      ([, v]) => v.fee && v.extraFields?.length,
    )!;

    const view = ServiceView.parse(
      JSON.parse((await service(withVariant!.id, { region: code })).body),
    );

    expect(view.fee?.amountKopecks).toBe(variant.fee!.amountKopecks);
    expect(view.fee?.sample).toBe(true);
    const regionalNames = view.form.fields.filter((f) => f.regional).map((f) => f.name);
    expect(regionalNames).toEqual(variant.extraFields!.map((f) => f.name));
  });

  it('shows the form version in force and lists the others', async () => {
    const versioned = SEED_CATALOG.services.find((s) => s.formVersions.length > 1)!;

    const view = ServiceView.parse(JSON.parse((await service(versioned.id)).body));

    const today = new Date().toISOString().slice(0, 10);
    const inForce = versioned.formVersions
      .filter((v) => v.effectiveFrom <= today)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .pop();
    expect(view.form.version).toBe(inForce?.version);
    expect(view.formVersions.length).toBe(versioned.formVersions.length);
  });

  it('answers Tatar for a service that has a Tatar title', async () => {
    const translated = SEED_CATALOG.services.find((s) => s.title.tt)!;

    const view = ServiceView.parse(
      JSON.parse((await service(translated.id, { lang: 'tt', region: '16' })).body),
    );

    expect(view.title).toBe(translated.title.tt);
  });

  it.each([
    ['unknown service', () => service('no-such-service'), 404, 'service.not_found'],
    ['unserved region', () => services({ region: '99' }), 404, 'region.not_found'],
    ['malformed region', () => services({ region: 'moscow' }), 400, 'request.invalid'],
    ['over-long query', () => services({ q: 'паспорт '.repeat(40) }), 400, 'request.invalid'],
    ['unknown parameter', () => services({ sort: 'title' }), 400, 'request.invalid'],
    ['bad limit', () => services({ limit: '0' }), 400, 'request.invalid'],
    ['foreign cursor', () => services({ cursor: 'eyJvIjoxLCJmIjoieCJ9' }), 400, 'request.invalid'],
  ])('refuses a %s cleanly', async (_name, call, status, code) => {
    const response = await call();

    expect(response.statusCode).toBe(status);
    expect(Problem.parse(JSON.parse(response.body)).code).toBe(code);
  });

  it('serves a region with its offices directory', async () => {
    const response = await getRegion(
      apiEvent({
        resource: '/v1/regions/{code}',
        path: '/v1/regions/16',
        pathParameters: { code: '16' },
      }),
      lambdaContext(),
    );

    const body = JSON.parse(response.body) as {
      offices: { phone: string; timeZone: string }[];
      languages: string[];
    };
    expect(body.languages).toContain('tt');
    expect(body.offices.length).toBeGreaterThan(0);
    expect(body.offices[0]?.phone).toMatch(/^\+7\d{10}$/);
  });

  it('answers a repeated read with 304 when the ETag matches', async () => {
    const first = await services({ q: 'паспорт' });
    const etag = (first.headers as Record<string, string>).ETag as string;

    const second = await services({ q: 'паспорт' }, { 'If-None-Match': etag });

    expect(second.statusCode).toBe(304);
  });
});
