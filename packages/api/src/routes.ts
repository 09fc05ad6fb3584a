import * as z from 'zod';

import {
  CategoryId,
  CategoryView,
  Language,
  RegionCode,
  RegionSummaryView,
  RegionView,
  ServiceListItemView,
  ServiceView,
  Slug,
} from '@eruz/domain';

import { Problem } from './problem.ts';
import { defineRoutes, type ResponseDefinition, type RouteDefinition } from './route.ts';

const problem = (description: string): ResponseDefinition => ({
  description,
  schema: Problem,
  contentType: 'application/problem+json',
});

const catalogRead = [{ resource: 'Catalog', access: 'read' }] as const;

const notModified: ResponseDefinition = { description: 'Not modified since the given ETag' };

const langQuery = Language.optional().describe(
  'Language of the texts; otherwise Accept-Language decides, then Russian',
);

/** Longest search query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

export const ServiceListQuery = z
  .object({
    region: RegionCode.optional().describe('Only services available in this federal subject'),
    category: CategoryId.optional(),
    q: z
      .string()
      .trim()
      .min(1)
      .max(MAX_QUERY_LENGTH)
      .optional()
      .describe('Search in everyday words; tolerant to word forms and typos'),
    lang: langQuery,
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional().describe('The `next` value of the previous page'),
  })
  .strict();

export const ServiceListPage = z.object({
  items: z.array(ServiceListItemView),
  next: z.string().optional(),
});

export const routes = defineRoutes({
  listCategories: {
    operationId: 'listCategories',
    method: 'GET',
    path: '/v1/categories',
    handler: 'catalog/list-categories',
    access: { kind: 'public' },
    grants: catalogRead,
    summary: 'Categories of the service catalog',
    tags: ['catalog'],
    request: { query: z.object({ lang: langQuery }).strict() },
    responses: {
      200: { description: 'All categories', schema: z.object({ items: z.array(CategoryView) }) },
      304: notModified,
      400: problem('Bad parameters'),
    },
    cacheSeconds: 300,
  },
  listServices: {
    operationId: 'listServices',
    method: 'GET',
    path: '/v1/services',
    handler: 'catalog/list-services',
    access: { kind: 'public' },
    grants: catalogRead,
    summary: 'List and search services',
    description:
      'Filters by federal subject and category; `q` ranks services by relevance to ' +
      'everyday Russian words. Pages are linked by an opaque cursor.',
    tags: ['catalog'],
    request: { query: ServiceListQuery },
    responses: {
      200: { description: 'A page of services', schema: ServiceListPage },
      304: notModified,
      400: problem('Bad parameters'),
    },
    cacheSeconds: 60,
  },
  getService: {
    operationId: 'getService',
    method: 'GET',
    path: '/v1/services/{id}',
    handler: 'catalog/get-service',
    access: { kind: 'public' },
    grants: catalogRead,
    summary: 'A service, resolved for a federal subject',
    tags: ['catalog'],
    request: {
      params: z.object({ id: Slug }),
      query: z
        .object({
          region: RegionCode.optional().describe('Merge the fee and fields of this subject'),
          lang: langQuery,
        })
        .strict(),
    },
    responses: {
      200: { description: 'The service', schema: ServiceView },
      304: notModified,
      400: problem('Bad parameters'),
      404: problem('No such service, or not available in the subject'),
    },
    cacheSeconds: 300,
  },
  listRegions: {
    operationId: 'listRegions',
    method: 'GET',
    path: '/v1/regions',
    handler: 'catalog/list-regions',
    access: { kind: 'public' },
    grants: catalogRead,
    summary: 'Federal subjects served by this deployment',
    tags: ['catalog'],
    request: { query: z.object({ lang: langQuery }).strict() },
    responses: {
      200: {
        description: 'Served subjects',
        schema: z.object({ items: z.array(RegionSummaryView) }),
      },
      304: notModified,
      400: problem('Bad parameters'),
    },
    cacheSeconds: 300,
  },
  getRegion: {
    operationId: 'getRegion',
    method: 'GET',
    path: '/v1/regions/{code}',
    handler: 'catalog/get-region',
    access: { kind: 'public' },
    grants: catalogRead,
    summary: 'A federal subject with its offices directory',
    tags: ['catalog'],
    request: {
      params: z.object({ code: RegionCode }),
      query: z.object({ lang: langQuery }).strict(),
    },
    responses: {
      200: { description: 'The subject', schema: RegionView },
      304: notModified,
      400: problem('Bad parameters'),
      404: problem('Not served by this deployment'),
    },
    cacheSeconds: 300,
  },
  getOpenApi: {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/openapi.json',
    handler: 'meta/openapi',
    access: { kind: 'public' },
    grants: [],
    summary: 'This OpenAPI 3.1 document',
    tags: ['meta'],
    responses: {
      200: { description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) },
      304: notModified,
    },
    cacheSeconds: 300,
  },
});

export type RouteId = keyof typeof routes;

/** Every route, in table order. */
export const ROUTE_LIST: readonly RouteDefinition[] = Object.values(routes);
