import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

import { createSearchIndex, type Catalog, type SearchIndex, type Service } from '@eruz/domain';

import { readCatalog } from './catalog-store.ts';
import { Memo } from './memo.ts';

/** How many rendered answers one loaded catalog keeps. */
const MEMO_CAPACITY = 2000;

/** The catalog with what is derived from it once per load. */
export interface LoadedCatalog {
  catalog: Catalog;
  revision: string;
  index: SearchIndex;
  services: ReadonlyMap<string, Service>;
  /**
   * Answers computed from this revision, by a key naming the request; a new revision comes
   * with an empty memo, so nothing stale is served.
   */
  memo: Memo<unknown>;
}

export interface CatalogReaderOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** How long a loaded catalog is served before it is read again. @default 60000 */
  ttlMs?: number;
  now?: () => number;
}

export interface CatalogReader {
  /** The catalog, read from the table at most once per TTL; concurrent callers share a read. */
  current(): Promise<LoadedCatalog>;
}

/** A reader that keeps the catalog and its search index in memory for a short while. */
export function createCatalogReader(options: CatalogReaderOptions): CatalogReader {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: { loaded: LoadedCatalog; at: number } | undefined;
  let pending: Promise<LoadedCatalog> | undefined;

  const load = async (): Promise<LoadedCatalog> => {
    const snapshot = await readCatalog(options.client, options.tableName);
    const previous = cached?.loaded;
    const loaded =
      previous && previous.revision === snapshot.revision
        ? previous
        : {
            catalog: snapshot.catalog,
            revision: snapshot.revision,
            index: createSearchIndex(snapshot.catalog.services),
            services: new Map(snapshot.catalog.services.map((s) => [s.id, s])),
            memo: new Memo<unknown>(MEMO_CAPACITY),
          };
    cached = { loaded, at: now() };

    return loaded;
  };

  return {
    current() {
      if (cached && now() - cached.at < ttlMs) return Promise.resolve(cached.loaded);
      pending ??= load().finally(() => {
        pending = undefined;
      });

      return pending;
    },
  };
}
