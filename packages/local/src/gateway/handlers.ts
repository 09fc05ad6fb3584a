import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

import type { RouteDefinition } from '@eruz/api';

/** A Lambda handler of the API, as `functions/<domain>/<name>.ts` exports it. */
export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<unknown>;

/** Finds the handler of a route; undefined when its module does not exist (yet). */
export type HandlerSource = (route: RouteDefinition) => Promise<ProxyHandler | undefined>;

/**
 * Loads handlers from `functions/` on first use and keeps them, as a warm Lambda keeps its
 * module: the environment is read once, at that first import. A module that does not exist
 * is looked for again on the next request, so a handler written while the runtime runs is
 * picked up.
 */
export function functionsHandlerSource(root: string): HandlerSource {
  const loaded = new Map<string, Promise<ProxyHandler>>();

  return async (route) => {
    const file = join(root, 'functions', `${route.handler}.ts`);
    let handler = loaded.get(file);
    if (!handler) {
      if (!existsSync(file)) return undefined;
      handler = import(pathToFileURL(file).href).then((module: { handler?: unknown }) => {
        if (typeof module.handler !== 'function') {
          throw new Error(`${file} does not export a function named handler`);
        }

        return module.handler as ProxyHandler;
      });
      loaded.set(file, handler);
      // A module that fails to load is tried again on the next request.
      handler.catch(() => loaded.delete(file));
    }

    return handler;
  };
}
