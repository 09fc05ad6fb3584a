import type { RouteDefinition } from '@eruz/api';

/** The outcome of matching a request line against the route table. */
export type RouteMatch =
  | { kind: 'found'; route: RouteDefinition; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

type Segment = { literal: string } | { parameter: string; greedy: boolean };

function parseTemplate(template: string): Segment[] {
  return template
    .split('/')
    .filter(Boolean)
    .map((part) => {
      const parameter = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(part);

      return parameter?.[1]
        ? { parameter: parameter[1], greedy: parameter[2] === '+' }
        : { literal: part };
    });
}

/** Matches path segments to a template; undefined when they do not fit. */
function bind(template: Segment[], segments: string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    if ('literal' in part) {
      if (segments[index] !== part.literal) return undefined;
    } else if (part.greedy) {
      if (index >= segments.length) return undefined;
      parameters[part.parameter] = segments.slice(index).join('/');

      return parameters;
    } else {
      const value = segments[index];
      if (value === undefined || value === '') return undefined;
      parameters[part.parameter] = value;
    }
  }

  return template.length === segments.length ? parameters : undefined;
}

/** Literal segments outrank parameters, as API Gateway prefers the most specific resource. */
function specificity(template: Segment[]) {
  return template.map((part) => ('literal' in part ? 2 : part.greedy ? 0 : 1)).join('');
}

type CompiledRoute = { route: RouteDefinition; template: Segment[]; rank: string };

const compiledTables = new WeakMap<readonly RouteDefinition[], CompiledRoute[]>();

/** The parsed templates of a route table, parsed once per table. */
function compiled(routes: readonly RouteDefinition[]): CompiledRoute[] {
  let table = compiledTables.get(routes);
  if (!table) {
    table = routes.map((route) => {
      const template = parseTemplate(route.path);

      return { route, template, rank: specificity(template) };
    });
    compiledTables.set(routes, table);
  }

  return table;
}

/**
 * Finds the route for a method and a path (still percent-encoded, without the query), the
 * way API Gateway resolves resources: the most specific matching path template wins, a
 * trailing slash is ignored, and path parameters keep their percent-encoding as in the
 * proxy events of a REST API.
 */
export function matchRoute(
  routes: readonly RouteDefinition[],
  method: string,
  path: string,
): RouteMatch {
  const segments = path.split('/').filter((part, index) => index > 0 || part !== '');
  if (segments.at(-1) === '') segments.pop();
  const wanted = method.toUpperCase();
  let rank = '';
  let resource: { entry: CompiledRoute; parameters: Record<string, string> }[] = [];
  for (const entry of compiled(routes)) {
    if (entry.rank < rank) continue;
    const parameters = bind(entry.template, segments);
    if (!parameters) continue;
    if (entry.rank > rank) {
      rank = entry.rank;
      resource = [];
    }
    resource.push({ entry, parameters });
  }
  if (resource.length === 0) return { kind: 'not-found' };
  const found = resource.find(({ entry }) => entry.route.method === wanted);
  if (found) return { kind: 'found', route: found.entry.route, pathParameters: found.parameters };

  return {
    kind: 'method-not-allowed',
    allow: [...new Set(resource.map(({ entry }) => entry.route.method)), 'OPTIONS'],
  };
}
