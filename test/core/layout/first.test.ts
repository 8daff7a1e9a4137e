import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepFirst } from '../../../src/core/layout/first.ts';

describe('keepFirst', () => {
  it('keeps the first `count` items as a stable sort would, for any items and count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (keys, count) => {
        const items = keys.map((key, seen) => ({ key, seen }));
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const top: typeof items = [];
        for (const item of items) keepFirst(top, item, count, byKey);
        expect(top).toEqual([...items].sort(byKey).slice(0, count));
      }),
      { numRuns: 500 },
    );
  });
});
