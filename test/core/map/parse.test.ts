import fc from 'fast-check';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseBasemap } from '../../../src/core/geo/parse.ts';

/** A square around (20, 44), counter-clockwise as RFC 7946 asks. */
const rfcSquare = [
  [19, 43],
  [21, 43],
  [21, 45],
  [19, 45],
  [19, 43],
];

const feature = (coordinates: number[][][], properties: object = {}, id?: string | number) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry: { type: 'Polygon', coordinates },
});

describe('parseBasemap: GeoJSON', () => {
  it('reads a FeatureCollection and turns RFC 7946 rings the way d3-geo draws them', () => {
    const result = parseBasemap({ type: 'FeatureCollection', features: [feature([rfcSquare], { name: 'Central Serbia' }, 'RS-C')] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [shape] = result.basemap.shapes;
    expect(shape!.id).toBe('RS-C');
    expect(shape!.name).toBe('Central Serbia');
    // Small area (a few square degrees), not the rest of the globe.
    expect(geoArea(shape as never)).toBeLessThan(0.01);
    const [west, south, east, north] = result.basemap.bbox!;
    expect([west, south, east, north].map(Math.round)).toEqual([19, 43, 21, 45]);
  });

  it('keeps clockwise rings as they are', () => {
    const clockwise = [...rfcSquare].reverse();
    const result = parseBasemap({ type: 'Polygon', coordinates: [clockwise] });
    expect(result.ok && result.basemap.shapes[0]!.geometry.coordinates).toEqual([clockwise]);
  });

  it('accepts a bare Feature, geometries, collections and lines; ignores points', () => {
    const result = parseBasemap({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates: [[19, 44], [22, 44]] } },
        { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [20, 44] } },
        {
          type: 'Feature',
          properties: { ISO_A3: 'SRB' },
          geometry: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', coordinates: [[rfcSquare]] }] },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.basemap.shapes.map((shape) => [shape.geometry.type, shape.id])).toEqual([
      ['LineString', undefined],
      ['MultiPolygon', 'SRB'],
    ]);
    expect(result.dropped).toBe(0);
    expect(parseBasemap(feature([rfcSquare])).ok).toBe(true);
  });

  it('drops features with bad positions and counts them', () => {
    const result = parseBasemap({
      type: 'FeatureCollection',
      features: [feature([rfcSquare]), feature([[[0, 0], [1, 'x'], [2, 2], [0, 0]]] as never), feature([[[0, 95], [1, 1], [2, 2], [0, 95]]])],
    });
    expect(result.ok && result.basemap.shapes.length).toBe(1);
    expect(result.ok && result.dropped).toBe(2);
  });

  it('keeps only an id and a plain-text name from the properties', () => {
    const result = parseBasemap(feature([rfcSquare], { name: '<img src=x onerror=alert(1)>', fill: 'red', style: 'x' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.basemap.shapes[0]!).sort()).toEqual(['geometry', 'name', 'properties', 'type']);
    expect(result.basemap.shapes[0]!.properties).toBeNull();
  });

  it('ignores __proto__ and constructor keys', () => {
    const raw = JSON.parse(
      '{"type":"Feature","properties":{"__proto__":{"name":"polluted"},"constructor":"x"},"geometry":{"type":"Polygon","coordinates":[[[19,43],[21,43],[21,45],[19,45],[19,43]]]}}',
    );
    const result = parseBasemap(raw);
    expect(result.ok && result.basemap.shapes[0]!.name).toBeUndefined();
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});

describe('parseBasemap: TopoJSON', () => {
  it('reads the countries object (or the first one) of a topology', () => {
    // The RFC square as a quantised topology (one arc, delta-encoded), as topojson-server writes it.
    const topo = {
      type: 'Topology',
      transform: { scale: [0.002, 0.002], translate: [19, 43] },
      objects: {
        regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'a', properties: { name: 'A' }, arcs: [[0]] }] },
      },
      arcs: [[[0, 0], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]]],
    };
    const result = parseBasemap(topo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.basemap.shapes[0]).toMatchObject({ id: 'a', name: 'A' });
    expect(result.basemap.bbox!.map(Math.round)).toEqual([19, 43, 21, 45]);
    expect(geoArea(result.basemap.shapes[0] as never)).toBeLessThan(0.01);
  });

  it('rejects broken topologies with invalid-basemap', () => {
    const broken = [
      { type: 'Topology' },
      { type: 'Topology', objects: {}, arcs: [] },
      { type: 'Topology', objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[5]] }] } }, arcs: [] },
      { type: 'Topology', objects: { a: { type: 'Polygon', arcs: [[0]] } }, arcs: [[[0, 0], ['x', 1]]] },
      { type: 'Topology', objects: { a: { type: 'Polygon', arcs: [[0]] } }, arcs: [[[0, 0], [1, 1]]], transform: { scale: [1] } },
    ];
    for (const raw of broken) {
      const result = parseBasemap(raw);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid-basemap');
    }
  });
});

describe('parseBasemap never throws', () => {
  it('on anything JSON can hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBasemap(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('on GeoJSON-shaped nonsense', () => {
    const position = fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { maxLength: 3 });
    const geometry = fc.record({
      type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'GeometryCollection', 'Point', 'Nope'),
      coordinates: fc.oneof(fc.array(fc.array(position)), fc.array(fc.array(fc.array(position))), fc.anything()),
      geometries: fc.anything(),
    });
    fc.assert(
      fc.property(fc.array(fc.record({ type: fc.constant('Feature'), properties: fc.anything(), geometry })), (features) => {
        const result = parseBasemap({ type: 'FeatureCollection', features });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('and reports non-geography as invalid-basemap', () => {
    for (const raw of [null, 42, 'x', [], { type: 'Nope' }, { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: [] }]) {
      const result = parseBasemap(raw);
      expect(!result.ok && result.error.code).toBe('invalid-basemap');
    }
  });
});
