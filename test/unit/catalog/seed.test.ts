import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SEED_CATALOG } from '@eruz/catalog-seed';

import { handler } from '../../../functions/catalog/seed.ts';

const seedFile = () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'seed-test-')), 'catalog.json');
  writeFileSync(file, JSON.stringify(SEED_CATALOG));

  return file;
};

describe('the catalog seed custom resource', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes every category, service and region of the seed file on create', async () => {
    const dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.on(BatchWriteCommand).resolves({ UnprocessedItems: {} });
    vi.stubEnv('CATALOG_TABLE', 'Catalog');
    vi.stubEnv('CATALOG_SEED_FILE', seedFile());

    const result = await handler({ RequestType: 'Create' });

    const expected =
      SEED_CATALOG.categories.length + SEED_CATALOG.services.length + SEED_CATALOG.regions.length;
    expect(result).toEqual({ PhysicalResourceId: 'catalog-seed', Data: { items: expected } });
    const written = dynamo
      .commandCalls(BatchWriteCommand)
      .flatMap((call) => call.args[0].input.RequestItems?.Catalog ?? []);
    expect(written).toHaveLength(expected);
  });

  it('refuses a seed file that is not a valid catalog, before writing anything', async () => {
    const dynamo = mockClient(DynamoDBDocumentClient);
    const file = seedFile();
    writeFileSync(file, JSON.stringify({ ...SEED_CATALOG, services: [{ id: 'Bad Id' }] }));
    vi.stubEnv('CATALOG_TABLE', 'Catalog');
    vi.stubEnv('CATALOG_SEED_FILE', file);

    await expect(handler({ RequestType: 'Update', PhysicalResourceId: 'x' })).rejects.toThrow();
    expect(dynamo.commandCalls(BatchWriteCommand)).toHaveLength(0);
  });

  it('keeps the data when the resource is deleted', async () => {
    const dynamo = mockClient(DynamoDBDocumentClient);

    const result = await handler({ RequestType: 'Delete', PhysicalResourceId: 'catalog-seed' });

    expect(result).toEqual({ PhysicalResourceId: 'catalog-seed' });
    expect(dynamo.calls()).toHaveLength(0);
  });
});
