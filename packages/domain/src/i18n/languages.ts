import * as z from 'zod';

/**
 * Interface languages the portal knows. Russian is the default and the fallback of every
 * text; regional languages are offered only where a deployment serves them.
 */
export const LANGUAGES = ['ru', 'en', 'tt', 'ba'] as const;

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const DEFAULT_LANGUAGE: Language = 'ru';

/** A text in several languages; Russian is always present and is the fallback. */
export const LocalizedText = z.object({
  ru: z.string().min(1),
  en: z.string().min(1).optional(),
  tt: z.string().min(1).optional(),
  ba: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Picks the text in the wanted language, falling back to Russian. */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang] ?? text.ru;
}

/**
 * Chooses the language of a response: an explicit `lang` wins, then the first
 * `Accept-Language` entry (by q-value) that is supported, then Russian.
 */
export function negotiateLanguage(
  explicit: string | undefined,
  acceptLanguage: string | undefined,
  supported: readonly Language[] = LANGUAGES,
): Language {
  if (explicit !== undefined) {
    const parsed = Language.safeParse(explicit.toLowerCase());
    if (parsed.success && supported.includes(parsed.data)) return parsed.data;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const weight = q === undefined ? 1 : Number(q.slice(2));

        return { primary: tag.split('-')[0]?.toLowerCase() ?? '', weight, index };
      })
      .filter((entry) => Number.isFinite(entry.weight) && entry.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.index - b.index);
    for (const entry of ranked) {
      const match = supported.find((lang) => lang === entry.primary);
      if (match) return match;
    }
  }

  return DEFAULT_LANGUAGE;
}
