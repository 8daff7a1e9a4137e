/**
 * Reading a basemap a page supplies by URL: TopoJSON or GeoJSON, already parsed from JSON.
 * Never throws: anything unusable becomes an `invalid-basemap` issue. Only outlines are kept
 * (polygons and lines; points are ignored), every position is checked, exterior rings are turned
 * the way d3-geo expects (RFC 7946 files wind the other way), and only an id and a plain-text
 * name survive from the properties.
 */
import { feature } from 'topojson-client';
import type { DataIssue } from '../data/types.ts';
import { partsOf, polygonArea } from './measure.ts';
import type { Basemap, BasemapShape, Extent, ShapeGeometry } from './types.ts';

export type ParsedBasemap = { ok: true; basemap: Basemap; dropped: number } | { ok: false; error: DataIssue };

/** Caps that keep a hostile or accidental file from freezing the page. */
export const MAX_SHAPES = 20_000;
export const MAX_POSITIONS = 2_000_000;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function own(object: Json, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const fail = (message: string): ParsedBasemap => ({ ok: false, error: { code: 'invalid-basemap', message } });

/** Parse TopoJSON or GeoJSON (any object, collection or geometry) into basemap shapes. */
export function parseBasemap(raw: unknown, key = 'custom'): ParsedBasemap {
  try {
    if (!isObject(raw)) return fail('The basemap is not a TopoJSON or GeoJSON object');
    const type = own(raw, 'type');
    const budget = { positions: 0 };
    let candidates: unknown[];
    if (type === 'Topology') {
      const features = topologyFeatures(raw);
      if (typeof features === 'string') return fail(features);
      candidates = features;
    } else if (type === 'FeatureCollection') {
      const features = own(raw, 'features');
      if (!Array.isArray(features)) return fail('The GeoJSON FeatureCollection has no features array');
      candidates = features;
    } else if (typeof type === 'string' && GEOJSON_TYPES.has(type)) {
      candidates = [raw];
    } else {
      return fail('The basemap is neither TopoJSON (type "Topology") nor GeoJSON');
    }
    const shapes: BasemapShape[] = [];
    let dropped = 0;
    for (const candidate of candidates) {
      if (shapes.length >= MAX_SHAPES) {
        dropped += 1;
        continue;
      }
      const before = shapes.length;
      collectShapes(candidate, shapes, budget);
      if (shapes.length === before && !isPointOnly(candidate)) dropped += 1;
      if (budget.positions > MAX_POSITIONS) return fail(`The basemap has more than ${MAX_POSITIONS} positions`);
    }
    if (shapes.length === 0) return fail('The basemap has no usable outlines (polygons or lines)');
    return { ok: true, basemap: { key, shapes, bbox: shapesBounds(shapes) }, dropped };
  } catch {
    return fail('The basemap could not be read');
  }
}

const GEOJSON_TYPES = new Set([
  'Feature',
  'GeometryCollection',
  'Polygon',
  'MultiPolygon',
  'LineString',
  'MultiLineString',
  'Point',
  'MultiPoint',
]);

/** The features of a topology's first usable object (`countries` preferred), or an error message. */
function topologyFeatures(topology: Json): unknown[] | string {
  const objects = own(topology, 'objects');
  const arcs = own(topology, 'arcs');
  if (!isObject(objects)) return 'The TopoJSON has no objects';
  if (!Array.isArray(arcs) || !arcs.every((arc) => Array.isArray(arc) && arc.every(isPositionLike))) {
    return 'The TopoJSON arcs are malformed';
  }
  const transform = own(topology, 'transform');
  if (transform !== undefined && !validTransform(transform)) return 'The TopoJSON transform is malformed';
  const keys = Object.keys(objects).filter((name) => !FORBIDDEN.has(name));
  const ordered = keys.includes('countries') ? ['countries', ...keys.filter((name) => name !== 'countries')] : keys;
  for (const name of ordered) {
    const object = objects[name];
    if (!isObject(object) || typeof own(object, 'type') !== 'string') continue;
    // topojson-client trusts its input; a bad arc index surfaces as an exception, caught by the caller.
    const converted = feature(topology as never, object as never) as unknown;
    if (isObject(converted) && own(converted, 'type') === 'FeatureCollection') {
      const features = own(converted, 'features');
      if (Array.isArray(features) && features.length > 0) return features;
    } else if (isObject(converted)) {
      return [converted];
    }
  }
  return 'The TopoJSON has no geometry objects';
}

function validTransform(value: unknown): boolean {
  if (!isObject(value)) return false;
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
  return pair(own(value, 'scale')) && pair(own(value, 'translate'));
}

function isPositionLike(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}

function isPointOnly(candidate: unknown): boolean {
  if (!isObject(candidate)) return false;
  const geometry = own(candidate, 'type') === 'Feature' ? own(candidate, 'geometry') : candidate;
  if (geometry === null) return true;
  const type = isObject(geometry) ? own(geometry, 'type') : undefined;
  return type === 'Point' || type === 'MultiPoint';
}

/** Push the outlines of a Feature or geometry (recursing into collections). */
function collectShapes(candidate: unknown, shapes: BasemapShape[], budget: { positions: number }, depth = 0): void {
  if (!isObject(candidate) || depth > 8) return;
  if (own(candidate, 'type') === 'Feature') {
    const geometry = own(candidate, 'geometry');
    const properties = own(candidate, 'properties');
    const id = shapeId(own(candidate, 'id'), isObject(properties) ? properties : undefined);
    const name = isObject(properties) ? shapeName(properties) : undefined;
    const geometries: ShapeGeometry[] = [];
    flattenGeometry(geometry, geometries, budget, depth + 1);
    for (const checked of geometries) {
      const shape: BasemapShape = { type: 'Feature', properties: null, geometry: checked };
      if (id !== undefined) shape.id = id;
      if (name !== undefined) shape.name = name;
      shapes.push(shape);
    }
    return;
  }
  const geometries: ShapeGeometry[] = [];
  flattenGeometry(candidate, geometries, budget, depth + 1);
  for (const checked of geometries) shapes.push({ type: 'Feature', properties: null, geometry: checked });
}

function flattenGeometry(value: unknown, out: ShapeGeometry[], budget: { positions: number }, depth: number): void {
  if (!isObject(value) || depth > 8) return;
  const type = own(value, 'type');
  if (type === 'GeometryCollection') {
    const geometries = own(value, 'geometries');
    if (Array.isArray(geometries)) for (const child of geometries) flattenGeometry(child, out, budget, depth + 1);
    return;
  }
  const coordinates = own(value, 'coordinates');
  if (type === 'Polygon') {
    const polygon = checkPolygon(coordinates, budget);
    if (polygon) out.push({ type: 'Polygon', coordinates: polygon });
  } else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) return;
    const polygons = coordinates.map((polygon) => checkPolygon(polygon, budget)).filter((p): p is number[][][] => p !== null);
    if (polygons.length) out.push({ type: 'MultiPolygon', coordinates: polygons });
  } else if (type === 'LineString') {
    const line = checkLine(coordinates, 2, budget);
    if (line) out.push({ type: 'LineString', coordinates: line });
  } else if (type === 'MultiLineString') {
    if (!Array.isArray(coordinates)) return;
    const lines = coordinates.map((line) => checkLine(line, 2, budget)).filter((l): l is number[][] => l !== null);
    if (lines.length) out.push({ type: 'MultiLineString', coordinates: lines });
  }
}

