import { describe, expect, it } from 'vitest';
import serbiaRaw from '../../../data/centres-serbia.json';
import bihRaw from '../../../data/centres-bih.json';
import { generateCentres } from '../../../src/core/data/sample-generators.ts';
import { namedBasemap } from '../../../src/core/geo/basemaps.ts';
import { parseBasemap } from '../../../src/core/geo/parse.ts';
import { geoPath } from 'd3-geo';
import { labelBudget, layoutCentres, layoutFrame, sortForDrawing, stepCentre, withBasemap, withCountryLabels, type MarkerModel } from '../../../src/core/layout/map/model.ts';
import { boxesOverlap } from '../../../src/core/layout/map/labels.ts';
import { centres, small, withHistory } from './fixtures.ts';

const serbia = () => centres(serbiaRaw);
const bih = () => centres(bihRaw);

describe('layoutFrame', () => {
  it('chooses the Western Balkans basemap for Serbia and shows the Kosovo footnote', () => {
    const frame = layoutFrame(serbia(), { width: 640, locale: 'en', basemap: 'auto' });
    expect(frame.basemap?.key).toBe('western-balkans');
    expect(frame.kosovo).toBe(true);
    expect(frame.shapes.length).toBeGreaterThan(5);
    expect(frame.graticule).toBeNull();
    expect(frame.height).toBeGreaterThanOrEqual(400);
    expect(frame.height).toBeLessThanOrEqual(640);
  });

  it('places every centre inside the frame', () => {
    for (const width of [320, 640, 1200]) {
      const frame = layoutFrame(serbia(), { width, locale: 'en', basemap: 'auto' });
      for (const [x, y] of frame.positions.values()) {
        expect(x).toBeGreaterThanOrEqual(frame.maxRadius);
        expect(x).toBeLessThanOrEqual(width - frame.maxRadius);
        expect(y).toBeGreaterThanOrEqual(frame.maxRadius);
        expect(y).toBeLessThanOrEqual(frame.height - frame.maxRadius);
      }
    }
  });

  it('names countries in the page language, Kosovo with its asterisk', () => {
    const frame = layoutFrame(serbia(), { width: 800, locale: 'sr-Cyrl', basemap: 'auto' });
    const names = frame.countryRequests.map((request) => request.text);
    expect(names).toContain('Србија');
    expect(names).toContain('Косово*');
  });

  it('takes Europe for centres spread across it, and nothing far away', () => {
    const spread = centres({
      centres: [
        { id: 'a', name: 'Lampedusa', lat: 35.5, lon: 12.6 },
        { id: 'b', name: 'Calais', lat: 50.95, lon: 1.86 },
        { id: 'c', name: 'Lesvos', lat: 39.1, lon: 26.55 },
      ],
    });
    expect(layoutFrame(spread, { width: 640, locale: 'en', basemap: 'auto' }).basemap?.key).toBe('europe');
    const far = centres({ centres: [{ id: 'a', name: 'Tapachula', lat: 14.9, lon: -92.26 }] });
    const frame = layoutFrame(far, { width: 640, locale: 'en', basemap: 'auto' });
    expect(frame.basemap).toBeNull();
    expect(frame.graticule).toMatch(/^M/);
  });

  it('follows a named or given basemap, or none', () => {
    expect(layoutFrame(small(), { width: 640, locale: 'en', basemap: 'europe' }).basemap?.key).toBe('europe');
    const custom = parseBasemap({ type: 'Polygon', coordinates: [[[19, 42], [23, 42], [23, 46], [19, 46], [19, 42]].reverse()] });
    if (!custom.ok) throw new Error('fixture');
    const frame = layoutFrame(small(), { width: 640, locale: 'en', basemap: custom.basemap });
    expect(frame.basemap?.key).toBe('custom');
    expect(frame.shapes).toHaveLength(1);
    expect(frame.kosovo).toBe(false);
    expect(layoutFrame(small(), { width: 640, locale: 'en', basemap: null }).shapes).toEqual([]);
  });

  it('uses a shipped basemap the dataset names', () => {
    const data = { ...small(), basemap: 'europe' };
    expect(layoutFrame(data, { width: 640, locale: 'en', basemap: 'auto' }).basemap).toBe(namedBasemap('europe'));
  });

  it('leaves out only outlines that draw nothing in view', () => {
    for (const [data, width] of [[serbia(), 640], [bih(), 320], [small(), 1200]] as const) {
      const frame = layoutFrame(data, { width, locale: 'en', basemap: 'europe' });
      const path = geoPath(frame.projection).digits(1);
      const drawn = frame.basemap!.shapes.flatMap((shape, index) => (path(shape as never) ? [`${shape.id}~${index}`] : []));
      expect(frame.shapes.map((shape) => shape.key)).toEqual(drawn);
    }
  });

  it('draws each outline exactly as d3 does with its clipping along the antimeridian', () => {
    // Shipped basemaps, and a custom one with shapes across the antimeridian, within view or not.
    const custom = parseBasemap({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'fiji', properties: null, geometry: { type: 'Polygon', coordinates: [[[177, -18], [-179, -18], [-179, -16], [177, -16], [177, -18]]] } },
        { type: 'Feature', id: 'wide', properties: null, geometry: { type: 'Polygon', coordinates: [[[-100, 38], [0, 38], [100, 38], [100, 44], [0, 44], [-100, 44], [-100, 38]]] } },
        {
          type: 'Feature',
          id: 'across',
          properties: null,
          geometry: { type: 'Polygon', coordinates: [[[15, 42], [75, 42], [135, 42], [-165, 42], [-140, 42], [-140, 70], [-165, 70], [135, 70], [75, 70], [15, 70], [15, 42]]] },
        },
        { type: 'Feature', id: 'line', properties: null, geometry: { type: 'LineString', coordinates: [[10, 40], [30, 45]] } },
        { type: 'Feature', id: 'serbia', properties: null, geometry: { type: 'Polygon', coordinates: [[[19, 42], [23, 42], [23, 46], [19, 46], [19, 42]]] } },
      ],
    });
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    for (const [data, width, basemap] of [[serbia(), 640, 'auto'], [bih(), 320, 'europe'], [small(), 1200, 'europe'], [serbia(), 500, custom.basemap]] as const) {
      const frame = layoutFrame(data, { width, locale: 'en', basemap });
      const path = geoPath(frame.projection).digits(1);
      const expected = new Map(frame.basemap!.shapes.map((shape, index) => [`${shape.id}~${index}`, path(shape as never)]));
      for (const shape of frame.shapes) expect(shape.d).toBe(expected.get(shape.key));
      if (frame.basemap === custom.basemap) expect(frame.shapes.map((shape) => shape.key)).toEqual(['wide~1', 'across~2', 'line~3', 'serbia~4']);
    }
  });

  it('changes basemap or language without placing the centres again, as if laid out anew', () => {
    const data = serbia();
    const bare = layoutFrame(data, { width: 800, locale: 'en', basemap: null });
    for (const options of [
      { locale: 'sr-Cyrl', basemap: 'auto' },
      { locale: 'en', basemap: 'europe' },
      { locale: 'hr', basemap: null },
    ] as const) {
      const changed = withBasemap(bare, data, options);
      const fresh = layoutFrame(data, { width: 800, ...options });
      expect(changed.positions).toBe(bare.positions);
      expect(changed.shapes).toEqual(fresh.shapes);
      expect(changed.countryRequests).toEqual(fresh.countryRequests);
      expect([changed.kosovo, changed.graticule, changed.basemap]).toEqual([fresh.kosovo, fresh.graticule, fresh.basemap]);
    }
  });

  it('keeps one size scale across dates', () => {
    const frame = layoutFrame(withHistory(), { width: 640, locale: 'en', basemap: 'auto' });
    expect(frame.maxOccupancy).toBe(120);
    expect(frame.size(120)).toBeCloseTo(frame.maxRadius);
  });
});

