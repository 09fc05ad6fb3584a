import type { Service } from '../catalog/model.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { boundedDamerauLevenshtein } from './distance.ts';
import { isStopWord, latinToCyrillic, tokenize } from './normalize.ts';
import { stemToken } from './stemmer.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

export { boundedDamerauLevenshtein } from './distance.ts';
export { isStopWord, latinToCyrillic, normalizeText, tokenize } from './normalize.ts';
export { stemEnglish, stemRussian, stemToken } from './stemmer.ts';
export { SYNONYM_GROUPS } from './synonyms.ts';

export interface SearchHit {
  id: string;
  /** Relevance, higher is better; comparable only within one query. */
  score: number;
}

export interface SearchIndex {
  /** Services matching the query, best first. */
  search(query: string, options?: { lang?: Language }): SearchHit[];
}

/** A searchable part of a service: its weight and how much its length dampens a match. */
interface FieldSpec {
  weight: number;
  /** BM25 length normalisation: 0 ignores the length, 1 divides by it fully. */
  b: number;
  texts(service: Service, lang: Language): string[];
}

const FIELDS: readonly FieldSpec[] = [
  { weight: 4, b: 0.5, texts: (s, lang) => optional(s.title[lang]) },
  // Keywords are everyday Russian words, so they count as Russian text.
  { weight: 3, b: 0.3, texts: (s, lang) => (lang === 'ru' ? s.keywords : []) },
  { weight: 1.5, b: 0.75, texts: (s, lang) => optional(s.summary[lang]) },
  { weight: 1, b: 0.75, texts: (s, lang) => optional(s.description[lang]) },
  { weight: 0.8, b: 0.3, texts: (s, lang) => optional(s.authority.name[lang]) },
  {
    weight: 0.3,
    b: 0.75,
    texts: (s, lang) => s.requiredDocuments.flatMap((d) => optional(d.title[lang])),
  },
];

/** BM25 saturation: how fast repeated occurrences stop adding to the score. */
const K1 = 1.2;
/** Weight of texts in a language other than Russian and the one asked for. */
const OTHER_LANGUAGE_WEIGHT = 0.35;
/** Weight of a synonym's match relative to the word typed. */
const SYNONYM_WEIGHT = 0.8;
/** Hits scoring below this share of the best hit are dropped as noise. */
const RELATIVE_CUTOFF = 0.1;
/** Longer queries are cut: a service search is a few words, not a paragraph. */
const MAX_QUERY_WORDS = 12;
/** Words longer than this are not compared letter by letter. */
const MAX_FUZZY_WORD_LENGTH = 32;
const MAX_CANDIDATES = 24;
const CANDIDATE_CACHE_SIZE = 4096;

function optional(text: string | undefined): string[] {
  return text === undefined ? [] : [text];
}

/** One indexed term's occurrences in one service, weighted per language of the text. */
interface Posting {
  service: number;
  /** Field-weighted, length-normalised term frequency per language, in LANGUAGES order. */
  byLanguage: Float64Array;
}

/** A vocabulary term a query word may stand for, and how much we trust that reading. */
interface Candidate {
  term: string;
  weight: number;
}

/** A word or phrase the query is looked up by, with the words it was made of. */
interface Phrase {
  stems: string[];
  words: string[];
  weight: number;
}

function analyze(text: string): { words: string[]; stems: string[] } {
  const words = tokenize(text).filter((w) => !isStopWord(w));

  return { words, stems: words.map(stemToken) };
}

/** How many edits a typed word may be away from a known one: longer words allow more. */
function allowedTypos(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;

  return 0;
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }

    return i;
  }

  return -1;
}

const PREPARED_SYNONYMS: readonly (readonly Phrase[])[] = SYNONYM_GROUPS.map((group) =>
  group.map((member) => ({ ...analyze(member), weight: SYNONYM_WEIGHT })),
);

