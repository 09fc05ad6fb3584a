/**
 * Text normalisation shared by the index and the queries, so that both sides of a
 * comparison are reduced the same way.
 */

/** Characters other than printable ASCII, Cyrillic letters and typographic punctuation. */
const NEEDS_NFKC = /[^\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u0400-\u04ff\u2010-\u2027]/;

/**
 * Lower-cases, folds compatibility forms (NFKC) and `ё` to `е`, and turns everything that
 * is not a letter or a digit into a space: "Ёлка, ГИБДД!" → "елка гибдд".
 */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a character of lower-cased text belongs to a word; fast for Latin and Cyrillic. */
function isWordCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  // Cyrillic letters, including the Tatar and Bashkir ones; U+0482–0489 are signs and marks.
  if ((code >= 0x0430 && code <= 0x0481) || (code >= 0x048a && code <= 0x04ff)) return true;

  return WORD_CHARACTER.test(character);
}

/** Splits text into normalised words (see {@link normalizeText}). */
export function tokenize(text: string): string[] {
  // Plain Latin and Cyrillic text (nearly every text and query) has nothing to fold.
  const folded = (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/ё/g, 'е');
  const words: string[] = [];
  let start = -1;
  // Iterating by code point keeps letters outside the BMP whole.
  let index = 0;
  for (const character of folded) {
    if (isWordCharacter(character)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      words.push(folded.slice(start, index));
      start = -1;
    }
    index += character.length;
  }
  if (start >= 0) words.push(folded.slice(start));

  return words;
}

/**
 * Words that carry no meaning for finding a service: prepositions, conjunctions, pronouns
 * and request phrasing ("как", "хочу", "нужно", "стать"). Verbs of the service itself
 * ("получить", "заменить", "оформить") are kept, since service titles contain their nouns.
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'а', 'без', 'бы', 'в', 'во', 'вот', 'где', 'для', 'до', 'же', 'за', 'и', 'из', 'или', 'как',
  'какая', 'какие', 'какой', 'когда', 'ко', 'куда', 'ли', 'мне', 'меня', 'мое', 'моего', 'моей',
  'мои', 'мой', 'моя', 'можно', 'мы', 'на', 'надо', 'над', 'не', 'нужно', 'нужен', 'нужна', 'о',
  'об', 'обо', 'от', 'по', 'под', 'при', 'про', 'с', 'со', 'сделать', 'сколько', 'стать', 'то',
  'у', 'хочу', 'что', 'чтобы', 'это', 'этот', 'я',
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
