import { createHash } from 'node:crypto';

import {
  BatchWriteCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { Catalog, Category, Region, Service } from '@eruz/domain';

const PARTITION = 'CATALOG';
const BATCH_SIZE = 25;

/** The catalog as read from the table, with a revision that changes with its content. */
export interface CatalogSnapshot {
  catalog: Catalog;
  /** Digest of the stored items; the basis of public ETags. */
  revision: string;
}

type CatalogItem =
  | { pk: string; sk: `CATEGORY#${string}`; kind: 'category'; body: Category }
  | { pk: string; sk: `SERVICE#${string}`; kind: 'service'; body: Service }
  | { pk: string; sk: `REGION#${string}`; kind: 'region'; body: Region };

function toItems(catalog: Catalog): CatalogItem[] {
  return [
    ...catalog.categories.map((body): CatalogItem => ({
      pk: PARTITION,
      sk: `CATEGORY#${body.id}`,
      kind: 'category',
      body,
    })),
    ...catalog.services.map((body): CatalogItem => ({
      pk: PARTITION,
      sk: `SERVICE#${body.id}`,
      kind: 'service',
      body,
    })),
    ...catalog.regions.map((body): CatalogItem => ({
      pk: PARTITION,
      sk: `REGION#${body.code}`,
      kind: 'region',
      body,
    })),
  ];
}

/**
 * Writes the catalog into the table in batches of 25, retrying what DynamoDB leaves
 * unprocessed. Items not in the given catalog are left alone.
 */
export async function writeCatalog(
  client: DynamoDBDocumentClient,
  tableName: string,
  catalog: Catalog,
): Promise<number> {
  const items = toItems(Catalog.parse(catalog));
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    let requests = items.slice(start, start + BATCH_SIZE).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 8) throw new Error(`catalog batch write left ${requests.length} items`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const result = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }

  return items.length;
}

/** Reads the whole catalog partition (a Query, paginated), validating every item. */
export async function readCatalog(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<CatalogSnapshot> {
  const catalog: Catalog = { categories: [], services: [], regions: [] };
  const digest = createHash('sha256');
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': PARTITION },
        ExclusiveStartKey: exclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      digest.update(JSON.stringify(item));
      if (item.kind === 'category') catalog.categories.push(Category.parse(item.body));
      else if (item.kind === 'service') catalog.services.push(Service.parse(item.body));
      else if (item.kind === 'region') catalog.regions.push(Region.parse(item.body));
    }
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  catalog.categories.sort((a, b) => a.order - b.order);

  return { catalog, revision: digest.digest('base64url').slice(0, 22) };
}
