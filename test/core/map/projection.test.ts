import { describe, expect, it } from 'vitest';
import { fitProjection, frameExtent, mapHeight, MIN_SPAN, pointsExtent, projectionFor, visibleExtent, widenExtent } from '../../../src/core/layout/map/projection.ts';
import type { Extent } from '../../../src/core/geo/types.ts';

const padding = { top: 20, right: 20, bottom: 20, left: 20 };
const serbia = [
  { lon: 20.465, lat: 44.804 },
  { lon: 19.243, lat: 44.531 },
  { lon: 21.649, lat: 42.309 },
  { lon: 22.776, lat: 43.014 },
  { lon: 19.667, lat: 46.1 },
];

describe('pointsExtent and widenExtent', () => {
  it('bound the points', () => {
    expect(pointsExtent(serbia)).toEqual([19.243, 42.309, 22.776, 46.1]);
    expect(pointsExtent([])).toBeNull();
  });

  it('give a single centre its surroundings', () => {
    const [w, s, e, n] = widenExtent([20.4, 44.8, 20.4, 44.8]);
    expect(e - w).toBeCloseTo(MIN_SPAN);
    expect(n - s).toBeCloseTo(MIN_SPAN);
    expect((w + e) / 2).toBeCloseTo(20.4);
  });
});

describe('frameExtent', () => {
  it('adds a margin of 15 % of the larger span, at least 0.4°', () => {
    expect(frameExtent([19, 42, 23, 46])).toEqual([18.4, 41.4, 23.6, 46.6]);
    const [w, s, e, n] = frameExtent([20, 44, 20, 44]);
    expect([e - w, n - s].map((v) => Math.round(v * 10) / 10)).toEqual([2.3, 2.3]);
    expect(frameExtent([-179, -88, 179, 88])).toEqual([-180, -89, 180, 89]);
  });
});

describe('fitProjection', () => {
  it('puts every centre inside the frame, within the padding, with some surroundings', () => {
    for (const [width, height] of [[640, 480], [320, 320], [1000, 400]] as const) {
      const projection = fitProjection(pointsExtent(serbia)!, width, height, padding);
      const points = serbia.map(({ lon, lat }) => projection([lon, lat])!);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(padding.left - 0.5);
        expect(x).toBeLessThanOrEqual(width - padding.right + 0.5);
        expect(y).toBeGreaterThanOrEqual(padding.top - 0.5);
        expect(y).toBeLessThanOrEqual(height - padding.bottom + 0.5);
      }
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const fillX = (Math.max(...xs) - Math.min(...xs)) / (width - 40);
      const fillY = (Math.max(...ys) - Math.min(...ys)) / (height - 40);
      expect(Math.max(fillX, fillY)).toBeGreaterThan(0.7);
      expect(Math.max(fillX, fillY)).toBeLessThan(0.95);
    }
  });

  it('keeps north up and west on the left', () => {
    const projection = fitProjection(pointsExtent(serbia)!, 640, 480, padding);
    const [subotica, presevo] = [projection([19.667, 46.1])!, projection([21.649, 42.309])!];
    expect(subotica[1]).toBeLessThan(presevo[1]);
    expect(subotica[0]).toBeLessThan(presevo[0]);
  });

  it('copes with one centre and with tiny frames', () => {
    const projection = fitProjection([20.4, 44.8, 20.4, 44.8], 320, 200, padding);
    const [x, y] = projection([20.4, 44.8])!;
    expect(x).toBeCloseTo(160, 0);
    expect(y).toBeCloseTo(100, 0);
    const tiny = fitProjection(pointsExtent(serbia)!, 10, 10, padding);
    expect(tiny([20, 44])!.every(Number.isFinite)).toBe(true);
  });

  it('is conformal conic in Europe and Mercator across the equator', () => {
    expect((projectionFor([19, 42, 23, 46]) as { parallels?: unknown }).parallels).toBeTypeOf('function');
    expect((projectionFor([-10, -5, 10, 5]) as { parallels?: unknown }).parallels).toBeUndefined();
  });
});

describe('mapHeight', () => {
  it('follows the extent but stays between 16:10 and square', () => {
    const tall: Extent = [19, 40, 21, 48];
    const wide: Extent = [0, 44, 30, 45];
    expect(mapHeight(tall, 600, padding)).toBe(600);
    expect(mapHeight(wide, 600, padding)).toBe(375);
    const serbiaHeight = mapHeight(pointsExtent(serbia)!, 600, padding);
    expect(serbiaHeight).toBeGreaterThanOrEqual(375);
    expect(serbiaHeight).toBeLessThanOrEqual(600);
  });

  it('never goes below 200 px', () => {
    expect(mapHeight([0, 44, 30, 45], 240, padding)).toBe(200);
  });
});

describe('visibleExtent', () => {
  it('contains the fitted extent', () => {
    const extent = pointsExtent(serbia)!;
    const [w, s, e, n] = visibleExtent(fitProjection(extent, 640, 480, padding), 640, 480)!;
    expect(w).toBeLessThan(extent[0]);
    expect(s).toBeLessThan(extent[1]);
    expect(e).toBeGreaterThan(extent[2]);
    expect(n).toBeGreaterThan(extent[3]);
  });
});
