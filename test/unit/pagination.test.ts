import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeCursor, InvalidCursorError, paginate } from '@eruz/domain';

describe('cursor pagination', () => {
  it('walks every item exactly once, page by page', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 15 }),
        (items, limit) => {
          const seen: number[] = [];
          let cursor: string | undefined;
          do {
            const page = paginate(items, { limit, cursor, query: { q: 'x' } });
            seen.push(...page.items);
            cursor = page.next;
          } while (cursor);

          expect(seen).toEqual(items);
        },
      ),
    );
  });

  it('refuses a cursor of another query or a garbled one', () => {
    const page = paginate([1, 2, 3], { limit: 1, query: { q: 'a' } });

    expect(() => decodeCursor(page.next as string, { q: 'b' })).toThrow(InvalidCursorError);
    expect(() => decodeCursor('%%%', { q: 'a' })).toThrow(InvalidCursorError);
  });
});
