import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxHitsCircle, obstacleGrid, placeLabels, textWidth } from '../../../src/core/layout/map/labels.ts';

const bounds = { width: 400, height: 300 };

describe('placeLabels', () => {
  it('places a label beside its symbol, to the right first', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Krnjača', x: 100, y: 100, r: 10 }], [{ id: 'a', x: 100, y: 100, r: 10 }], bounds, 11);
    expect(label!.anchor).toBe('start');
    expect(label!.x).toBe(113);
  });

  it('never lets labels overlap one another, other symbols or the edge', () => {
    const requests = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, text: `Centre number ${i}`, x: 20 + (i % 6) * 60, y: 20 + Math.floor(i / 6) * 55, r: 4 + (i % 5) }));
    const circles = requests.map(({ id, x, y, r }) => ({ id, x, y, r }));
    const placed = placeLabels(requests, circles, bounds, 11);
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(30);
    for (const [i, label] of placed.entries()) {
      expect(label.box.x0).toBeGreaterThanOrEqual(0);
      expect(label.box.x1).toBeLessThanOrEqual(bounds.width);
      for (const other of placed.slice(i + 1)) expect(boxesOverlap(label.box, other.box)).toBe(false);
      for (const circle of circles) if (circle.id !== label.id) expect(boxHitsCircle(label.box, circle)).toBe(false);
    }
  });

  it('serves the requests in order: the first wins a contested place', () => {
    const placed = placeLabels(
      [
        { id: 'big', text: 'Big centre', x: 200, y: 150, r: 0 },
        { id: 'small', text: 'Small centre', x: 205, y: 152, r: 0 },
      ],
      [],
      bounds,
      11,
    );
    expect(placed.map((label) => label.id)).toEqual(['big']);
  });

  it('keeps clear of a large symbol centred in another square of the obstacle grid, and of one off the map', () => {
    const request = { id: 'a', text: 'Krnjača', x: 100, y: 100, r: 4 };
    const free = placeLabels([request], [], bounds, 11)[0]!;
    // Centred some 60 px right of the label's first place, reaching back into it.
    const big = { id: 'big', x: free.box.x1 + 40, y: 100, r: 50 };
    const [beside] = placeLabels([request], obstacleGrid([big], bounds), bounds, 11);
    expect(beside!.anchor).not.toBe('start');
    expect(boxHitsCircle(beside!.box, big)).toBe(false);
    const offMap = { id: 'off', x: -30, y: 100, r: 60 };
    for (const label of placeLabels([request], [offMap], bounds, 11)) expect(boxHitsCircle(label.box, offMap)).toBe(false);
    // Circles that are not numbers are no obstacle.
    expect(placeLabels([request], [{ id: 'nan', x: Number.NaN, y: 100, r: 10 }], bounds, 11)[0]!.anchor).toBe('start');
  });

  it('moves to the left at the right edge', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Dimitrovgrad', x: 390, y: 150, r: 5 }], [], bounds, 11);
    expect(label!.anchor).toBe('end');
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size, wide letters wider', () => {
    expect(textWidth('Šid', 11)).toBeLessThan(textWidth('Obrenovac', 11));
    expect(textWidth('mmm', 10)).toBeGreaterThan(textWidth('iii', 10));
    expect(textWidth('Krnjača', 22)).toBeCloseTo(2 * textWidth('Krnjača', 11));
  });
});
