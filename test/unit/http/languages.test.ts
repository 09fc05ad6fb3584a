import { describe, expect, it } from 'vitest';

import { negotiateLanguage, translate } from '@eruz/domain';

describe('language negotiation', () => {
  it.each([
    [undefined, undefined, 'ru'],
    ['en', 'ru', 'en'],
    ['EN', undefined, 'en'],
    ['xx', 'en-US,en;q=0.9', 'en'],
    [undefined, 'de-DE, en;q=0.5', 'en'],
    [undefined, 'en;q=0.2, tt;q=0.8', 'tt'],
    [undefined, 'en;q=0', 'ru'],
    [undefined, 'garbage;;;', 'ru'],
  ])('lang=%s with Accept-Language %s gives %s', (explicit, header, expected) => {
    expect(negotiateLanguage(explicit, header)).toBe(expected);
  });

  it('does not offer a language the deployment does not serve', () => {
    expect(negotiateLanguage('tt', undefined, ['ru', 'en'])).toBe('ru');
  });

  it('falls back to Russian for a text without a translation', () => {
    expect(translate('service.not_available_in_region', 'tt', { id: 'x', region: '16' })).toBe(
      'Услуга «x» не предоставляется в регионе 16',
    );
  });
});
