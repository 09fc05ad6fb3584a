import * as z from 'zod';

import { Language, localize } from '../i18n/languages.ts';
import {
  CategoryId,
  FieldRules,
  FieldType,
  RegionCode,
  type Catalog,
  type Category,
  type FormField,
  type FormVersion,
  type Region,
  type Service,
  type Fee,
} from './model.ts';

/**
 * A schema built on first use. Handlers shape views with the functions below and never
 * validate them, so view schemas are built only where they are read: the OpenAPI document
 * and tests. That keeps their construction out of every function's cold start.
 */
function deferred<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  let schema: T | undefined;

  return z.lazy(() => (schema ??= build()));
}

/** Fee as a client sees it: the amount in kopecks and in roubles for display. */
export const FeeView = deferred(() =>
  z.object({
    amountKopecks: z.number().int(),
    currency: z.literal('RUB'),
    note: z.string().optional(),
    sample: z.literal(true).describe('fees in this catalog are sample values'),
  }),
);
export type FeeView = z.infer<typeof FeeView>;

export const CategoryView = deferred(() =>
  z.object({
    id: CategoryId,
    title: z.string(),
    description: z.string(),
    serviceCount: z.number().int(),
  }),
);
export type CategoryView = z.infer<typeof CategoryView>;

const serviceSummaryShape = () => ({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  category: CategoryId,
  authority: z.string(),
  fee: FeeView.nullable(),
  processingDays: z.number().int(),
});

export const ServiceSummaryView = deferred(() => z.object(serviceSummaryShape()));
export type ServiceSummaryView = z.infer<typeof ServiceSummaryView>;

/** A list entry: the summary with its relevance when the list answers a query. */
export const ServiceListItemView = deferred(() =>
  z.object({ ...serviceSummaryShape(), score: z.number().optional() }),
);

export const FormFieldView = deferred(() =>
  z.object({
    name: z.string(),
    type: FieldType,
    label: z.string(),
    hint: z.string().optional(),
    required: z.boolean(),
    rules: FieldRules.optional(),
    options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    regional: z.boolean().describe('added by the federal subject'),
  }),
);

export const ServiceView = deferred(() =>
  z.object({
    ...serviceSummaryShape(),
    description: z.string(),
    authority: z.object({ id: z.string(), name: z.string() }),
    requiredDocuments: z.array(
      z.object({ id: z.string(), title: z.string(), required: z.boolean() }),
    ),
    form: z.object({
      version: z.number().int(),
      effectiveFrom: z.string(),
      fields: z.array(FormFieldView),
    }),
    formVersions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string() })),
    region: RegionCode.nullable(),
    availableIn: z.array(RegionCode),
    note: z.string().optional(),
  }),
);
export type ServiceView = z.infer<typeof ServiceView>;

export const OfficeView = deferred(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    email: z.string().optional(),
    hours: z.string(),
    timeZone: z.string(),
    categories: z.array(CategoryId),
  }),
);

const regionSummaryShape = () => ({
  code: RegionCode,
  name: z.string(),
  timeZone: z.string(),
  languages: z.array(Language),
});

export const RegionSummaryView = deferred(() => z.object(regionSummaryShape()));

export const RegionView = deferred(() =>
  z.object({
    ...regionSummaryShape(),
    offices: z.array(OfficeView),
    serviceCount: z.number().int(),
  }),
);
export type RegionView = z.infer<typeof RegionView>;

function feeView(fee: Fee | undefined, lang: Language, withNote: boolean): FeeView | null {
  if (!fee) return null;
  const view: FeeView = { amountKopecks: fee.amountKopecks, currency: 'RUB', sample: true };
  if (withNote && fee.note) view.note = localize(fee.note, lang);

  return view;
}

/** Whether a service can be applied for in the given federal subject. */
export function isAvailableIn(service: Service, region: string): boolean {
  return service.regional[region]?.available ?? service.availableByDefault;
}

