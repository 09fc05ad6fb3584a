import { describe, expect, it } from 'vitest';

import { SEED_CATALOG } from '@eruz/catalog-seed';
import { createSearchIndex, type Language } from '@eruz/domain';

/**
 * Everyday queries and the service a citizen means by them. The table is the search's
 * acceptance test: wording as people type it, with typos, slang, abbreviations and English.
 */
const CASES: { query: string; expected: string; lang?: Language }[] = [
  { query: 'получить паспорт', expected: 'internal-passport-issue' },
  { query: 'получение паспорта', expected: 'internal-passport-issue' },
  { query: 'замена паспорта в 45 лет', expected: 'internal-passport-replacement' },
  { query: 'поменять паспорт в 20', expected: 'internal-passport-replacement' },
  { query: 'пасспорт', expected: 'internal-passport-issue' },
  { query: 'загранпаспорт', expected: 'foreign-passport-standard' },
  { query: 'загран на 10 лет', expected: 'foreign-passport-biometric' },
  { query: 'биометрический загранпаспорт', expected: 'foreign-passport-biometric' },
  { query: 'прописка', expected: 'residence-registration' },
  { query: 'временная регистрация', expected: 'temporary-registration' },
  { query: 'справка о несудимости', expected: 'criminal-record-certificate' },
  { query: 'свидетельство о рождении', expected: 'birth-certificate-copy' },
  { query: 'подать заявление в загс на брак', expected: 'marriage-registration' },
  { query: 'сменить фамилию', expected: 'name-change' },
  { query: 'справка 2-ндфл', expected: 'income-statement' },
  { query: 'снилс', expected: 'snils-registration' },
  { query: 'выписка егрн', expected: 'egrn-extract' },
  { query: 'выписка из ЕГРН на квартиру', expected: 'egrn-extract' },
  { query: 'оформить квартиру в собственность', expected: 'property-rights-registration' },
  { query: 'кадастровый учет дома', expected: 'cadastral-registration' },
  { query: 'снять обременение ипотека', expected: 'mortgage-registration' },
  { query: 'приватизация квартиры', expected: 'housing-privatization' },
  { query: 'открыть ип', expected: 'sole-proprietor-registration' },
  {
    query: 'регистрация индивидуального предпринимателя',
    expected: 'sole-proprietor-registration',
  },
  { query: 'открыть ооо', expected: 'llc-registration' },
  { query: 'закрыть ип', expected: 'sole-proprietor-closure' },
  { query: 'перейти на упрощенку', expected: 'simplified-tax-transition' },
  { query: 'стать самозанятым', expected: 'self-employed-registration' },
  { query: 'лицензия на алкоголь', expected: 'alcohol-retail-licence' },
  { query: 'пособие на ребенка', expected: 'unified-child-benefit' },
  { query: 'пособие на ребёнка', expected: 'unified-child-benefit' },
  { query: 'единое пособее', expected: 'unified-child-benefit' },
  { query: 'маткапитал', expected: 'maternity-capital-certificate' },
  { query: 'маткапитал на ипотеку', expected: 'maternity-capital-disposal' },
  { query: 'оформить пенсию', expected: 'old-age-pension' },
  { query: 'встать на биржу труда', expected: 'unemployment-benefit' },
  { query: 'субсидия на коммуналку', expected: 'housing-subsidy' },
  { query: 'декретные', expected: 'maternity-leave-benefit' },
  { query: 'очередь в детский сад', expected: 'kindergarten-enrolment' },
  { query: 'многодетная семья', expected: 'large-family-status' },
  { query: 'замена прав', expected: 'driving-licence-replacement' },
  { query: 'поменять водительское удостоверение', expected: 'driving-licence-replacement' },
  { query: 'штраф гибдд', expected: 'traffic-fine-payment' },
  { query: 'оплатить штрафы гаи', expected: 'traffic-fine-payment' },
  { query: 'обжаловать штраф с камеры', expected: 'traffic-fine-appeal' },
  { query: 'поставить машину на учет', expected: 'vehicle-registration' },
  { query: 'техосмотр', expected: 'vehicle-inspection' },
  { query: 'разрешение на такси', expected: 'taxi-permit' },
  { query: 'резидентная парковка', expected: 'moscow-parking-resident-permit' },
  { query: 'международные права', expected: 'international-driving-licence' },
  { query: 'эцп', expected: 'qualified-signature-individual' },
  { query: 'электронная подпись для ип', expected: 'qualified-signature-business' },
  { query: 'отозвать сертификат подписи', expected: 'signature-certificate-revocation' },
  { query: 'госключ', expected: 'goskey-mobile-signature' },
  { query: 'доверенность мчд', expected: 'machine-readable-power-of-attorney' },
  { query: 'driver licence', expected: 'driving-licence-replacement', lang: 'en' },
  { query: 'foreign passport', expected: 'foreign-passport-standard', lang: 'en' },
  { query: 'register a company', expected: 'llc-registration', lang: 'en' },
  { query: 'traffic fines', expected: 'traffic-fine-payment', lang: 'en' },
  { query: 'maternity capital', expected: 'maternity-capital-certificate', lang: 'en' },
  { query: 'prava zamena', expected: 'driving-licence-replacement' },
];

describe('search accuracy on everyday queries', () => {
  const index = createSearchIndex(SEED_CATALOG.services);
  const results = CASES.map((c) => {
    const ids = index.search(c.query, c.lang ? { lang: c.lang } : undefined).map((h) => h.id);

    return { ...c, rank: ids.indexOf(c.expected) + 1, top: ids.slice(0, 3) };
  });
  const top1 = results.filter((r) => r.rank === 1).length / results.length;
  const top3 = results.filter((r) => r.rank >= 1 && r.rank <= 3).length / results.length;

  it('finds the meant service first for most queries and in the top three for nearly all', () => {
    console.log(`search accuracy on ${results.length} queries`);
    console.table({ 'top-1': top1.toFixed(3), 'top-3': top3.toFixed(3) });
    const misses = results.filter((r) => r.rank !== 1);
    if (misses.length > 0) {
      console.table(
        misses.map((m) => ({
          query: m.query,
          expected: m.expected,
          rank: m.rank,
          top: m.top.join(', '),
        })),
      );
    }

    expect(results.length).toBeGreaterThanOrEqual(35);
    expect(top3).toBeGreaterThanOrEqual(0.9);
    expect(top1).toBeGreaterThanOrEqual(0.75);
  });
});
