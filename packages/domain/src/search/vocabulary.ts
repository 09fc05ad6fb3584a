import { boundedDamerauLevenshtein } from './distance.ts';
import { latinToCyrillic } from './normalize.ts';
import { stemToken } from './stemmer.ts';

/** A vocabulary term a query word may stand for, and how much that reading is trusted. */
export interface Candidate {
  term: string;
  /** 1 for the word itself, less for a prefix, a typo or a transliteration. */
  weight: number;
}

/** The terms of an index, looked up the forgiving ways a query needs. */
export interface Vocabulary {
  /** Terms the query word may stand for, best first; empty when nothing is close. */
  candidates(stem: string, word: string): Candidate[];
}

/** Words longer than this are not compared letter by letter. */
const MAX_FUZZY_WORD_LENGTH = 32;
const MAX_CANDIDATES = 24;
const CACHE_SIZE = 4096;
/** Weight of a reading through transliteration, on top of the reading's own weight. */
const TRANSLITERATION_WEIGHT = 0.9;

/** How many edits a typed word may be away from a known one: longer words allow more. */
export function allowedTypos(word: string): number {
  if (word.length > MAX_FUZZY_WORD_LENGTH) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;

  return 0;
}

/** First index in the sorted list whose entry is not less than `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < key) low = middle + 1;
    else high = middle;
  }

  return low;
}

/**
 * Indexes the terms for prefix and typo lookups: sorted for prefix ranges, bucketed by
 * length so that a typo search only compares words of a possible length.
 */
export function createVocabulary(terms: Iterable<string>): Vocabulary {
  const known = new Set(terms);
  const sorted = [...known].sort();
  const byLength = new Map<number, string[]>();
  for (const term of sorted) {
    const bucket = byLength.get(term.length);
    if (bucket) bucket.push(term);
    else byLength.set(term.length, [term]);
  }
  const cache = new Map<string, Candidate[]>();

  function lookUp(stem: string, word: string, transliterate: boolean): Candidate[] {
    const weights = new Map<string, number>();
    const offer = (term: string, weight: number) => {
      if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
    };
    const exact = known.has(stem);
    if (exact) offer(stem, 1);

    // Longer terms starting with the word: "загран" → "загранпаспорт", "получ" → "получен".
    // The closer in length, the likelier the same word; a known word leans on itself.
    if (stem.length >= 4) {
      for (let i = lowerBound(sorted, stem); i < sorted.length; i += 1) {
        const term = sorted[i] as string;
        if (!term.startsWith(stem)) break;
        if (term !== stem) {
          offer(term, (0.45 + (0.4 * stem.length) / term.length) * (exact ? 0.7 : 1));
        }
      }
    }
    // Shorter terms the word starts with: "получен" (получение) → "получ" (получить).
    for (let cut = 1; cut <= 2 && stem.length - cut >= 3; cut += 1) {
      const term = stem.slice(0, stem.length - cut);
      if (known.has(term)) offer(term, exact ? 0.5 : 0.75);
    }
    // Typos, only for words the index does not know: "пасспорт" → "паспорт".
    // The budget follows both the typed word and its stem, so a long verb with a short stem
    // ("жениться" → "жен") does not match every three-letter abbreviation.
    const maxTypos = exact ? 0 : Math.min(allowedTypos(word), allowedTypos(stem));
    for (let length = stem.length - maxTypos; length <= stem.length + maxTypos; length += 1) {
      for (const term of byLength.get(length) ?? []) {
        const distance = boundedDamerauLevenshtein(stem, term, maxTypos);
        if (distance > 0 && distance <= maxTypos) offer(term, distance === 1 ? 0.7 : 0.5);
      }
    }
    // Russian typed in Latin letters: "prava" → "права".
    const cyrillic = !exact && transliterate ? latinToCyrillic(word) : undefined;
    if (cyrillic !== undefined) {
      for (const c of lookUp(stemToken(cyrillic), cyrillic, false)) {
        offer(c.term, c.weight * TRANSLITERATION_WEIGHT);
      }
    }

    return [...weights]
      .map(([term, weight]) => ({ term, weight }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_CANDIDATES);
  }

  return {
    candidates(stem, word) {
      const key = `${stem} ${word}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const found = lookUp(stem, word, true);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(key, found);

      return found;
    },
  };
}
