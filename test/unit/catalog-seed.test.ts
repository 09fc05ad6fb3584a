import { describe, expect, it } from 'vitest';

import { SEED_CATALOG, SEED_REGION_CODES } from '@eruz/catalog-seed';
import {
  CATEGORY_IDS,
  Catalog,
  formVersionOn,
  isAvailableIn,
  resolveService,
  type Fee,
  type FormField,
} from '@eruz/domain';

const { categories, services, regions } = SEED_CATALOG;
const regionCodes = new Set(regions.map((r) => r.code));
const variants = services.flatMap((s) =>
  Object.entries(s.regional).map(([code, variant]) => ({ service: s, code, variant })),
);
const allFees: Fee[] = [
  ...services.flatMap((s) => (s.fee ? [s.fee] : [])),
  ...variants.flatMap((v) => (v.variant.fee ? [v.variant.fee] : [])),
];
const allFields: FormField[] = [
  ...services.flatMap((s) => s.formVersions.flatMap((v) => v.fields)),
  ...variants.flatMap((v) => v.variant.extraFields ?? []),
];
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('seed catalog', () => {
  it('is a valid catalog', () => {
    expect(Catalog.parse(SEED_CATALOG)).toEqual(SEED_CATALOG);
  });

  it('has the six categories, each with titles in all four languages', () => {
    expect(categories.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(duplicates(categories.map((c) => String(c.order)))).toEqual([]);
    for (const category of categories) {
      expect(category.title).toMatchObject({
        ru: expect.any(String),
        en: expect.any(String),
        tt: expect.any(String),
        ba: expect.any(String),
      });
      expect(category.description.en).toBeTruthy();
    }
  });

  it('has at least 44 services with unique ids, spread over every category', () => {
    expect(services.length).toBeGreaterThanOrEqual(44);
    expect(duplicates(services.map((s) => s.id))).toEqual([]);
    for (const id of CATEGORY_IDS) {
      expect(services.filter((s) => s.categoryId === id).length, id).toBeGreaterThanOrEqual(5);
    }
  });

  it('describes every service in Russian and English', () => {
    for (const s of services) {
      for (const text of [s.title, s.summary, s.description, s.authority.name]) {
        expect(text.en, s.id).toBeTruthy();
      }
      expect(s.keywords.length, s.id).toBeGreaterThan(0);
      expect(
        s.keywords.every((k) => k === k.toLowerCase()),
        s.id,
      ).toBe(true);
      expect(duplicates(s.requiredDocuments.map((d) => d.id)), s.id).toEqual([]);
    }
  });

  it('titles at least 15 services in Tatar and Bashkir', () => {
    const both = services.filter((s) => s.title.tt && s.title.ba);
    expect(both.length).toBeGreaterThanOrEqual(15);
  });

  it('has the federal subjects of the seed with their time zones and languages', () => {
    expect(duplicates(regions.map((r) => r.code))).toEqual([]);
    expect(SEED_REGION_CODES).toEqual(regions.map((r) => r.code));
    const byCode = new Map(regions.map((r) => [r.code, r]));
    const expected: [string, string][] = [
      ['77', 'Europe/Moscow'],
      ['50', 'Europe/Moscow'],
      ['78', 'Europe/Moscow'],
      ['16', 'Europe/Moscow'],
      ['02', 'Asia/Yekaterinburg'],
      ['54', 'Asia/Novosibirsk'],
      ['66', 'Asia/Yekaterinburg'],
    ];
    for (const [code, timeZone] of expected) {
      expect(byCode.get(code)?.timeZone, code).toBe(timeZone);
    }
    expect(byCode.get('16')?.languages).toEqual(['ru', 'tt', 'en']);
    expect(byCode.get('16')?.name.tt).toBe('Татарстан Республикасы');
    expect(byCode.get('02')?.languages).toEqual(['ru', 'ba', 'en']);
    expect(byCode.get('02')?.name.ba).toBe('Башҡортостан Республикаһы');
  });

  it('gives every region two or more offices with valid contacts and time zones', () => {
    const officeIds = regions.flatMap((r) => r.offices.map((o) => o.id));
    expect(duplicates(officeIds)).toEqual([]);
    for (const region of regions) {
      expect(region.offices.length, region.code).toBeGreaterThanOrEqual(2);
      expect(() => new Intl.DateTimeFormat('ru', { timeZone: region.timeZone })).not.toThrow();
      for (const office of region.offices) {
        expect(office.phone).toMatch(/^\+7\d{10}$/);
        expect(office.timeZone).toBe(region.timeZone);
        expect(office.categories.length).toBeGreaterThan(0);
        expect(office.address.ru).toMatch(/\d{6}, /);
      }
    }
  });

  it('keys regional variants by known federal subjects only', () => {
    for (const { service, code } of variants) {
      expect(regionCodes.has(code), `${service.id} → ${code}`).toBe(true);
    }
  });

  it('varies at least eight services by region in fees, availability, fields and time', () => {
    const varied = new Set(variants.map((v) => v.service.id));
    const regionalFee = new Set(variants.filter((v) => v.variant.fee).map((v) => v.service.id));
    const regionalFields = new Set(
      variants.filter((v) => v.variant.extraFields?.length).map((v) => v.service.id),
    );
    const regionalDays = variants.filter((v) => v.variant.processingDays !== undefined);
    const onlySomewhere = services.filter(
      (s) => !s.availableByDefault && Object.values(s.regional).some((v) => v.available),
    );
    expect(varied.size).toBeGreaterThanOrEqual(8);
    expect(regionalFee.size).toBeGreaterThanOrEqual(3);
    expect(regionalFields.size).toBeGreaterThanOrEqual(6);
    expect(regionalDays.length).toBeGreaterThanOrEqual(3);
    expect(onlySomewhere.length).toBeGreaterThanOrEqual(3);
  });

  it('offers the Moscow resident parking permit in Moscow only', () => {
    const permit = services.find((s) => s.id === 'moscow-parking-resident-permit');
    expect(permit?.availableByDefault).toBe(false);
    expect(
      regions.filter((r) => permit && isAvailableIn(permit, r.code)).map((r) => r.code),
    ).toEqual(['77']);
  });

  it('charges a different parking pass fee in Moscow and Saint Petersburg', () => {
    const pass = services.find((s) => s.id === 'parking-subscription');
    const moscow = pass?.regional['77']?.fee?.amountKopecks;
    const petersburg = pass?.regional['78']?.fee?.amountKopecks;
    expect(moscow).toBeGreaterThan(0);
    expect(petersburg).toBeGreaterThan(0);
    expect(moscow).not.toBe(petersburg);
  });

  it('adds Tatarstan’s answer-language field to the form seen from Tatarstan', () => {
    const benefit = services.find((s) => s.id === 'unified-child-benefit');
    if (!benefit) throw new Error('unified-child-benefit is missing');
    const view = resolveService(benefit, {
      lang: 'tt',
      region: '16',
      served: ['16'],
      today: '2025-06-01',
    });
    const field = view.form.fields.find((f) => f.name === 'answerLanguage');
    expect(field).toMatchObject({ regional: true, label: 'Җавап теле' });
    expect(field?.options?.map((o) => o.value)).toEqual(['ru', 'tt']);
  });

  it('marks every fee as a sample amount in kopecks', () => {
    expect(allFees.length).toBeGreaterThan(20);
    for (const fee of allFees) {
      expect(Number.isInteger(fee.amountKopecks) && fee.amountKopecks > 0).toBe(true);
      expect(fee.note?.ru).toMatch(/^Образец/);
      expect(fee.note?.en).toMatch(/^Sample/);
    }
  });

  it('keeps form field names unique within each version and its regional additions', () => {
    for (const s of services) {
      const regionalNames = Object.values(s.regional).map((v) =>
        (v.extraFields ?? []).map((f) => f.name),
      );
      for (const version of s.formVersions) {
        const names = version.fields.map((f) => f.name);
        expect(duplicates(names), `${s.id} v${version.version}`).toEqual([]);
        for (const extra of regionalNames) {
          expect(duplicates([...names, ...extra]), `${s.id} v${version.version}`).toEqual([]);
        }
      }
    }
  });

  it('gives every field rules that make sense for its type', () => {
    for (const field of allFields) {
      if (field.rules?.pattern !== undefined) {
        expect(() => new RegExp(field.rules?.pattern ?? ''), field.name).not.toThrow();
      }
      if (field.rules?.notInFuture) expect(field.type, field.name).toBe('date');
      if (field.type === 'select') {
        const values = (field.options ?? []).map((o) => o.value);
        expect(values.length, field.name).toBeGreaterThanOrEqual(2);
        expect(duplicates(values), field.name).toEqual([]);
      } else {
        expect(field.options, field.name).toBeUndefined();
      }
      const { minLength, maxLength, min, max } = field.rules ?? {};
      if (minLength !== undefined && maxLength !== undefined) {
        expect(minLength).toBeLessThanOrEqual(maxLength);
      }
      if (min !== undefined && max !== undefined) expect(min).toBeLessThanOrEqual(max);
    }
  });

  it('has services whose form changes with a later version, applied by date', () => {
    const versioned = services.filter((s) => s.formVersions.length >= 2);
    expect(versioned.length).toBeGreaterThanOrEqual(3);
    for (const s of versioned) {
      const dates = s.formVersions.map((v) => v.effectiveFrom);
      expect(duplicates(dates), s.id).toEqual([]);
      expect(duplicates(s.formVersions.map((v) => String(v.version))), s.id).toEqual([]);
      const [first, second] = [...s.formVersions].sort((a, b) => a.version - b.version);
      if (!first || !second) throw new Error(`${s.id} lacks versions`);
      expect(second.effectiveFrom > first.effectiveFrom, s.id).toBe(true);
      expect(JSON.stringify(second.fields), s.id).not.toBe(JSON.stringify(first.fields));
      expect(formVersionOn(s, second.effectiveFrom).version).toBe(second.version);
      const dayBefore = new Date(Date.parse(second.effectiveFrom) - 86_400_000);
      expect(formVersionOn(s, dayBefore.toISOString().slice(0, 10)).version).toBe(first.version);
    }
  });
});
