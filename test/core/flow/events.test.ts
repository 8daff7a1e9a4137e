import { describe, expect, it } from 'vitest';
import { placeEventLabels, shorten } from '../../../src/core/layout/flow/events.ts';
import { random } from './fixtures.ts';

describe('placeEventLabels', () => {
  it('puts labels that would collide in different rows', () => {
    const placed = placeEventLabels(
      [
        { id: 'a', x: 100, text: 'Border closes' },
        { id: 'b', x: 110, text: 'Route closes' },
      ],
      { width: 800, fontSize: 12, maxRows: 3 },
    );
    expect(placed[0]!.row).toBe(0);
    expect(placed[1]!.row).toBe(1);
    expect(placed.every((p) => p.visible && !p.truncated)).toBe(true);
  });

  it('flips a label to the left of its rule near the right edge', () => {
    const [p] = placeEventLabels([{ id: 'a', x: 790, text: 'Late event' }], { width: 800, fontSize: 12, maxRows: 2 });
    expect(p!.x + p!.width).toBeLessThanOrEqual(790);
  });

  it('never overlaps and stays inside at any width, for many random events', () => {
    const rnd = random(42);
    for (let width = 320; width <= 1600; width += 20) {
      const events = Array.from({ length: 12 }, (_, i) => ({
        id: `e${i}`,
        x: rnd() * width,
        text: 'Event label '.repeat(1 + Math.floor(rnd() * 4)).trim(),
      }));
      const placed = placeEventLabels(events, { width, fontSize: 12, maxRows: 3 });
      const shown = placed.filter((p) => p.visible);
      for (const p of shown) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x + p.width).toBeLessThanOrEqual(width);
        expect(p.row).toBeLessThan(3);
      }
      for (const a of shown) {
        for (const b of shown) {
          if (a === b || a.row !== b.row) continue;
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
        }
      }
    }
  });

  it('shortens or hides what cannot fit, keeping every event in the output', () => {
    const events = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, x: 100 + i, text: `Event number ${i}` }));
    const placed = placeEventLabels(events, { width: 320, fontSize: 12, maxRows: 2 });
    expect(placed.map((p) => p.id)).toEqual(events.map((e) => e.id));
    expect(placed.filter((p) => !p.visible).length).toBeGreaterThan(0);
    expect(placed.filter((p) => !p.visible).every((p) => p.text === '')).toBe(true);
  });
});

describe('shorten', () => {
  it('cuts at a word with an ellipsis', () => {
    expect(shorten('Hungary seals its border with Serbia', 20)).toBe('Hungary seals its…');
    expect(shorten('Short', 20)).toBe('Short');
    expect(shorten('Averyveryverylongword', 8)).toBe('Averyve…');
  });
});
