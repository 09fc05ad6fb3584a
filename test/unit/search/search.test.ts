import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SEED_CATALOG } from '@eruz/catalog-seed';
import { createSearchIndex, type SearchHit } from '@eruz/domain';

const index = createSearchIndex(SEED_CATALOG.services);
const knownIds = new Set(SEED_CATALOG.services.map((s) => s.id));
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const top = (query: string, n = 3) => ids(index.search(query)).slice(0, n);

describe('createSearchIndex', () => {
  it('ignores case, ё and punctuation', () => {
    expect(index.search('ШТРАФ, ГИБДД!!!')).toEqual(index.search('штраф гибдд'));
    expect(index.search('пособие на ребёнка')).toEqual(index.search('пособие на ребенка'));
  });

  it('matches other forms of the same word', () => {
    expect(top('получить паспорт', 1)).toEqual(['internal-passport-issue']);
    expect(top('получение паспорта', 1)).toEqual(['internal-passport-issue']);
    expect(top('прав', 1)).toEqual(['driving-licence-replacement']);
  });

  it('forgives a typo in words of four letters or more', () => {
    expect(top('пасспорт')).toContain('internal-passport-issue');
    expect(top('загранпаспарт')).toContain('foreign-passport-standard');
    expect(top('единое пособее', 1)).toEqual(['unified-child-benefit']);
    expect(top('водительскае удоставерение', 1)).toEqual(['driving-licence-replacement']);
  });

  it('does not stretch short stems of long words into unrelated abbreviations', () => {
    // "жениться" stems to "жен"; with a budget of two typos it would match "инн", "ооо"...
    expect(top('жениться', 1)).toEqual(['marriage-registration']);
  });

  it('understands abbreviations and synonyms', () => {
    expect(top('гаи штраф', 1)).toEqual(['traffic-fine-payment']);
    expect(top('госавтоинспекция штраф', 1)).toEqual(['traffic-fine-payment']);
    expect(top('ип', 1)).toEqual(['sole-proprietor-registration']);
    expect(top('индивидуальный предприниматель', 1)).toEqual(['sole-proprietor-registration']);
    expect(top('прописка', 1)).toEqual(['residence-registration']);
    expect(top('кэп')).toContain('qualified-signature-individual');
  });

  it('searches English and regional-language texts', () => {
    expect(ids(index.search('driver licence', { lang: 'en' }))[0]).toBe(
      'driving-licence-replacement',
    );
    expect(
      ids(index.search('passport', { lang: 'en' }))
        .slice(0, 4)
        .sort(),
    ).toEqual([
      'foreign-passport-biometric',
      'foreign-passport-standard',
      'internal-passport-issue',
      'internal-passport-replacement',
    ]);
    expect(ids(index.search('паспортын алыштыру', { lang: 'tt' }))[0]).toBe(
      'internal-passport-replacement',
    );
  });

  it('reads Russian typed in Latin letters', () => {
    expect(top('propiska', 1)).toEqual(['residence-registration']);
    expect(top('vypiska egrn', 1)).toEqual(['egrn-extract']);
  });

  it('ranks a title match above a mention in the description', () => {
    const hits = index.search('техосмотр');
    expect(hits[0]?.id).toBe('vehicle-inspection');
    expect(hits.every((h, i) => i === 0 || h.score <= (hits[i - 1] as SearchHit).score)).toBe(true);
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    for (const query of ['', '   ', '?!…', 'как на для в и', 'how to the']) {
      expect(index.search(query)).toEqual([]);
    }
  });

  it('returns nothing when no service is close', () => {
    expect(index.search('квантовая хромодинамика')).toEqual([]);
  });

  it('works over an empty catalog', () => {
    expect(createSearchIndex([]).search('паспорт')).toEqual([]);
  });

  it('never throws and returns known services with finite, positive, sorted scores', () => {
    const cyrillic = fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя ,-'.split(''));
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: cyrillic, maxLength: 300 }),
    );
    const lang = fc.constantFrom('ru' as const, 'en' as const, 'tt' as const, 'ba' as const);
    fc.assert(
      fc.property(query, lang, (q, l) => {
        const hits = index.search(q, { lang: l });
        expect(new Set(ids(hits)).size).toBe(hits.length);
        hits.forEach((hit, i) => {
          expect(knownIds.has(hit.id)).toBe(true);
          expect(Number.isFinite(hit.score) && hit.score > 0).toBe(true);
          if (i > 0) expect(hit.score).toBeLessThanOrEqual((hits[i - 1] as SearchHit).score);
        });
      }),
      { numRuns: 300 },
    );
  });
});
