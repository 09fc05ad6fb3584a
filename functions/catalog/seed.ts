import * as z from 'zod';

import { SEED_CATALOG } from '@eruz/catalog-seed';
import { dynamoDocumentClient, writeCatalog } from '@eruz/data';
import { logger, readEnv } from '@eruz/http';

const SeedEnv = z.object({ CATALOG_TABLE: z.string().min(1) });

/** The part of a CloudFormation custom resource event the seeding reads. */
interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
}

/**
 * Custom resource (through the CDK provider framework) that writes the seed catalog into
 * the deployment's catalog table on create and update. Delete keeps the data: the table
 * has its own retention.
 */
export async function handler(event: CustomResourceEvent) {
  const physicalResourceId = event.PhysicalResourceId ?? 'catalog-seed';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: physicalResourceId };
  const env = readEnv(SeedEnv);
  const written = await writeCatalog(dynamoDocumentClient(), env.CATALOG_TABLE, SEED_CATALOG);
  logger.info('catalog seeded', { items: written });

  return { PhysicalResourceId: physicalResourceId, Data: { items: written } };
}
