import type { Service } from '../catalog/model.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { isStopWord, tokenize } from './normalize.ts';
import { stemToken } from './stemmer.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { createVocabulary } from './vocabulary.ts';

export { boundedDamerauLevenshtein } from './distance.ts';
export { isStopWord, latinToCyrillic, normalizeText, tokenize } from './normalize.ts';
export { stemEnglish, stemRussian, stemToken } from './stemmer.ts';
export { SYNONYM_GROUPS } from './synonyms.ts';

export interface SearchHit {
  id: string;
  /** Relevance, higher is better; comparable only within one query. */
  score: number;
}

export interface SearchOptions {
  lang?: Language;
  /**
   * Only services for which this holds are ranked; the relevance cut-off is taken among
   * them, so a filter (a region, a category) does not lose hits to services it hides.
   */
  include?: (id: string) => boolean;
}

export interface SearchIndex {
  /** Services matching the query, best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
}

/** A searchable part of a service and how it counts. */
interface FieldSpec {
  weight: number;
  /** BM25 length normalisation: 0 ignores the length, 1 divides by it fully. */
  b: number;
  /**
   * Whether a term found here makes the term common. Required documents name the passport
   * in most services; that must not make "паспорт" a weak word when searching titles.
   */
  countsForRarity: boolean;
  /** Whether a term counts once however often it repeats (keyword lists repeat words). */
  distinct?: boolean;
  texts(service: Service, lang: Language): string[];
}

const FIELDS: readonly FieldSpec[] = [
  { weight: 4, b: 0.5, countsForRarity: true, texts: (s, lang) => optional(s.title[lang]) },
  // Keywords are everyday Russian words, so they count as Russian text.
  {
    weight: 3,
    b: 0.3,
    countsForRarity: true,
    distinct: true,
    texts: (s, lang) => (lang === 'ru' ? s.keywords : []),
  },
  { weight: 1.5, b: 0.75, countsForRarity: true, texts: (s, lang) => optional(s.summary[lang]) },
  {
    weight: 1,
    b: 0.75,
    countsForRarity: true,
    texts: (s, lang) => optional(s.description[lang]),
  },
  {
    weight: 0.8,
    b: 0.3,
    countsForRarity: false,
    texts: (s, lang) => optional(s.authority.name[lang]),
  },
  {
    weight: 0.3,
    b: 0.75,
    countsForRarity: false,
    texts: (s, lang) => s.requiredDocuments.flatMap((d) => optional(d.title[lang])),
  },
];

/** BM25 saturation: how fast repeated occurrences stop adding to the score. */
const K1 = 1.2;
/** Weight of texts in a language other than Russian and the one asked for. */
const OTHER_LANGUAGE_WEIGHT = 0.35;
/** Weight of a synonym's match relative to the word typed. */
const SYNONYM_WEIGHT = 0.8;
/** Score multiplier for services that match every word of a query of two words or more. */
const ALL_WORDS_BONUS = 1.25;
/** Score multiplier when the query is one of the service's keyword phrases, word for word. */
const KEYWORD_PHRASE_BONUS = 1.4;
/** Hits scoring below this share of the best hit are dropped as noise. */
const RELATIVE_CUTOFF = 0.3;
/** Longer queries are cut: a service search is a few words, not a paragraph. */
const MAX_QUERY_LENGTH = 500;
const MAX_QUERY_WORDS = 12;

function optional(text: string | undefined): string[] {
  return text === undefined ? [] : [text];
}

/** One indexed term's occurrences in one service. */
interface Posting {
  service: number;
  /** Field-weighted, length-normalised term frequency per language, in LANGUAGES order. */
  byLanguage: number[];
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

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }

    return i;
  }

  return -1;
}

let preparedSynonyms: readonly (readonly Phrase[])[] | undefined;

/** The synonym table, analysed once on first use. */
function synonymPhrases(): readonly (readonly Phrase[])[] {
  preparedSynonyms ??= SYNONYM_GROUPS.map((group) =>
    group.map((member) => ({ ...analyze(member), weight: SYNONYM_WEIGHT })),
  );

  return preparedSynonyms;
}

/**
 * The query as units, one per word; each unit lists the phrases that stand for it: the word
 * itself, and the synonyms of any synonym-table entry that starts at that word.
 */
