#!/usr/bin/env node
/**
 * Cut the default basemaps from Natural Earth country outlines (world-atlas, public domain)
 * into small TopoJSON modules that ship with the package:
 *   src/core/geo/basemaps/western-balkans.ts  (1:50m, the Western Balkans and neighbours)
 *   src/core/geo/basemaps/europe.ts           (1:110m, Europe and the Mediterranean)
 * Each geometry keeps only its id (ISO 3166-1 alpha-3; Kosovo `XKX`); names are localised at run time.
 * Countries are clipped to the basemap's rectangle, simplified and quantised.
 *
 *   node scripts/basemaps.mjs
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const atlas = (scale) =>
  JSON.parse(readFileSync(join(root, 'node_modules/world-atlas', `countries-${scale}.json`), 'utf8'));

/** ISO 3166-1 numeric → alpha-3 for every country the two basemaps can hold. */
const ALPHA3 = {
  '008': 'ALB', '012': 'DZA', '020': 'AND', '031': 'AZE', '040': 'AUT', '051': 'ARM', '056': 'BEL',
  '070': 'BIH', '100': 'BGR', '112': 'BLR', '191': 'HRV', '196': 'CYP', '203': 'CZE', '208': 'DNK',
  '233': 'EST', '234': 'FRO', '246': 'FIN', '248': 'ALA', '250': 'FRA', '268': 'GEO', '275': 'PSE',
  '276': 'DEU', '292': 'GIB', '300': 'GRC', '304': 'GRL', '336': 'VAT', '348': 'HUN', '352': 'ISL',
  '364': 'IRN', '368': 'IRQ', '372': 'IRL', '376': 'ISR', '380': 'ITA', '398': 'KAZ', '400': 'JOR',
  '414': 'KWT', '422': 'LBN', '428': 'LVA', '434': 'LBY', '438': 'LIE', '440': 'LTU', '442': 'LUX',
  '470': 'MLT', '478': 'MRT', '492': 'MCO', '498': 'MDA', '499': 'MNE', '504': 'MAR', '528': 'NLD',
  '578': 'NOR', '616': 'POL', '620': 'PRT', '642': 'ROU', '643': 'RUS', '674': 'SMR', '682': 'SAU',
  '688': 'SRB', '703': 'SVK', '705': 'SVN', '724': 'ESP', '732': 'ESH', '752': 'SWE', '756': 'CHE',
  '760': 'SYR', '788': 'TUN', '792': 'TUR', '804': 'UKR', '807': 'MKD', '818': 'EGY', '826': 'GBR',
  '831': 'GGY', '832': 'JEY', '833': 'IMN',
};

/**
 * The two cuts. `bbox` is [west, south, east, north] in degrees: what the basemap covers.
 * `weight` is the quantile of triangle areas kept by Visvalingam simplification.
 */
const CUTS = [
  {
    name: 'western-balkans',
    scale: '50m',
    bbox: [12, 34.5, 31, 49.5],
    keep: 0.6,
    quantization: 1e4,
    minArea: 0.002,
    label: 'the Western Balkans and neighbours',
  },
  {
    name: 'europe',
    scale: '110m',
    bbox: [-25, 27, 50, 72],
    keep: 0.8,
    quantization: 5e3,
    minArea: 0.02,
    label: 'Europe and the Mediterranean',
  },
];

/** Stable code for a source geometry; undefined when the geometry is not wanted. */
function codeOf(geometry) {
  if (geometry.id !== undefined) return ALPHA3[geometry.id];
  // Natural Earth leaves these without a numeric code.
  if (geometry.properties?.name === 'Kosovo') return 'XKX';
  return undefined;
}

/** Sutherland–Hodgman clip of a closed ring against one half-plane. */
function clipEdge(ring, inside, cut) {
  const out = [];
  for (let i = 0; i < ring.length; i += 1) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    const inCurrent = inside(current);
    const inPrevious = inside(previous);
    if (inCurrent) {
      if (!inPrevious) out.push(cut(previous, current));
      out.push(current);
    } else if (inPrevious) {
      out.push(cut(previous, current));
    }
  }
  return out;
}

/** Make longitudes continuous: rings that cross the antimeridian (Russia) jump by 360°. */
function unwrap(ring) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [lon, lat] = ring[i];
    if (i > 0) {
      const step = lon + shift - out[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

function clipRing(ring, [west, south, east, north]) {
  // Work on the open ring; close it again at the end.
  let points = unwrap(ring).slice(0, -1);
  const atX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  points = clipEdge(points, (p) => p[0] >= west, atX(west));
  points = clipEdge(points, (p) => p[0] <= east, atX(east));
  points = clipEdge(points, (p) => p[1] >= south, atY(south));
  points = clipEdge(points, (p) => p[1] <= north, atY(north));
  if (points.length < 3) return null;
  return [...points, points[0]];
}

function clipPolygons(geometry, bbox) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const polygon of polygons) {
    const outer = clipRing(polygon[0], bbox);
    if (!outer) continue;
    const holes = polygon.slice(1).map((ring) => clipRing(ring, bbox)).filter(Boolean);
    kept.push([outer, ...holes]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function cut({ name, scale, bbox, keep, quantization, minArea, label }) {
  const source = atlas(scale);
  const countries = source.objects.countries;
  const byCode = new Map();
  for (const geometry of countries.geometries) {
    const code = geometry.properties?.name === 'N. Cyprus' ? 'CYP' : codeOf(geometry);
    if (!code) continue;
    const list = byCode.get(code) ?? [];
    list.push(geometry);
    byCode.set(code, list);
  }
  const features = [];
  for (const [code, geometries] of byCode) {
    // One outline per state (the whole island for Cyprus, as UN maps draw it).
    const shape = geometries.length === 1 ? feature(source, geometries[0]).geometry : merge(source, geometries);
    if (!shape) continue;
    const clipped = clipPolygons(shape, bbox);
    if (clipped) features.push({ type: 'Feature', id: code, properties: {}, geometry: clipped });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : 1));

  let topo = topology({ countries: { type: 'FeatureCollection', features } }, 1e6);
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, keep));
  // Drop islets too small to see at this scale (weight is in squared degrees here).
  topo = filter(topo, filterWeight(topo, minArea));
  topo = quantize(topo, quantization);
  topo.bbox = bbox;
  for (const geometry of topo.objects.countries.geometries) delete geometry.properties;
  // Strip the per-point weights presimplify leaves behind.
  topo.arcs = topo.arcs.map((arc) => arc.map((point) => [point[0], point[1]]));
  const json = JSON.stringify(topo);
  const file = join(root, 'src/core/geo/basemaps', `${name}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `// Generated by scripts/basemaps.mjs from world-atlas countries-${scale} (Natural Earth, public domain): ` +
      `${label}. Do not edit.\n` +
      `import type { BasemapTopology } from '../types.ts';\n\n` +
      `const topology: BasemapTopology = ${json};\n\nexport default topology;\n`,
  );
  const ids = topo.objects.countries.geometries.map((g) => g.id).join(' ');
  console.log(`${name}: ${features.length} countries, ${json.length} bytes → ${file}\n  ${ids}`);
}

for (const spec of CUTS) cut(spec);
