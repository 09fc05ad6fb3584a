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

type CompiledTable = {
  routes: CompiledRoute[];
  /** Routes whose path has no parameters, by their segments joined with `/`. */
  literal: Map<string, CompiledRoute[]>;
};

const compiledTables = new WeakMap<readonly RouteDefinition[], CompiledTable>();

/** The parsed templates of a route table, parsed once per table. */
function compiled(routes: readonly RouteDefinition[]): CompiledTable {
  let table = compiledTables.get(routes);
  if (!table) {
    table = { routes: [], literal: new Map() };
    for (const route of routes) {
      const template = parseTemplate(route.path);
      const entry = { route, template, rank: specificity(template) };
      table.routes.push(entry);
      if (template.every((part) => 'literal' in part)) {
        const key = template.map((part) => ('literal' in part ? part.literal : '')).join('/');
        const same = table.literal.get(key);
        if (same) same.push(entry);
        else table.literal.set(key, [entry]);
      }
    }
    compiledTables.set(routes, table);
  }

  return table;
}

/**
 * The routes of a path that names a resource without parameters, looked up directly: no
 * template with a parameter can outrank it. Undefined for any other path.
 */
function literalResource(table: CompiledTable, path: string): CompiledRoute[] | undefined {
  const rest = path.charCodeAt(0) === 0x2f /* / */ ? path.slice(1) : path;
  const key = rest.endsWith('/') ? rest.slice(0, -1) : rest;
  // `//` leaves one empty segment, which no template matches: it must not find `/`.
  if (key === '' && rest !== '') return undefined;

  return table.literal.get(key);
}

function methodNotAllowed(resource: readonly CompiledRoute[]): RouteMatch {
  return {
    kind: 'method-not-allowed',
    allow: [...new Set(resource.map(({ route }) => route.method)), 'OPTIONS'],
  };
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
  const table = compiled(routes);
  const wanted = method.toUpperCase();
  const literal = literalResource(table, path);
  if (literal) {
    for (const { route } of literal) {
      if (route.method === wanted) return { kind: 'found', route, pathParameters: {} };
    }

    return methodNotAllowed(literal);
  }

  const segments = path.split('/').filter((part, index) => index > 0 || part !== '');
  if (segments.at(-1) === '') segments.pop();
  let rank = '';
  let resource: { entry: CompiledRoute; parameters: Record<string, string> }[] = [];
  for (const entry of table.routes) {
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

  return methodNotAllowed(resource.map(({ entry }) => entry));
}
