import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import * as z from 'zod';

import { dynamoDocumentClient, writeCatalog } from '@eruz/data';
import { Catalog } from '@eruz/domain';
import { logger, readEnv } from '@eruz/http';

const SeedEnv = z.object({
  CATALOG_TABLE: z.string().min(1),
  /** The seed data; the stack places it beside the bundle. */
  CATALOG_SEED_FILE: z
    .string()
    .min(1)
    .default(() => fileURLToPath(new URL('./catalog.json', import.meta.url))),
});

/** The part of a CloudFormation custom resource event the seeding reads. */
interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
}

/**
 * Custom resource (through the CDK provider framework) that writes the seed catalog into
 * the deployment's catalog table on create and update. The catalog comes as a JSON file
 * beside the code, read only when there is something to write. Delete keeps the data: the
 * table has its own retention.
 */
export async function handler(event: CustomResourceEvent) {
  const physicalResourceId = event.PhysicalResourceId ?? 'catalog-seed';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: physicalResourceId };
  const env = readEnv(SeedEnv);
  const catalog = Catalog.parse(JSON.parse(await readFile(env.CATALOG_SEED_FILE, 'utf8')));
  const written = await writeCatalog(dynamoDocumentClient(), env.CATALOG_TABLE, catalog);
  logger.info('catalog seeded', { items: written });

  return { PhysicalResourceId: physicalResourceId, Data: { items: written } };
}
