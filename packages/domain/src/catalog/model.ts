import * as z from 'zod';

import { Language, LocalizedText } from '../i18n/languages.ts';

/** Code of a federal subject of the Russian Federation (код субъекта), two digits. */
export const RegionCode = z.string().regex(/^\d{2}$/, 'two-digit federal subject code');
export type RegionCode = z.infer<typeof RegionCode>;

/** The six categories of the catalog. */
export const CATEGORY_IDS = [
  'citizen-documents',
  'real-estate',
  'business',
  'social-support',
  'transport',
  'electronic-signature',
] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;

export const Slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase latin words joined by hyphens');

export const Category = z.object({
  id: CategoryId,
  order: z.number().int().min(0),
  title: LocalizedText,
  description: LocalizedText,
});
export type Category = z.infer<typeof Category>;

/** An amount of money in kopecks; fees in the seed are sample values, not legal ones. */
export const Fee = z.object({
  amountKopecks: z.number().int().min(0),
  currency: z.literal('RUB'),
  note: LocalizedText.optional(),
});
export type Fee = z.infer<typeof Fee>;

export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'decimal',
  'date',
  'boolean',
  'select',
  'email',
  'phone',
  'snils',
  'inn',
  'postcode',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/** Validation rules of one form field; each is optional and applies to matching types. */
export const FieldRules = z
  .object({
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).optional(),
    pattern: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Dates: not later than today. */
    notInFuture: z.boolean().optional(),
  })
  .strict();
export type FieldRules = z.infer<typeof FieldRules>;

export const FormField = z.object({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'camelCase field name'),
  type: FieldType,
  label: LocalizedText,
  hint: LocalizedText.optional(),
  required: z.boolean(),
  rules: FieldRules.optional(),
  options: z.array(z.object({ value: z.string(), label: LocalizedText })).optional(),
  /** Name of the profile attribute that pre-fills the field, when there is one. */
  prefill: z.string().optional(),
});
export type FormField = z.infer<typeof FormField>;

/** One version of a service's form; it applies from `effectiveFrom` (inclusive). */
export const FormVersion = z.object({
  version: z.number().int().min(1),
  effectiveFrom: z.iso.date(),
  /** The act of law that introduced the version, for the record. */
  basis: LocalizedText.optional(),
  fields: z.array(FormField).min(1),
});
export type FormVersion = z.infer<typeof FormVersion>;

export const RequiredDocument = z.object({
  id: Slug,
  title: LocalizedText,
  required: z.boolean(),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const Authority = z.object({
  id: Slug,
  name: LocalizedText,
});
export type Authority = z.infer<typeof Authority>;

/** What differs for a service in one federal subject. */
export const RegionalVariant = z.object({
  available: z.boolean(),
  fee: Fee.optional(),
  extraFields: z.array(FormField).optional(),
  processingDays: z.number().int().min(1).optional(),
  note: LocalizedText.optional(),
});
export type RegionalVariant = z.infer<typeof RegionalVariant>;

export const Service = z.object({
  id: Slug,
  categoryId: CategoryId,
  title: LocalizedText,
  summary: LocalizedText,
  description: LocalizedText,
  authority: Authority,
  requiredDocuments: z.array(RequiredDocument),
  formVersions: z.array(FormVersion).min(1),
  /** Absent when the service is free. */
  fee: Fee.optional(),
  processingDays: z.number().int().min(1),
  /** Everyday Russian words people use for the service (search synonyms). */
  keywords: z.array(z.string()),
  /** Whether the service exists in a subject that has no variant of its own. */
  availableByDefault: z.boolean(),
  regional: z.record(RegionCode, RegionalVariant),
});
export type Service = z.infer<typeof Service>;

export const Office = z.object({
  id: Slug,
  name: LocalizedText,
  address: LocalizedText,
  phone: z.string().regex(/^\+7\d{10}$/),
  email: z.email().optional(),
  /** Opening hours as text, e.g. "пн–пт 09:00–18:00". */
  hours: LocalizedText,
  timeZone: z.string().min(3),
  /** Categories of services the office handles. */
  categories: z.array(CategoryId),
});
export type Office = z.infer<typeof Office>;

export const Region = z.object({
  code: RegionCode,
  name: LocalizedText,
  timeZone: z.string().min(3),
  languages: z.array(Language).min(1),
  offices: z.array(Office).min(1),
});
export type Region = z.infer<typeof Region>;

/** The whole catalog as it is stored and cached. */
export const Catalog = z.object({
  categories: z.array(Category),
  services: z.array(Service),
  regions: z.array(Region),
});
export type Catalog = z.infer<typeof Catalog>;
