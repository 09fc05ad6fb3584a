import * as z from 'zod';

import type { RouteDefinition } from './route.ts';
import { ROUTE_LIST } from './routes.ts';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  /** Server URLs to list; the document is served relative to its host by default. */
  servers?: readonly string[];
  version?: string;
  /** Include routes only the local runtime serves. */
  includeLocalOnly?: boolean;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  delete converted.$schema;

  return converted;
}

function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

function parameters(route: RouteDefinition) {
  const result: JsonSchema[] = [];
  const groups = [
    ['path', route.request?.params],
    ['query', route.request?.query],
  ] as const;
  for (const [location, object] of groups) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
      const schema = jsonSchema(field, 'input');
      const parameter: JsonSchema = {
        name,
        in: location,
        required: location === 'path' || isRequired(field),
        schema,
      };
      if (typeof schema.description === 'string') parameter.description = schema.description;
      result.push(parameter);
    }
  }

  return result;
}

function security(route: RouteDefinition) {
  switch (route.access.kind) {
    case 'public':
      return [];
    case 'user':
      return [{ cognito: [] }];
    case 'system':
      return [{ agencyOAuth: [...route.access.scopes] }];
  }
}

function operation(route: RouteDefinition): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const entry: JsonSchema = { description: response.description };
    if (response.schema) {
      entry.content = {
        [response.contentType ?? 'application/json']: {
          schema: jsonSchema(response.schema, 'output'),
        },
      };
    }
    responses[status] = entry;
  }
  const op: JsonSchema = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [...route.tags],
    parameters: parameters(route),
    responses,
    security: security(route),
  };
  if (route.description) op.description = route.description;
  if (route.access.kind === 'user') op['x-roles'] = [...route.access.roles];
  if (route.request?.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: jsonSchema(route.request.body, 'input') } },
    };
  }

  return op;
}

/** Generates the OpenAPI 3.1 document of the API from the route table. */
export function buildOpenApiDocument(
  options: OpenApiOptions = {},
  routes: readonly RouteDefinition[] = ROUTE_LIST,
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    if (route.localOnly && !options.includeLocalOnly) continue;
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, JsonSchema>)[route.method.toLowerCase()] =
      operation(route);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'ЕРУЗ API',
      version: options.version ?? '1.0.0',
      description:
        'Public API of the state-services portal. Errors are problem+json (RFC 9457) ' +
        'localized by Accept-Language.',
    },
    servers: (options.servers ?? ['/']).map((url) => ({ url })),
    tags: [
      { name: 'catalog', description: 'Public catalog of services, no account needed' },
      { name: 'meta', description: 'About the API itself' },
    ],
    paths,
    components: {
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        agencyOAuth: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: '/oauth2/token', scopes: {} } },
        },
      },
    },
  };
}
