import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';

import { createCatalogReader, Memo } from '@eruz/data';

import { mockCatalogTable } from '../../helpers/catalog-mock.ts';

describe('the memo of answers', () => {
  it('keeps the most recently used and computes each kept key once', () => {
    const memo = new Memo<number>(2);
    let computed = 0;
    const get = (key: string) => memo.get(key, () => ++computed);

    expect([get('a'), get('b'), get('a'), get('c')]).toEqual([1, 2, 1, 3]);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
    expect(memo.size).toBe(2);
  });
});

describe('the catalog reader', () => {
  it('reads the table once per TTL and shares one read among concurrent callers', async () => {
    const mock = await mockCatalogTable();
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    let now = 0;
    const reader = createCatalogReader({
      client,
      tableName: 'Catalog',
      ttlMs: 1000,
      now: () => now,
    });

    const [first, second] = await Promise.all([reader.current(), reader.current()]);
    expect(first).toBe(second);
    expect(mock.commandCalls(QueryCommand)).toHaveLength(1);

    now = 500;
    await reader.current();
    expect(mock.commandCalls(QueryCommand)).toHaveLength(1);

    now = 1500;
    const third = await reader.current();
    expect(mock.commandCalls(QueryCommand)).toHaveLength(2);
    expect(third).toBe(first);
    expect(third.catalog.services.length).toBeGreaterThan(40);
  });
});