/** A fresh array of [lon, lat] positions, or null when any position is not a finite longitude/latitude. */
function checkLine(value: unknown, minimum: number, budget: { positions: number }): number[][] | null {
  if (!Array.isArray(value) || value.length < minimum) return null;
  budget.positions += value.length;
  if (budget.positions > MAX_POSITIONS) return null;
  const line: number[][] = [];
  for (const position of value) {
    if (!Array.isArray(position) || position.length < 2) return null;
    const lon = position[0];
    const lat = position[1];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    if (lat < -90 || lat > 90 || lon < -540 || lon > 540) return null;
    line.push([lon, lat]);
  }
  return line;
}

/** Checked rings with the exterior wound clockwise (d3-geo's spherical convention); null when unusable. */
function checkPolygon(value: unknown, budget: { positions: number }): number[][][] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rings: number[][][] = [];
  for (const ring of value) {
    const checked = checkLine(ring, 4, budget);
    if (!checked) {
      if (rings.length === 0) return null;
      continue; // a broken hole is dropped, its polygon kept
    }
    rings.push(checked);
  }
  // An exterior ring wound counter-clockwise encloses the rest of the globe: turn every ring around.
  if (polygonArea(rings) > 2 * Math.PI) for (const ring of rings) ring.reverse();
  return rings;
}

function shapeId(id: unknown, properties: Json | undefined): string | undefined {
  const candidates = [id, properties && own(properties, 'id'), properties && own(properties, 'iso_a3'), properties && own(properties, 'ISO_A3')];
  for (const candidate of candidates) {
    if ((typeof candidate === 'string' && candidate.length > 0 && candidate.length <= 64) || (typeof candidate === 'number' && Number.isFinite(candidate))) {
      return String(candidate);
    }
  }
  return undefined;
}

function shapeName(properties: Json): string | undefined {
  for (const key of ['name', 'NAME', 'name_en']) {
    const value = own(properties, key);
    if (typeof value === 'string' && value.trim() && value.length <= 200) return value.trim();
  }
  return undefined;
}

/**
 * The [west, south, east, north] of the shapes' vertices; null when empty. Longitudes are also
 * read from 0 to 360: when that range is the narrower one and under half the globe (outlines
 * cut at ±180, such as Russia's far east or Fiji), the bounds lie across the antimeridian,
 * west greater than east, as d3-geo's geoBounds gives them.
 */
export function shapesBounds(shapes: readonly BasemapShape[]): Extent | null {
  let west = Infinity;
  let east = -Infinity;
  let westOf0 = Infinity;
  let eastOf0 = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const shape of shapes) {
    for (const part of partsOf(shape.geometry)) {
      for (let index = 0; index < part.length; index += 1) {
        const lon = part[index]![0]!;
        const lat = part[index]![1]!;
        const turned = lon < 0 ? lon + 360 : lon;
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        westOf0 = Math.min(westOf0, turned);
        eastOf0 = Math.max(eastOf0, turned);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (![west, south, east, north].every(Number.isFinite)) return null;
  const across = eastOf0 - westOf0;
  if (across < east - west && across <= 180) return [westOf0 > 180 ? westOf0 - 360 : westOf0, south, eastOf0 > 180 ? eastOf0 - 360 : eastOf0, north];
  return [west, south, east, north];
}
