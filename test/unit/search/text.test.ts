import { describe, expect, it } from 'vitest';

import {
  boundedDamerauLevenshtein,
  isStopWord,
  latinToCyrillic,
  normalizeText,
  stemEnglish,
  stemRussian,
  stemToken,
  tokenize,
} from '@eruz/domain';

describe('normalizeText', () => {
  it('lower-cases, folds ё to е and drops punctuation', () => {
    expect(normalizeText('Ёлка, ГИБДД!')).toBe('елка гибдд');
    expect(normalizeText('«Штраф» — оплатить?!')).toBe('штраф оплатить');
    expect(normalizeText('ребёнок')).toBe(normalizeText('РЕБЕНОК'));
  });

  it('folds decomposed letters and compatibility forms', () => {
    // "ё" typed as "е" + combining diaeresis, "й" as "и" + combining breve.
    expect(normalizeText('ребе\u0308нок')).toBe('ребенок');
    expect(normalizeText('краи\u0306')).toBe('край');
    expect(normalizeText('ＰＡＳＳＰＯＲＴ')).toBe('passport');
  });

  it('splits hyphenated and glued words on every non-letter', () => {
    expect(tokenize('2-НДФЛ, загран-паспорт;\tпрописка')).toEqual([
      '2',
      'ндфл',
      'загран',
      'паспорт',
      'прописка',
    ]);
    expect(tokenize('  ...  ')).toEqual([]);
  });
});

describe('isStopWord', () => {
  it('drops prepositions and request phrasing but keeps the verbs of services', () => {
    for (const word of ['как', 'на', 'для', 'в', 'и', 'хочу', 'the', 'for']) {
      expect(isStopWord(word)).toBe(true);
    }
    for (const word of ['получить', 'заменить', 'оформить', 'паспорт', 'ип', '45']) {
      expect(isStopWord(word)).toBe(false);
    }
  });
});

describe('stemRussian', () => {
  it('reduces the forms of one word to one stem', () => {
    const groups = [
      ['паспорт', 'паспорта', 'паспортов', 'паспортом', 'паспорте'],
      ['пособие', 'пособия', 'пособий', 'пособием', 'пособиями'],
      ['удостоверение', 'удостоверения', 'удостоверению', 'удостоверением'],
      ['водительское', 'водительского', 'водительским'],
      ['регистрация', 'регистрации', 'регистрацию', 'регистрацией'],
      ['штраф', 'штрафы', 'штрафов', 'штрафа'],
      ['права', 'прав', 'правами'],
      ['подпись', 'подписи', 'подписью'],
    ];
    for (const forms of groups) {
      const stems = new Set(forms.map(stemRussian));
      expect(stems.size, forms.join(', ')).toBe(1);
    }
  });

  it('matches the Snowball algorithm on known words', () => {
    expect(stemRussian('паспорта')).toBe('паспорт');
    expect(stemRussian('получение')).toBe('получен');
    expect(stemRussian('получить')).toBe('получ');
    expect(stemRussian('красивейший')).toBe('красив');
    expect(stemRussian('спортивность')).toBe('спортивн');
    expect(stemRussian('бегавшись')).toBe('бега');
  });

  it('keeps words without a vowel and short abbreviations whole', () => {
    expect(stemRussian('гибдд')).toBe('гибдд');
    expect(stemToken('ип')).toBe('ип');
    expect(stemToken('гаи')).toBe('гаи');
    expect(stemToken('2')).toBe('2');
  });
});

describe('stemEnglish', () => {
  it('strips plurals and folds British and American spelling of licence', () => {
    expect(stemEnglish('passports')).toBe('passport');
    expect(stemEnglish('licenses')).toBe('licence');
    expect(stemEnglish('licence')).toBe('licence');
    expect(stemEnglish('benefits')).toBe('benefit');
    expect(stemToken('driving')).toBe(stemToken('driving'));
  });
});

describe('latinToCyrillic', () => {
  it('reads Russian typed in Latin letters', () => {
    expect(latinToCyrillic('prava')).toBe('права');
    expect(latinToCyrillic('propiska')).toBe('прописка');
    expect(latinToCyrillic('shtraf')).toBe('штраф');
    expect(latinToCyrillic('zhurnal')).toBe('журнал');
  });

  it('leaves anything but plain Latin alone', () => {
    expect(latinToCyrillic('права')).toBeUndefined();
    expect(latinToCyrillic('2ndfl')).toBeUndefined();
  });
});

describe('boundedDamerauLevenshtein', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(boundedDamerauLevenshtein('паспорт', 'паспорт', 2)).toBe(0);
    expect(boundedDamerauLevenshtein('пасспорт', 'паспорт', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('паспотр', 'паспорт', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('пособее', 'пособие', 2)).toBe(1);
    expect(boundedDamerauLevenshtein('пасспотр', 'паспорт', 2)).toBe(2);
  });

  it('stops at the bound and reports bound + 1', () => {
    expect(boundedDamerauLevenshtein('паспорт', 'прописка', 1)).toBe(2);
    expect(boundedDamerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});
