import type { APIGatewayProxyResult } from 'aws-lambda';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { CATALOG_ENV, mockCatalogTable } from '../helpers/catalog-mock.ts';
import { apiEvent, lambdaContext } from '../helpers/events.ts';

type Handler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResult>;
let listServices: Handler;
let getService: Handler;

beforeAll(async () => {
  for (const [name, value] of Object.entries(CATALOG_ENV)) vi.stubEnv(name, value);
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'ERROR');
  await mockCatalogTable();
  listServices = (await import('../../functions/catalog/list-services.ts')).handler;
  getService = (await import('../../functions/catalog/get-service.ts')).handler;
});

const parameterName = fc.oneof(
  fc.constantFrom('q', 'region', 'category', 'lang', 'limit', 'cursor'),
  fc.string({ maxLength: 12 }),
);
const parameterValue = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom('77', '16', '00', '-1', '1e9', 'NaN', 'паспорт', 'штраф гибдд', '%00'),
);

describe('random input never breaks the catalog', () => {
  it('answers any query string with 200, 400 or 404 and a JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(parameterName, parameterValue, { maxKeys: 5 }),
        async (query) => {
          const response = await listServices(
            apiEvent({ resource: '/v1/services', path: '/v1/services', query }),
            lambdaContext(),
          );

          expect([200, 400, 404]).toContain(response.statusCode);
          expect(() => JSON.parse(response.body)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers any service id with 200, 400 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), parameterValue, async (id, region) => {
        const response = await getService(
          apiEvent({
            resource: '/v1/services/{id}',
            path: `/v1/services/${encodeURIComponent(id)}`,
            pathParameters: { id },
            query: { region },
            headers: { 'Accept-Language': region },
          }),
          lambdaContext(),
        );

        expect([200, 400, 404]).toContain(response.statusCode);
      }),
      { numRuns: 300 },
    );
  });
});