/**
 * Builds the in-memory search index over the catalog's services.
 *
 * Every service's title, keywords, summary, description, authority and required documents
 * are tokenised, stemmed and weighted per field and language (BM25F). A query is read the
 * same way; each of its words is also matched by prefix, by spelling within one or two
 * typos, by transliteration from Latin letters and through the synonym table, each with a
 * lower weight than an exact match. Services that match every word of the query get a bonus.
 *
 * @example
 * const index = createSearchIndex(catalog.services);
 * index.search('штраф гибдд'); // [{ id: 'traffic-fine-payment', score: 12.3 }, ...]
 */
export function createSearchIndex(services: readonly Service[]): SearchIndex {
  const count = services.length;
  const ids = services.map((s) => s.id);

  // Tokenise every field of every service once; lengths feed the BM25 normalisation.
  const fieldStems = services.map((service) =>
    LANGUAGES.map((lang) =>
      FIELDS.map((field) => field.texts(service, lang).flatMap((text) => analyze(text).stems)),
    ),
  );
  const averageLength = LANGUAGES.map((_, l) =>
    FIELDS.map((_field, f) => {
      const lengths = fieldStems
        .map((byLang) => byLang[l]?.[f]?.length ?? 0)
        .filter((n) => n > 0);

      return lengths.length === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
    }),
  );

  const postingsByTerm = new Map<string, Map<number, Float64Array>>();
  fieldStems.forEach((byLang, service) => {
    byLang.forEach((byField, l) => {
      byField.forEach((stems, f) => {
        const field = FIELDS[f] as FieldSpec;
        const norm = 1 - field.b + (field.b * stems.length) / (averageLength[l]?.[f] ?? 1);
        for (const stem of stems) {
          let perService = postingsByTerm.get(stem);
          if (!perService) {
            perService = new Map();
            postingsByTerm.set(stem, perService);
          }
          let weights = perService.get(service);
          if (!weights) {
            weights = new Float64Array(LANGUAGES.length);
            perService.set(service, weights);
          }
          weights[l] = (weights[l] as number) + field.weight / norm;
        }
      });
    });
  });

  const postings = new Map<string, { idf: number; list: Posting[] }>();
  for (const [term, perService] of postingsByTerm) {
    const df = perService.size;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const list = [...perService].map(([service, byLanguage]) => ({ service, byLanguage }));
    postings.set(term, { idf, list });
  }
  const vocabulary = [...postings.keys()];
  const candidateCache = new Map<string, Candidate[]>();

  /** Vocabulary terms a query word may stand for, best reading first. */
  function candidatesOf(stem: string, word: string, transliterate = true): Candidate[] {
    const key = `${stem}\u0000${word}\u0000${transliterate}`;
    const cached = candidateCache.get(key);
    if (cached) return cached;

    const weights = new Map<string, number>();
    const offer = (term: string, weight: number) => {
      if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
    };
    const exact = postings.has(stem);
    if (exact) offer(stem, 1);
    const maxTypos = word.length <= MAX_FUZZY_WORD_LENGTH ? allowedTypos(word) : 0;
    for (const term of vocabulary) {
      if (term === stem) continue;
      if (stem.length >= 4 && term.startsWith(stem)) {
        // "загран" → "загранпаспорт": the closer in length, the likelier the same word.
        offer(term, (0.45 + (0.4 * stem.length) / term.length) * (exact ? 0.7 : 1));
      } else if (term.length >= 3 && stem.startsWith(term) && stem.length - term.length <= 2) {
        // "получен" (получение) → "получ" (получить): same root, other part of speech.
        offer(term, exact ? 0.5 : 0.75);
      } else if (!exact && maxTypos > 0 && stem.length >= 3) {
        const distance = boundedDamerauLevenshtein(stem, term, maxTypos);
        if (distance <= maxTypos) offer(term, distance === 1 ? 0.7 : 0.5);
      }
    }
    if (!exact && transliterate) {
      const cyrillic = latinToCyrillic(word);
      if (cyrillic !== undefined) {
        for (const c of candidatesOf(stemToken(cyrillic), cyrillic, false)) {
          offer(c.term, c.weight * 0.9);
        }
      }
    }
    const candidates = [...weights]
      .map(([term, weight]) => ({ term, weight }))
      .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
      .slice(0, MAX_CANDIDATES);
    if (candidateCache.size >= CANDIDATE_CACHE_SIZE) candidateCache.clear();
    candidateCache.set(key, candidates);

    return candidates;
  }

  function search(query: string, options?: { lang?: Language }): SearchHit[] {
    const { words, stems } = analyze(query.slice(0, 1000));
    if (words.length === 0 || count === 0) return [];
    const unitWords = words.slice(0, MAX_QUERY_WORDS);
    const unitStems = stems.slice(0, MAX_QUERY_WORDS);

    const lang = options?.lang ?? 'ru';
    const languageWeights = LANGUAGES.map((l) =>
      l === 'ru' || l === lang ? 1 : OTHER_LANGUAGE_WEIGHT,
    );

    // Each query word is a unit; synonyms of a word or phrase join the unit it starts at.
    const units: Phrase[][] = unitStems.map((stem, i) => [
      { stems: [stem], words: [unitWords[i] as string], weight: 1 },
    ]);
    for (const group of PREPARED_SYNONYMS) {
      const at = group
        .map((member) => indexOfSequence(unitStems, member.stems))
        .find((i) => i >= 0);
      if (at === undefined) continue;
      const unit = units[at] as Phrase[];
      for (const member of group) {
        if (!unit.some((p) => p.stems.join(' ') === member.stems.join(' '))) unit.push(member);
      }
    }

    const termScores = new Map<string, Float64Array>();
    const bm25 = (term: string): Float64Array => {
      const cached = termScores.get(term);
      if (cached) return cached;
      const scores = new Float64Array(count);
      const entry = postings.get(term);
      for (const posting of entry?.list ?? []) {
        let tf = 0;
        languageWeights.forEach((w, l) => (tf += w * (posting.byLanguage[l] as number)));
        scores[posting.service] = ((entry?.idf ?? 0) * tf * (K1 + 1)) / (tf + K1);
      }
      termScores.set(term, scores);

      return scores;
    };
    const wordScores = (stem: string, word: string): Float64Array => {
      const scores = new Float64Array(count);
      for (const candidate of candidatesOf(stem, word)) {
        const termScore = bm25(candidate.term);
        for (let s = 0; s < count; s += 1) {
          scores[s] = Math.max(scores[s] as number, candidate.weight * (termScore[s] as number));
        }
      }

      return scores;
    };

    const total = new Float64Array(count);
    const matched = new Float64Array(count);
    for (const unit of units) {
      const best = new Float64Array(count);
      for (const phrase of unit) {
        // A phrase scores the mean of its words, scaled by the share of its words found.
        const sum = new Float64Array(count);
        const found = new Float64Array(count);
        phrase.stems.forEach((stem, i) => {
          const scores = wordScores(stem, phrase.words[i] as string);
          scores.forEach((v, s) => {
            sum[s] = (sum[s] as number) + v;
            if (v > 0) found[s] = (found[s] as number) + 1;
          });
        });
        const n = phrase.stems.length;
        for (let s = 0; s < count; s += 1) {
          const score = (phrase.weight * (sum[s] as number) * (found[s] as number)) / (n * n);
          best[s] = Math.max(best[s] as number, score);
        }
      }
      best.forEach((v, s) => {
        total[s] = (total[s] as number) + v;
        if (v > 0) matched[s] = (matched[s] as number) + 1;
      });
    }

    const hits: SearchHit[] = [];
    for (let s = 0; s < count; s += 1) {
      const coverage = (matched[s] as number) / units.length;
      const allMatched = coverage === 1 && units.length > 1 ? 1.25 : 1;
      const score = (total[s] as number) * (0.4 + 0.6 * coverage) * allMatched;
      if (score > 0 && Number.isFinite(score)) hits.push({ id: ids[s] as string, score });
    }
    hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const top = hits[0]?.score ?? 0;

    return hits.filter((hit) => hit.score >= top * RELATIVE_CUTOFF);
  }

  return { search };
}