/** Subjects, among those served, where the service is available. */
export function availableRegions(service: Service, served: readonly string[]): string[] {
  return served.filter((code) => isAvailableIn(service, code));
}

/**
 * The form version in force on a day: the one with the latest `effectiveFrom` not after it.
 * Falls back to the earliest version when the day precedes them all.
 */
export function formVersionOn(service: Service, day: string): FormVersion {
  const sorted = [...service.formVersions].sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  const inForce = sorted.filter((v) => v.effectiveFrom <= day).pop();

  return (inForce ?? sorted[0]) as FormVersion;
}

function fieldView(field: FormField, lang: Language, regional: boolean) {
  return {
    name: field.name,
    type: field.type,
    label: localize(field.label, lang),
    ...(field.hint ? { hint: localize(field.hint, lang) } : {}),
    required: field.required,
    ...(field.rules ? { rules: field.rules } : {}),
    ...(field.options
      ? { options: field.options.map((o) => ({ value: o.value, label: localize(o.label, lang) })) }
      : {}),
    regional,
  };
}

/**
 * The list entry of a service, with the regional fee when a subject is given. Lists leave
 * out the fee's note, which the service's own page carries.
 */
export function summarizeService(
  service: Service,
  lang: Language,
  region?: string,
  withFeeNote = false,
): ServiceSummaryView {
  const variant = region ? service.regional[region] : undefined;

  return {
    id: service.id,
    title: localize(service.title, lang),
    summary: localize(service.summary, lang),
    category: service.categoryId,
    authority: localize(service.authority.name, lang),
    fee: feeView(variant?.fee ?? service.fee, lang, withFeeNote),
    processingDays: variant?.processingDays ?? service.processingDays,
  };
}

/**
 * The service as seen from one federal subject on one day: regional fee, time and extra
 * fields merged into the form version in force.
 */
export function resolveService(
  service: Service,
  options: { lang: Language; region?: string; served: readonly string[]; today: string },
): ServiceView {
  const { lang, region, served, today } = options;
  const variant = region ? service.regional[region] : undefined;
  const version = formVersionOn(service, today);
  const fields = [
    ...version.fields.map((f) => fieldView(f, lang, false)),
    ...(variant?.extraFields ?? []).map((f) => fieldView(f, lang, true)),
  ];
  const view: ServiceView = {
    ...summarizeService(service, lang, region, true),
    description: localize(service.description, lang),
    authority: { id: service.authority.id, name: localize(service.authority.name, lang) },
    requiredDocuments: service.requiredDocuments.map((d) => ({
      id: d.id,
      title: localize(d.title, lang),
      required: d.required,
    })),
    form: { version: version.version, effectiveFrom: version.effectiveFrom, fields },
    formVersions: service.formVersions
      .map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom }))
      .sort((a, b) => a.version - b.version),
    region: region ?? null,
    availableIn: availableRegions(service, served),
  };
  if (variant?.note) view.note = localize(variant.note, lang);

  return view;
}

export function categoryView(category: Category, catalog: Catalog, lang: Language): CategoryView {
  return {
    id: category.id,
    title: localize(category.title, lang),
    description: localize(category.description, lang),
    serviceCount: catalog.services.filter((s) => s.categoryId === category.id).length,
  };
}

export function regionSummary(region: Region, lang: Language) {
  return {
    code: region.code,
    name: localize(region.name, lang),
    timeZone: region.timeZone,
    languages: region.languages,
  };
}

export function regionView(region: Region, catalog: Catalog, lang: Language): RegionView {
  return {
    ...regionSummary(region, lang),
    offices: region.offices.map((o) => ({
      id: o.id,
      name: localize(o.name, lang),
      address: localize(o.address, lang),
      phone: o.phone,
      ...(o.email ? { email: o.email } : {}),
      hours: localize(o.hours, lang),
      timeZone: o.timeZone,
      categories: o.categories,
    })),
    serviceCount: catalog.services.filter((s) => isAvailableIn(s, region.code)).length,
  };
}
