import type * as z from 'zod';

import type { Role } from '@eruz/domain';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. */
export type Access =
  | { kind: 'public' }
  | { kind: 'user'; roles: readonly Role[] }
  | { kind: 'system'; scopes: readonly string[] };

export interface ResponseDefinition {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/**
 * One row of the route table: the single source from which API Gateway, the local runtime
 * and the OpenAPI document are built.
 */
/** Access a route's function needs to one store named in `@eruz/data` resources. */
export interface Grant {
  /** `name` of a table, bucket or topic definition. */
  resource: string;
  access: 'read' | 'write' | 'readwrite';
}

export interface RouteDefinition {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/services/{id}`. */
  path: string;
  /**
   * The handler module under `functions/`, without extension: `catalog/list-services` is
   * `functions/catalog/list-services.ts` exporting `handler`.
   */
  handler: string;
  access: Access;
  summary: string;
  description?: string;
  tags: readonly string[];
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
  };
  responses: Readonly<Record<number, ResponseDefinition>>;
  /** Stores the handler touches; the stack grants exactly these (least privilege). */
  grants: readonly Grant[];
  /** Public responses that clients and CDNs may cache for this many seconds. */
  cacheSeconds?: number;
  /** Served only by the local runtime (developer tooling), never deployed. */
  localOnly?: boolean;
}

/** Keeps the literal keys of a route table while checking each row. */
export function defineRoutes<const T extends Record<string, RouteDefinition>>(routes: T): T {
  for (const [key, route] of Object.entries(routes)) {
    if (key !== route.operationId) {
      throw new Error(`route key ${key} differs from its operationId ${route.operationId}`);
    }
  }

  return routes;
}
