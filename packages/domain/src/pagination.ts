import { createHash } from 'node:crypto';

/** Thrown when a page cursor is garbled or belongs to another query. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid page cursor');
    this.name = 'InvalidCursorError';
  }
}

function fingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 12);
}

/** An opaque cursor for an offset within the results of one query. */
export function encodeCursor(offset: number, query: unknown): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(query) })).toString('base64url');
}

/** The offset a cursor points at; it must come from the same query. */
export function decodeCursor(cursor: string, query: unknown): number {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      parsed &&
      typeof parsed === 'object' &&
      'o' in parsed &&
      'f' in parsed &&
      Number.isSafeInteger(parsed.o) &&
      (parsed.o as number) >= 0 &&
      parsed.f === fingerprint(query)
    ) {
      return parsed.o as number;
    }
  } catch {
    // a garbled cursor is reported below like any other bad one
  }
  throw new InvalidCursorError();
}

/** One page of items and the cursor of the next page, if there is one. */
export function paginate<T>(
  items: readonly T[],
  options: { limit: number; cursor?: string | undefined; query: unknown },
): { items: T[]; next?: string } {
  const offset = options.cursor ? decodeCursor(options.cursor, options.query) : 0;
  const page = items.slice(offset, offset + options.limit);
  const end = offset + page.length;

  return end < items.length
    ? { items: page, next: encodeCursor(end, options.query) }
    : { items: page };
}
