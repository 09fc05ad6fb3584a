import * as z from 'zod';

import { createCatalogReader, dynamoDocumentClient, type CatalogReader } from '@eruz/data';
import { DeploymentEnv, readEnv, type HttpHandlerOptions } from '@eruz/http';

const CatalogEnv = DeploymentEnv.extend({ CATALOG_TABLE: z.string().min(1) });

/**
 * What every catalog handler shares, built once per cold start (at import, so a missing
 * variable fails the init phase loudly): the environment and the cached catalog reader.
 */
const env = readEnv(CatalogEnv);
const reader: CatalogReader = createCatalogReader({
  client: dynamoDocumentClient(),
  tableName: env.CATALOG_TABLE,
});

export const catalogContext = { env, reader };

/** Handler options drawn from the deployment: its languages and CORS origins. */
export const catalogHttpOptions: HttpHandlerOptions = {
  languages: () => env.LANGUAGES,
  allowedOrigins: () => env.ALLOWED_ORIGINS.split(','),
};

/** Today's date in Moscow, the calendar by which form versions take effect. */
export function todayInMoscow(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Moscow' });
}
