/**
 * Text normalisation shared by the index and the queries, so that both sides of a
 * comparison are reduced the same way.
 */

/**
 * Lower-cases, folds compatibility forms (NFKC) and `ё` to `е`, and turns everything that
 * is not a letter or a digit into a space: "Ёлка, ГИБДД!" → "елка гибдд".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits text into normalised words. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);

  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Words that carry no meaning for finding a service: prepositions, conjunctions, pronouns
 * and request phrasing ("как", "хочу", "нужно"). Verbs of the service itself ("получить",
 * "заменить", "оформить") are kept, since service titles contain their nouns.
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'а', 'без', 'бы', 'в', 'во', 'вот', 'где', 'для', 'до', 'же', 'за', 'и', 'из', 'или', 'как',
  'какая', 'какие', 'какой', 'когда', 'ко', 'куда', 'ли', 'мне', 'меня', 'мое', 'моего', 'моей',
  'мои', 'мой', 'моя', 'можно', 'мы', 'на', 'надо', 'над', 'не', 'нужно', 'нужен', 'нужна', 'о',
  'об', 'обо', 'от', 'по', 'под', 'при', 'про', 'с', 'со', 'сделать', 'сколько', 'то', 'у', 'хочу',
  'что', 'чтобы', 'это', 'этот', 'я',
  'a', 'an', 'and', 'are', 'at', 'by', 'can', 'do', 'for', 'how', 'i', 'in', 'is', 'me', 'my',
  'need', 'of', 'on', 'or', 'the', 'to', 'want', 'what', 'where', 'with',
]);

/** Whether a normalised word is too common or too short to search by. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || (word.length === 1 && !/\d/.test(word));
}

// prettier-ignore
const LATIN_TO_CYRILLIC: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'е'], ['ye', 'е'], ['a', 'а'],
  ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'ц'], ['y', 'ы'], ['x', 'кс'],
  ['q', 'к'],
];

/**
 * Reads a Russian word typed in Latin letters ("prava", "gibdd", "propiska") back into
 * Cyrillic. Returns undefined for words that are not plain Latin.
 */
export function latinToCyrillic(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  let result = '';
  let i = 0;
  while (i < word.length) {
    const pair = LATIN_TO_CYRILLIC.find(([latin]) => word.startsWith(latin, i));
    if (pair === undefined) return undefined;
    const [latin, cyrillic] = pair;
    // A final "y" after a vowel is "й": "gorodskoy" → "городской".
    const isFinalY = latin === 'y' && i === word.length - 1 && /[aeiou]/.test(word[i - 1] ?? '');
    result += isFinalY ? 'й' : cyrillic;
    i += latin.length;
  }

  return result;
}
