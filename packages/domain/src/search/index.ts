import type { Service } from '../catalog/model.ts';
import type { Language } from '../i18n/languages.ts';

export interface SearchHit {
  id: string;
  /** Relevance, higher is better; comparable only within one query. */
  score: number;
}

export interface SearchIndex {
  /** Services matching the query, best first. */
  search(query: string, options?: { lang?: Language }): SearchHit[];
}

/** Builds the in-memory search index over the catalog's services. */
export declare function createSearchIndex(services: readonly Service[]): SearchIndex;
