/**
 * Stemmers for the search index: the Snowball algorithm for Russian and a light suffix
 * stripper for English. Both expect lower-case input with `ё` already folded to `е`.
 *
 * The Russian stemmer follows the published Snowball description
 * (https://snowballstem.org/algorithms/russian/stemmer.html): endings are removed only
 * inside RV, the part of the word after its first vowel, so short roots survive. One
 * departure is marked where it is made.
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Endings of a class, longest first; `afterA` holds those valid only after `а` or `я`. */
interface EndingClass {
  endings: readonly string[];
  afterA: ReadonlySet<string>;
}

function endingClass(afterA: readonly string[], anywhere: readonly string[] = []): EndingClass {
  return {
    endings: [...afterA, ...anywhere].sort((a, b) => b.length - a.length),
    afterA: new Set(afterA),
  };
}

const PERFECTIVE_GERUND = endingClass(
  ['в', 'вши', 'вшись'],
  ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'],
);
const ADJECTIVE = endingClass(
  [],
  // prettier-ignore
  ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его',
    'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'],
);
const PARTICIPLE = endingClass(['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']);
const REFLEXIVE = endingClass([], ['ся', 'сь']);
const VERB = endingClass(
  // prettier-ignore
  ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть',
    'ешь', 'нно'],
  // prettier-ignore
  ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым',
    'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую',
    'ю'],
);
const NOUN = endingClass(
  [],
  // prettier-ignore
  ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой',
    'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию',
    'ью', 'ю', 'ия', 'ья', 'я'],
);
const DERIVATIONAL = endingClass([], ['ост', 'ость']);
const SUPERLATIVE = endingClass([], ['ейш', 'ейше']);

/**
 * Removes the longest ending of the class from `rv`, or returns undefined. As in Snowball,
 * only the longest matching ending is tried: when it needs a preceding `а`/`я` that is not
 * there, the class does not match at all.
 */
function removeEnding(rv: string, cls: EndingClass): string | undefined {
  const ending = cls.endings.find((e) => rv.endsWith(e));
  if (ending === undefined) return undefined;
  const stem = rv.slice(0, rv.length - ending.length);
  if (cls.afterA.has(ending) && !(stem.endsWith('а') || stem.endsWith('я'))) return undefined;

  return stem;
}

/** Start of the first region after a vowel followed by a non-vowel, from `from` on. */
function afterVowelConsonant(word: string, from: number): number {
  let i = from;
  while (i < word.length && !VOWELS.has(word[i] as string)) i += 1;
  while (i < word.length && VOWELS.has(word[i] as string)) i += 1;

  return Math.min(i + 1, word.length);
}

/** Reduces a Russian word to its Snowball stem: "паспорта" → "паспорт". */
export function stemRussian(word: string): string {
  let first = 0;
  while (first < word.length && !VOWELS.has(word[first] as string)) first += 1;
  if (first >= word.length) return word;
  const rvStart = first + 1;
  const r1 = afterVowelConsonant(word, rvStart - 1);
  const r2 = afterVowelConsonant(word, r1);
  const head = word.slice(0, rvStart);
  let rv = word.slice(rvStart);

  // Step 1: a perfective gerund, or else a reflexive ending and one inflection.
  const gerund = removeEnding(rv, PERFECTIVE_GERUND);
  if (gerund !== undefined) {
    rv = gerund;
  } else {
    const reflexive = removeEnding(rv, REFLEXIVE);
    const adjective = removeEnding(reflexive ?? rv, ADJECTIVE);
    const verb = adjective === undefined ? removeEnding(reflexive ?? rv, VERB) : undefined;
    if (adjective !== undefined) {
      rv = removeEnding(adjective, PARTICIPLE) ?? adjective;
    } else if (verb !== undefined) {
      rv = verb;
    } else {
      // Departure from Snowball: "-сь" is reflexive only before a verb or adjective ending,
      // so the nouns "подпись" and "запись" keep the stems of "подписи" and "записи".
      rv = removeEnding(rv, NOUN) ?? rv;
    }
  }

  // Step 2: a final "и".
  if (rv.endsWith('и')) rv = rv.slice(0, -1);

  // Step 3: a derivational ending, only inside R2.
  const derivational = DERIVATIONAL.endings.find((e) => rv.endsWith(e));
  if (derivational !== undefined && rvStart + rv.length - derivational.length >= r2) {
    rv = rv.slice(0, rv.length - derivational.length);
  }

  // Step 4: superlative, double "н", soft sign.
  const plain = removeEnding(rv, SUPERLATIVE);
  if (plain !== undefined) {
    rv = plain.endsWith('нн') ? plain.slice(0, -1) : plain;
  } else if (rv.endsWith('нн')) {
    rv = rv.slice(0, -1);
  } else if (rv.endsWith('ь')) {
    rv = rv.slice(0, -1);
  }

  return head + rv;
}

/**
 * A light English stemmer: plurals, "-ing", "-ed", "-ation", and British/American
 * spelling of "licence". Enough for catalog titles; prefix matching covers the rest.
 */
export function stemEnglish(word: string): string {
  let w = word.replace(/^licens/, 'licenc');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ation', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }

  return w;
}

const CYRILLIC = /[а-я]/;
const STEM_CACHE_SIZE = 50_000;
const stemCache = new Map<string, string>();

/**
 * Stems a normalised token by its script. Tokens of up to three letters (abbreviations such
 * as "ип", "гаи", "инн") and tokens with digits are kept whole.
 */
export function stemToken(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  let stem = token;
  if (CYRILLIC.test(token)) stem = stemRussian(token);
  else if (/^[a-z]+$/.test(token)) stem = stemEnglish(token);
  // Words repeat across texts and queries; the cache is dropped whole when it grows too big.
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(token, stem);

  return stem;
}
