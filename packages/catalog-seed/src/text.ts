import type { Fee, LocalizedText, RequiredDocument } from '@eruz/domain';

/** A text in Russian and English, with Tatar and Bashkir where the seed has them. */
export function text(
  ru: string,
  en: string,
  regional: { tt?: string; ba?: string } = {},
): LocalizedText {
  return { ru, en, ...regional };
}

/**
 * A fee of the seed catalog. Every amount here is a SAMPLE value chosen to look plausible;
 * none is the legal amount of a state fee, and the note says so to whoever reads it.
 */
export function sampleFee(amountKopecks: number, detail?: { ru: string; en: string }): Fee {
  const note = detail
    ? text(
        `Образец суммы, не действующий тариф. ${detail.ru}`,
        `Sample amount, not the legal fee. ${detail.en}`,
      )
    : text('Образец суммы, не действующий тариф.', 'Sample amount, not the legal fee.');

  return { amountKopecks, currency: 'RUB', note };
}

/** A document the applicant attaches or shows. */
export function doc(id: string, ru: string, en: string, required = true): RequiredDocument {
  return { id, title: text(ru, en), required };
}
