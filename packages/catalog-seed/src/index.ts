/**
 * The seed catalog of ЕРУЗ: six categories, a few dozen federal and regional services and
 * eight federal subjects with their offices.
 *
 * All fees in this catalog are SAMPLE values chosen to look plausible. They are not the
 * legal amounts of state fees or tariffs, and every fee's note says so. Offices' addresses
 * and phone numbers are made up as well.
 *
 * The catalog is checked against the domain schema when this module is loaded, so a broken
 * seed fails at start-up rather than in front of a citizen.
 */
import { Catalog } from '@eruz/domain';

import { CATEGORIES } from './categories.ts';
import { REGIONS } from './regions.ts';
import { BUSINESS_SERVICES } from './services/business.ts';
import { CITIZEN_DOCUMENT_SERVICES } from './services/citizen-documents.ts';
import { ELECTRONIC_SIGNATURE_SERVICES } from './services/electronic-signature.ts';
import { REAL_ESTATE_SERVICES } from './services/real-estate.ts';
import { SOCIAL_SUPPORT_SERVICES } from './services/social-support.ts';
import { TRANSPORT_SERVICES } from './services/transport.ts';

/** The seed catalog, validated by the `Catalog` schema. */
export const SEED_CATALOG: Catalog = Catalog.parse({
  categories: CATEGORIES,
  services: [
    ...CITIZEN_DOCUMENT_SERVICES,
    ...REAL_ESTATE_SERVICES,
    ...BUSINESS_SERVICES,
    ...SOCIAL_SUPPORT_SERVICES,
    ...TRANSPORT_SERVICES,
    ...ELECTRONIC_SIGNATURE_SERVICES,
  ],
  regions: REGIONS,
});

/** Codes of the federal subjects the seed describes. */
export const SEED_REGION_CODES: readonly string[] = SEED_CATALOG.regions.map((r) => r.code);
