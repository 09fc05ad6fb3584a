import type * as z from 'zod';

import { isMessageCode } from '@eruz/domain';

import type { FieldErrorSpec } from './errors.ts';

type Issue = z.core.$ZodIssue;

function joinPath(location: string, path: readonly PropertyKey[]): string {
  return [location, ...path.map(String)].join('.');
}

function describeValues(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/** Turns one zod issue into the field errors a client sees (before localization). */
function issueToFieldErrors(location: string, issue: Issue, input: unknown): FieldErrorSpec[] {
  const field = joinPath(location, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined;

      return [
        missing
          ? { field, code: 'field.required' }
          : { field, code: 'field.invalid_type', params: { expected: issue.expected } },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: joinPath(location, [...issue.path, key]),
        code: 'field.unknown',
      }));
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        return [{ field, code: 'field.too_short', params: { minimum } }];
      }

      return [{ field, code: 'field.too_small', params: { minimum } }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        return [{ field, code: 'field.too_long', params: { maximum } }];
      }

      return [{ field, code: 'field.too_big', params: { maximum } }];
    }
    case 'invalid_value':
      return [
        { field, code: 'field.invalid_value', params: { options: describeValues(issue.values) } },
      ];
    case 'custom': {
      const code = issue.params?.code;

      return [
        typeof code === 'string' && isMessageCode(code)
          ? { field, code, params: issue.params?.values ?? {} }
          : { field, code: 'field.invalid_format' },
      ];
    }
    case 'invalid_format':
      if (issue.format === 'safeint') return [{ field, code: 'field.not_integer' }];

      return [{ field, code: 'field.invalid_format' }];
    default:
      return [{ field, code: 'field.invalid_format' }];
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }

  return current;
}

/**
 * Parses one part of a request; returns the value or the field errors of every problem
 * at once (zod reports them all).
 */
export function parsePart<S extends z.ZodType>(
  location: string,
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrorSpec[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue) => issueToFieldErrors(location, issue, input));

  return { ok: false, errors };
}