function queryUnits(words: string[], stems: string[]): Phrase[][] {
  const units = stems.map((stem, i) => [{ stems: [stem], words: [words[i] as string], weight: 1 }]);
  for (const group of synonymPhrases()) {
    const at = group.map((member) => indexOfSequence(stems, member.stems)).find((i) => i >= 0);
    if (at === undefined) continue;
    const unit = units[at] as Phrase[];
    for (const member of group) {
      const key = member.stems.join(' ');
      if (!unit.some((phrase) => phrase.stems.join(' ') === key)) unit.push(member);
    }
  }

  return units;
}

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

  // Tokenise every field of every service once; lengths feed the BM25 normalisation. Texts
  // such as document titles and authority names repeat across services.
  const analyzed = new Map<string, string[]>();
  const stemsOf = (text: string): string[] => {
    let stems = analyzed.get(text);
    if (!stems) {
      stems = analyze(text).stems;
      analyzed.set(text, stems);
    }

    return stems;
  };
  const fieldStems = services.map((service) =>
    LANGUAGES.map((lang) =>
      FIELDS.map((field) => {
        const stems: string[] = [];
        for (const text of field.texts(service, lang)) stems.push(...stemsOf(text));

        return stems;
      }),
    ),
  );
  const averageLength = LANGUAGES.map((_, l) =>
    FIELDS.map((_field, f) => {
      let total = 0;
      let present = 0;
      for (const byLanguage of fieldStems) {
        const length = byLanguage[l]?.[f]?.length ?? 0;
        total += length;
        if (length > 0) present += 1;
      }

      return present === 0 ? 1 : total / present;
    }),
  );

  // Per term: its weight in each service and language, and the services where it is rare.
  const occurrences = new Map<string, { weights: Map<number, number[]>; df: Set<number> }>();
  fieldStems.forEach((byLanguage, service) => {
    byLanguage.forEach((byField, l) => {
      byField.forEach((stems, f) => {
        const field = FIELDS[f] as FieldSpec;
        const norm = 1 - field.b + (field.b * stems.length) / (averageLength[l]?.[f] ?? 1);
        for (const stem of field.distinct ? new Set(stems) : stems) {
          let term = occurrences.get(stem);
          if (!term) {
            term = { weights: new Map(), df: new Set() };
            occurrences.set(stem, term);
          }
          let weights = term.weights.get(service);
          if (!weights) {
            weights = LANGUAGES.map(() => 0);
            term.weights.set(service, weights);
          }
          weights[l] = (weights[l] as number) + field.weight / norm;
          if (field.countsForRarity) term.df.add(service);
        }
      });
    });
  });

  const postings = new Map<string, { idf: number; list: Posting[] }>();
  for (const [stem, term] of occurrences) {
    // A term found only in documents or authority names is as common as it is there.
    const df = term.df.size || term.weights.size;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const list = [...term.weights].map(([service, byLanguage]) => ({ service, byLanguage }));
    postings.set(stem, { idf, list });
  }
  const vocabulary = createVocabulary(postings.keys());
  // Keyword phrases as stem sequences: "пособие на ребенка" is what people literally type.
  const keywordPhrases = services.map(
    (service) => new Set(service.keywords.map((k) => stemsOf(k).join(' '))),
  );

  function search(query: string, options?: SearchOptions): SearchHit[] {
    const { words, stems } = analyze(query.slice(0, MAX_QUERY_LENGTH));
    if (words.length === 0 || count === 0) return [];
    const units = queryUnits(words.slice(0, MAX_QUERY_WORDS), stems.slice(0, MAX_QUERY_WORDS));
    const lang = options?.lang ?? 'ru';
    const languageWeights = LANGUAGES.map((l) =>
      l === 'ru' || l === lang ? 1 : OTHER_LANGUAGE_WEIGHT,
    );

    // BM25 of one vocabulary term in every service.
    const termScores = new Map<string, Float64Array>();
    const scoreTerm = (term: string): Float64Array => {
      const cached = termScores.get(term);
      if (cached) return cached;
      const scores = new Float64Array(count);
      const entry = postings.get(term);
      for (const posting of entry?.list ?? []) {
        let tf = 0;
        for (let l = 0; l < languageWeights.length; l += 1) {
          tf += (languageWeights[l] as number) * (posting.byLanguage[l] as number);
        }
        scores[posting.service] = ((entry?.idf ?? 0) * tf * (K1 + 1)) / (tf + K1);
      }
      termScores.set(term, scores);

      return scores;
    };
    // A query word scores its best reading: itself, a prefix, a typo, a transliteration.
    const scoreWord = (stem: string, word: string): Float64Array => {
      const scores = new Float64Array(count);
      for (const candidate of vocabulary.candidates(stem, word)) {
        const termScore = scoreTerm(candidate.term);
        for (let s = 0; s < count; s += 1) {
          const value = candidate.weight * (termScore[s] as number);
          if (value > (scores[s] as number)) scores[s] = value;
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
          const scores = scoreWord(stem, phrase.words[i] as string);
          for (let s = 0; s < count; s += 1) {
            const value = scores[s] as number;
            sum[s] = (sum[s] as number) + value;
            if (value > 0) found[s] = (found[s] as number) + 1;
          }
        });
        const size = phrase.stems.length;
        for (let s = 0; s < count; s += 1) {
          const score = (phrase.weight * (sum[s] as number) * (found[s] as number)) / size ** 2;
          if (score > (best[s] as number)) best[s] = score;
        }
      }
      for (let s = 0; s < count; s += 1) {
        total[s] = (total[s] as number) + (best[s] as number);
        if ((best[s] as number) > 0) matched[s] = (matched[s] as number) + 1;
      }
    }

    const queryPhrase = stems.slice(0, MAX_QUERY_WORDS).join(' ');
    const hits: SearchHit[] = [];
    for (let s = 0; s < count; s += 1) {
      const coverage = (matched[s] as number) / units.length;
      const allWords = coverage === 1 && units.length > 1 ? ALL_WORDS_BONUS : 1;
      const keyword = keywordPhrases[s]?.has(queryPhrase) ? KEYWORD_PHRASE_BONUS : 1;
      const score = (total[s] as number) * (0.4 + 0.6 * coverage) * allWords * keyword;
      const id = ids[s] as string;
      if (score > 0 && Number.isFinite(score) && (options?.include?.(id) ?? true)) {
        hits.push({ id, score });
      }
    }
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const top = hits[0]?.score ?? 0;

    return hits.filter((hit) => hit.score >= top * RELATIVE_CUTOFF);
  }

  return { search };
}
