import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';

import { SEED_CATALOG } from '@eruz/catalog-seed';
import { writeCatalog } from '@eruz/data';
import type { Catalog } from '@eruz/domain';

/**
 * Points every DynamoDB document client at an in-memory copy of a catalog: the items are
 * produced by the real `writeCatalog` and served back to the real `readCatalog` query.
 */
export async function mockCatalogTable(catalog: Catalog = SEED_CATALOG) {
  const mock = mockClient(DynamoDBDocumentClient);
  const items: Record<string, unknown>[] = [];
  mock.on(BatchWriteCommand).callsFake((input: BatchWriteCommand['input']) => {
    for (const request of Object.values(input.RequestItems ?? {}).flat()) {
      if (request.PutRequest?.Item) items.push(request.PutRequest.Item);
    }

    return { UnprocessedItems: {} };
  });
  await writeCatalog(
    DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' })),
    'Catalog',
    catalog,
  );
  mock.on(QueryCommand).resolves({ Items: items });

  return mock;
}

/** The environment a catalog function of a deployment serving every seeded region has. */
export const CATALOG_ENV = {
  DEPLOYMENT: 'test',
  SERVED_REGIONS: SEED_CATALOG.regions.map((region) => region.code).join(','),
  LANGUAGES: 'ru,en,tt,ba',
  CATALOG_TABLE: 'Catalog',
  AWS_REGION: 'eu-central-1',
} as const;