describe('layoutCentres', () => {
  const frame = layoutFrame(small(), { width: 640, locale: 'en', basemap: 'auto' });
  const model = layoutCentres(small(), frame, { locale: 'en' });

  it('draws the largest first so that small symbols stay on top', () => {
    const radii = model.markers.map((marker) => marker.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(model.markers[0]!.id).toBe('krnjaca');
  });

  it('carries the rate, over-capacity and the reason a rate is missing', () => {
    const byId = model.byId;
    expect(byId.get('krnjaca')).toMatchObject({ rate: 0.98, rateClass: 'r3', over: false, kind: 'asylum' });
    expect(byId.get('obrenovac')).toMatchObject({ rate: 1.5, rateClass: 'over', over: true, kind: 'transit' });
    expect(byId.get('presevo')).toMatchObject({ rate: null, rateClass: 'unknown', capacityIssue: 'unknown' });
    expect(byId.get('tent')).toMatchObject({ rate: null, rateClass: 'over', over: true, capacityIssue: 'none', kind: 'other', type: 'tent camp' });
    expect(byId.get('vranje')).toMatchObject({ status: 'closed', rate: 0 });
  });

  it('orders the keyboard walk by occupancy and from west to east', () => {
    expect(model.byOccupancy).toEqual(['krnjaca', 'obrenovac', 'presevo', 'tent', 'vranje']);
    expect(model.westToEast).toEqual(['obrenovac', 'krnjaca', 'presevo', 'vranje', 'tent']);
  });

  it('labels the largest centres without overlaps', () => {
    expect(model.labels.map((label) => label.id)).toContain('krnjaca');
    const boxes = [...model.labels, ...model.countryLabels].map((label) => label.box);
    boxes.forEach((box, i) => boxes.slice(i + 1).forEach((other) => expect(boxesOverlap(box, other)).toBe(false)));
    expect(labelBudget(320)).toBe(4);
    expect(layoutCentres(small(), frame, { locale: 'en', labels: 1 }).labels).toHaveLength(1);
  });

  it('transliterates names on Cyrillic pages', () => {
    expect(layoutCentres(small(), frame, { locale: 'sr-Cyrl' }).byId.get('krnjaca')!.name).toBe('Крњача');
  });

  it('explains in the legend only what occurs', () => {
    expect(frame.legend.kinds).toEqual(['asylum', 'reception', 'transit', 'other']);
    expect(frame.legend.classes).toEqual(['r0', 'r1', 'r2', 'r3', 'over', 'unknown']);
    expect(frame.legend.statuses).toEqual(['closed']);
    expect(frame.legend.noPlaces).toBe(true);
    expect(frame.legend.sizes.map((size) => size.value)).toEqual([500, 100, 20]);
  });

  it('shows the values of the chosen date', () => {
    const data = withHistory();
    const dated = layoutFrame(data, { width: 640, locale: 'en', basemap: 'auto' });
    expect(layoutCentres(data, dated, { locale: 'en' }).date).toBe('2017-01');
    const december = layoutCentres(data, dated, { locale: 'en', date: '2016-12-25' });
    expect(december.byId.get('a')).toMatchObject({ occupancy: 120, over: true, date: '2016-12-25' });
    expect(december.byId.get('b')).toMatchObject({ occupancy: 40, status: 'open', date: '2016-12' });
    const early = layoutCentres(data, dated, { locale: 'en', date: '2016-01' });
    expect(early.byId.get('a')).toMatchObject({ known: false, occupancy: null });
  });

  it('marks the over-capacity centre in Bosnia and Herzegovina, September 2019', () => {
    const data = bih();
    const bihFrame = layoutFrame(data, { width: 640, locale: 'en', basemap: 'auto' });
    const over = layoutCentres(data, bihFrame, { locale: 'en' }).markers.filter((marker) => marker.over);
    expect(over.map((marker) => marker.id)).toEqual(['miral']);
  });
});

describe('stepCentre', () => {
  const order = ['a', 'b', 'c'];
  it('moves by one and stops at the ends', () => {
    expect(stepCentre(order, 'a', 1)).toBe('b');
    expect(stepCentre(order, 'c', 1)).toBe('c');
    expect(stepCentre(order, 'a', -1)).toBe('a');
    expect(stepCentre(order, 'b', Number.POSITIVE_INFINITY)).toBe('c');
    expect(stepCentre(order, 'b', Number.NEGATIVE_INFINITY)).toBe('a');
  });

  it('starts at the first (forwards) or the last (backwards) without a current centre', () => {
    expect(stepCentre(order, null, 1)).toBe('a');
    expect(stepCentre(order, null, -1)).toBe('c');
    expect(stepCentre(order, 'gone', 1)).toBe('a');
    expect(stepCentre([], null, 1)).toBeNull();
  });
});

describe('generated data sets', () => {
  it('lay out 5,000 centres', () => {
    const data = centres(generateCentres({ count: 5000, seed: 7, history: 6 }));
    const frame = layoutFrame(data, { width: 800, locale: 'en', basemap: 'auto' });
    const model = layoutCentres(data, frame, { locale: 'en' });
    expect(model.markers).toHaveLength(5000);
    expect(frame.dates).toHaveLength(6);
  });
});

describe('withCountryLabels', () => {
  it('gives the model a basemap that arrived later as if it had been there from the start', () => {
    for (const data of [serbia(), bih(), centres(generateCentres({ count: 1500, seed: 3 }))]) {
      const bare = layoutFrame(data, { width: 800, locale: 'sr-Cyrl', basemap: null });
      const full = layoutFrame(data, { width: 800, locale: 'sr-Cyrl', basemap: 'auto' });
      const later = withCountryLabels(layoutCentres(data, bare, { locale: 'sr-Cyrl' }), full);
      const direct = layoutCentres(data, full, { locale: 'sr-Cyrl' });
      expect(later.countryLabels.length).toBeGreaterThan(0);
      expect({ ...later, byId: [...later.byId.keys()] }).toEqual({ ...direct, byId: [...direct.byId.keys()] });
    }
  });
});

describe('sortForDrawing', () => {
  it('puts the largest first and equal sizes in id order, as comparing them would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const markers = Array.from({ length: 400 }, (_, index) => ({ id: `c${Math.floor(random() * 1e6)}-${index}`, r: random() < 0.3 ? 2.5 : Math.round(random() * 40) / 4 + 2.5 }));
    const expected = [...markers].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((marker) => marker.id);
    const sorted = [...markers] as never as MarkerModel[];
    sortForDrawing(sorted);
    expect(sorted.map((marker) => marker.id)).toEqual(expected);
    const none: MarkerModel[] = [];
    sortForDrawing(none);
    expect(none).toEqual([]);
  });
});
