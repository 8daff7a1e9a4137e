/**
 * The centre map as a plain model, in two steps so that stepping through dates stays cheap:
 *  - `layoutFrame`: size, projection fitted to all centres, basemap paths and country label
 *    candidates, symbol positions and the size scale (fixed across dates, so sizes compare);
 *  - `layoutCentres`: values on the chosen date, symbols (largest drawn first), labels,
 *    keyboard orders and the legend.
 */
import type { GeoProjection } from 'd3-geo';
import type { CentresData, CentreStatus, Text } from '../../data/types.ts';
import { basemapFor, isBasemapName, namedBasemap, type BasemapName } from '../../geo/basemaps.ts';
import { countryLabel, KOSOVO } from '../../geo/countries.ts';
import { graticule } from '../../geo/graticule.ts';
import { partsOf, polygonArea, polygonHolds, polygonMiddle } from '../../geo/measure.ts';
import { projectShape } from '../../geo/projected.ts';
import type { Basemap, BasemapShape, Extent } from '../../geo/types.ts';
import { pickText } from '../../text/pick.ts';
import { keepFirst } from '../first.ts';
import { defaultDate, historyDates, statusAt, valuesAt } from './history.ts';
import { obstacleGrid, placeLabels, textWidth, type Box, type LabelRequest, type ObstacleGrid, type PlacedLabel } from './labels.ts';
import { drawableLatitude, fitProjection, mapHeight, pointsExtent, projectionKey, visibleExtent, type Padding } from './projection.ts';
import { capacityIssue, isOverCapacity, occupancyRate, rateClass, type CapacityIssue, type RateClass } from './rate.ts';
import { centreKind, maxRadius, placedSymbol, radiusFor, sizeLegendValues, sizeScale, type CentreKind, type SizeScale } from './scales.ts';

export type BasemapChoice = 'auto' | BasemapName | Basemap | null;

export interface FrameOptions {
  width: number;
  /** A fixed height in px; otherwise one that suits the centres' extent. */
  height?: number;
  locale: string;
  basemap: BasemapChoice;
}

export interface ShapeModel {
  /** Stable key for rendering (the shape's id, or its index). */
  key: string;
  d: string;
  /** Lines (custom basemaps) are stroked, not filled. */
  line: boolean;
  /** The outline holds centres: drawn a shade darker so the reader sees where they are. */
  focus: boolean;
}

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /**
   * The same projection without d3's clipping along its antimeridian, for outlines that keep
   * clear of it: that clipping is worked out on the sphere for every polygon, most of the cost
   * of drawing a basemap, and changes nothing for such an outline.
   */
  unclippedProjection: GeoProjection;
  /** The basemap drawn, or null (a graticule is drawn instead). */
  basemap: Basemap | null;
  /** A shipped basemap this frame wants but has not loaded yet: load it, then lay out again. */
  pendingBasemap: BasemapName | null;
  shapes: ShapeModel[];
  graticule: string | null;
  /** Whether Kosovo is on the map: its designation footnote must be shown. */
  kosovo: boolean;
  countryRequests: LabelRequest[];
  positions: Map<string, readonly [number, number]>;
  maxRadius: number;
  maxOccupancy: number;
  size: SizeScale;
  dates: readonly string[];
  /** The same on every date. */
  legend: LegendModel;
}

export const LABEL_FONT_SIZE = 11;
export const COUNTRY_FONT_SIZE = 10;

function paddingFor(radius: number): Padding {
  const pad = Math.ceil(radius + 6);
  return { top: pad, right: pad, bottom: pad, left: pad };
}

/** The basemap to draw, or the name of a shipped one that has still to load (drawn without it meanwhile). */
function resolveBasemap(choice: BasemapChoice, view: Extent | null, dataBasemap: string | undefined): { basemap: Basemap | null; pending: BasemapName | null } {
  if (choice === null) return { basemap: null, pending: null };
  if (typeof choice === 'object') return { basemap: choice, pending: null };
  // A dataset may name a shipped basemap; URLs in data are not fetched (the page decides what loads).
  const name = choice !== 'auto' ? choice : isBasemapName(dataBasemap) ? dataBasemap : basemapFor(view);
  if (!name) return { basemap: null, pending: null };
  const basemap = namedBasemap(name) ?? null;
  return { basemap, pending: basemap ? null : name };
}

const GRATICULE_STEPS = [0.5, 1, 2, 5, 10, 15, 30];

/** Meridians and parallels at a round step giving a few lines across the view (orientation without a basemap). */
function graticuleFor(view: Extent | null, projection: GeoProjection): string | null {
  const span = view ? Math.max(view[2] - view[0], view[3] - view[1]) : 360;
  const step = GRATICULE_STEPS.find((candidate) => span / candidate <= 6) ?? 30;
  return projectShape(graticule(step), projection).d || null;
}

/** At most 300 centres, evenly spread through the list: enough to find the countries that hold centres. */
function sampleCentres(centres: readonly { lon: number; lat: number }[]): [number, number][] {
  const step = Math.max(1, Math.ceil(centres.length / 300));
  const sample: [number, number][] = [];
  for (let i = 0; i < centres.length; i += step) sample.push([centres[i]!.lon, centres[i]!.lat]);
  return sample;
}

interface Outline {
  box: Extent;
  /** The largest step in longitude or latitude between neighbouring vertices. */
  longestStep: number;
}

/** Shapes are shared and read-only: their planar outline is worked out once. */
const outlines = new WeakMap<BasemapShape, Outline | null>();

/** The [west, south, east, north] of a shape's vertices; null for shapes across the antimeridian. */
function outlineOf(shape: BasemapShape): Outline | null {
  let outline = outlines.get(shape);
  if (outline === undefined) {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    let longestStep = 0;
    for (const part of partsOf(shape.geometry)) {
      let previousLon = NaN;
      let previousLat = NaN;
      for (let index = 0; index < part.length; index += 1) {
        const lon = part[index]![0] ?? NaN;
        const lat = part[index]![1] ?? NaN;
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
        const step = Math.max(Math.abs(lon - previousLon), Math.abs(lat - previousLat));
        if (step > longestStep) longestStep = step;
        previousLon = lon;
        previousLat = lat;
      }
    }
    outline = east - west <= 180 ? { box: [west, south, east, north], longestStep } : null;
    outlines.set(shape, outline);
  }
  return outline;
}

/**
 * Steps of at most this many degrees stray from their straight line in longitude and latitude
 * by far less than the margin around the view (a great circle bulges toward the pole).
 */
const SHORT_STEP = 5;

/**
 * Whether a shape surely draws nothing in the view: its vertices lie outside the view with a
 * margin, and its edges are short enough to stay close to them. Such shapes are not projected.
 */
function outOfView(shape: BasemapShape, view: Extent | null): boolean {
  if (!view) return false;
  const outline = outlineOf(shape);
  if (!outline || outline.longestStep > SHORT_STEP) return false;
  const margin = Math.max(1, 0.1 * Math.max(view[2] - view[0], view[3] - view[1]));
  const [west, south, east, north] = outline.box;
  return east < view[0] - margin || west > view[2] + margin || north < view[1] - margin || south > view[3] + margin;
}

/**
 * Whether an outline keeps clear of the projection's antimeridian and of the poles, by a margin:
 * every edge then spans less than half the globe in longitude, so none crosses the antimeridian,
 * and a polygon (wound the way d3 expects) cannot hold the pole its clipping starts from.
 */
function clearOfAntimeridian(shape: BasemapShape, projection: GeoProjection): boolean {
  const outline = outlineOf(shape);
  const [lambda, phi, gamma = 0] = projection.rotate();
  if (!outline || phi !== 0 || gamma !== 0) return false;
  const [west, south, east, north] = outline.box;
  return east - west < 170 && west + lambda > -179 && east + lambda < 179 && south > -89 && north < 89;
}

/** The polygons of a shape (none for lines). */
function polygonsOf({ type, coordinates }: BasemapShape['geometry']): number[][][][] {
  return type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : [];
}

/**
 * Whether any of the points lies in the shape. Country outlines are dense enough for a planar
 * test on their vertices; outlines across the antimeridian are cut at ±180 (as Natural Earth's
 * are), so their parts are tested the same way, with no box around them.
 */
function holdsAny(shape: BasemapShape, points: readonly [number, number][]): boolean {
  const [west, south, east, north] = outlineOf(shape)?.box ?? [-180, -90, 180, 90];
  const polygons = polygonsOf(shape.geometry);
  for (let index = 0; index < points.length; index += 1) {
    const lon = points[index]![0];
    const lat = points[index]![1];
    if (lon < west || lon > east || lat < south || lat > north) continue;
    for (const polygon of polygons) if (polygonHolds(polygon, lon, lat)) return true;
  }
  return false;
}

/**
 * Where a country's name goes: the middle of its largest polygon, or, when that is off the
 * map, the centroid of the part in view, provided it falls inside the country (a crescent's
 * centroid can lie in its neighbour).
 */
function labelPoint(
  polygon: { type: 'Polygon'; coordinates: number[][][] },
  projection: GeoProjection,
  /** The polygon's centroid in view (see `projectShape`). */
  visible: [number, number] | null,
  width: number,
  height: number,
): [number, number] | null {
  const inside = (point: [number, number] | null | undefined): point is [number, number] =>
    !!point && point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= height;
  const middle = polygonMiddle(polygon.coordinates);
  const whole = middle && projection(middle);
  if (inside(whole)) return whole;
  if (!inside(visible)) return null;
  const back = projection.invert?.(visible);
  return back && polygonHolds(polygon.coordinates, back[0], back[1]) ? visible : null;
}

function isKosovo(shape: BasemapShape): boolean {
  return shape.id === KOSOVO || shape.id === 'XK' || (shape.name !== undefined && /^kosovo\b/i.test(shape.name));
}

/** The polygon of a shape that carries its label: the largest on the globe. */
function labelPolygon(shape: BasemapShape): { type: 'Polygon'; coordinates: number[][][] } | null {
  const { geometry } = shape;
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') return null;
  let best: number[][][] | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const area = polygonArea(coordinates);
    if (area > bestArea) {
      bestArea = area;
      best = coordinates;
    }
  }
  return best ? { type: 'Polygon', coordinates: best } : null;
}

interface ProjectedBasemap {
  outlines: { shape: BasemapShape; key: string; d: string; line: boolean }[];
  /** Largest outline first. */
  countryRequests: LabelRequest[];
  kosovo: boolean;
}

/** Projected outlines by basemap, then by projection, size and locale: new data over the same area reuses them. */
const projectedBasemaps = new WeakMap<Basemap, Map<string, ProjectedBasemap>>();
const PROJECTED_PER_BASEMAP = 8;

/** The outlines as paths and the country names that fit in them (shared between frames: read-only). */
function projectBasemap(
  basemap: Basemap,
  projection: GeoProjection,
  unclippedProjection: GeoProjection,
  width: number,
  height: number,
  view: Extent | null,
  locale: string,
): ProjectedBasemap {
  let cache = projectedBasemaps.get(basemap);
  if (!cache) {
    cache = new Map();
    projectedBasemaps.set(basemap, cache);
  }
  const cacheKey = `${projectionKey(projection)}|${width}|${height}|${locale}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const outlines: ProjectedBasemap['outlines'] = [];
  const countryRequests: (LabelRequest & { area: number })[] = [];
  let kosovo = false;
  basemap.shapes.forEach((shape, index) => {
    if (outOfView(shape, view)) return;
    const through = clearOfAntimeridian(shape, projection) ? unclippedProjection : projection;
    const { d } = projectShape(shape as never, through);
    if (!d) return;
    const line = shape.geometry.type === 'LineString' || shape.geometry.type === 'MultiLineString';
    outlines.push({ shape, key: shape.id !== undefined ? `${shape.id}~${index}` : String(index), d, line });
    if (line) return;
    if (isKosovo(shape)) kosovo = true;
    const text = (shape.id !== undefined ? countryLabel(shape.id === 'XK' ? KOSOVO : shape.id, locale) : undefined) ?? shape.name;
    const polygon = labelPolygon(shape);
    if (!text || !polygon) return;
    const { area, centroid } = projectShape(polygon, through, false);
    const point = labelPoint(polygon, projection, centroid, width, height);
    if (!point) return;
    const needed = textWidth(text, COUNTRY_FONT_SIZE);
    // Only where the outline is roomy enough for its name.
    if (area < needed * needed * 0.9) return;
    countryRequests.push({ id: `country:${shape.id ?? index}`, text, x: point[0], y: point[1], r: 0, area });
  });
  countryRequests.sort((a, b) => b.area - a.area);
  const projected = { outlines, countryRequests: countryRequests.map(({ area: _area, ...request }) => request), kosovo };
  if (cache.size >= PROJECTED_PER_BASEMAP) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, projected);
  return projected;
}

export function layoutFrame(data: CentresData, options: FrameOptions): MapFrame {
  return withBasemap(placeCentres(data, options.width, options.height), data, options);
}

/** What a frame keeps when only its basemap or locale changes. */
type PlacedFrame = Omit<MapFrame, 'basemap' | 'pendingBasemap' | 'shapes' | 'graticule' | 'kosovo' | 'countryRequests'>;

/** Size, projection, symbol positions, size scale, dates and legend: all decided by the centres and the width. */
function placeCentres(data: CentresData, requestedWidth: number, requestedHeight: number | undefined): PlacedFrame {
  const width = Math.max(1, requestedWidth);
  const count = data.centres.length;
  const extent = pointsExtent(data.centres) ?? ([13, 40, 28, 47] as Extent);
  let radius = maxRadius(width, width * 0.75, count);
  const height = Math.max(1, Math.round(requestedHeight ?? mapHeight(extent, width, paddingFor(radius))));
  radius = maxRadius(width, height, count);
  // Outlines are clipped to the frame, with a margin so that they do not stop at its edge
  // (clipping applies to drawn shapes only, not to projected points).
  const fitted = () =>
    fitProjection(extent, width, height, paddingFor(radius)).clipExtent([
      [-4, -4],
      [width + 4, height + 4],
    ]);
  const projection = fitted();
  const positions = new Map<string, readonly [number, number]>();
  // Passes over thousands of centres use indexed loops: for…of makes an iterator result for each
  // step until the engine has optimised the loop, and a first render runs mostly unoptimised.
  for (let index = 0; index < count; index += 1) {
    const centre = data.centres[index]!;
    const point = projection([centre.lon, drawableLatitude(centre.lat)]);
    if (point && Number.isFinite(point[0]) && Number.isFinite(point[1])) positions.set(centre.id, point);
  }
  const scan = scanCentres(data);
  const size = sizeScale(scan.maxOccupancy, radius);
  return {
    width,
    height,
    projection,
    unclippedProjection: fitted().preclip((stream) => stream),
    positions,
    maxRadius: radius,
    maxOccupancy: scan.maxOccupancy,
    size,
    dates: historyDates(data),
    legend: legendFor(scan, size),
  };
}

/**
 * The frame of the same centres at the same width on another basemap or in another language
 * (a shipped basemap that has arrived, a basemap attribute, the page language): the outlines
 * and country names are worked out again, the symbol positions and scales kept.
 */
export function withBasemap(frame: PlacedFrame, data: CentresData, options: Pick<FrameOptions, 'locale' | 'basemap'>): MapFrame {
  const { width, height, projection } = frame;
  const view = visibleExtent(projection, width, height);
  const { basemap, pending: pendingBasemap } = resolveBasemap(options.basemap, view, data.basemap);
  const drawn = basemap ? projectBasemap(basemap, projection, frame.unclippedProjection, width, height, view, options.locale) : null;
  const sample = drawn ? sampleCentres(data.centres) : [];
  const shapes: ShapeModel[] = (drawn?.outlines ?? []).map(({ shape, key, d, line }) => ({ key, d, line, focus: !line && holdsAny(shape, sample) }));
  return {
    ...frame,
    basemap,
    pendingBasemap,
    shapes,
    graticule: basemap || pendingBasemap ? null : graticuleFor(view, projection),
    kosovo: drawn?.kosovo ?? false,
    countryRequests: drawn?.countryRequests ?? [],
  };
}

export interface MarkerModel {
  id: string;
  /** The name in the page language (transliterated on Cyrillic pages). */
  name: string;
  /** The dataset's own type text (lower case) and the kind it is drawn as. */
  type: string;
  kind: CentreKind;
  /** Status on the chosen date. */
  status: CentreStatus;
  x: number;
  y: number;
  r: number;
  /** The symbol at its place, as SVG path data. */
  path: string;
  occupancy: number | null;
  capacity: number | null;
  rate: number | null;
  rateClass: RateClass;
  over: boolean;
  capacityIssue: CapacityIssue;
  /** The snapshot's date; undefined for an undated dataset. */
  date?: string;
  /** False when the centre has no figures on or before the chosen date. */
  known: boolean;
  lon: number;
  url?: string;
  note?: Text;
}

/**
 * A marker whose name is picked for the page language only when first read: labels, tooltips
 * and the summary need a few names, the table all of them, and only when it is shown.
 */
class CentreMarker implements MarkerModel {
  id = '';
  type = '';
  kind: CentreKind = 'other';
  status: CentreStatus = 'open';
  x = 0;
  y = 0;
  r = 0;
  occupancy: number | null = null;
  capacity: number | null = null;
  rate: number | null = null;
  rateClass: RateClass = 'unknown';
  over = false;
  capacityIssue: CapacityIssue = null;
  date?: string;
  known = true;
  lon = 0;
  url?: string;
  note?: Text;
  #picked: string | undefined;
  readonly #text: Text;
  readonly #locale: string;

  constructor(text: Text, locale: string) {
    this.#text = text;
    this.#locale = locale;
  }

  get name(): string {
    this.#picked ??= pickText(this.#text, this.#locale);
    return this.#picked;
  }

  /** Only drawn one by one below the dense threshold: written when first read. */
  get path(): string {
    return placedSymbol(this.kind, this.r, this.x, this.y);
  }
}

export interface LegendModel {
  sizes: { value: number; r: number }[];
  /** The colour classes that occur on any date (r0–r3 always together once any rate is known). */
  classes: RateClass[];
  kinds: CentreKind[];
  /** Statuses other than open that occur. */
  statuses: CentreStatus[];
  noPlaces: boolean;
}

export interface CentresModel {
  /** The date shown: the chosen one, else `asOf`, else the latest with data. */
  date: string | undefined;
  /** Whether the centres carry a history (a date control applies). */
  timeline: boolean;
  /** Draw order: largest first, so small symbols stay on top and visible. */
  markers: MarkerModel[];
  byId: Map<string, MarkerModel>;
  labels: PlacedLabel[];
  countryLabels: PlacedLabel[];
  /** Keyboard orders: ids by occupancy (largest first) and from west to east. */
  byOccupancy: string[];
  westToEast: string[];
}

export interface CentresOptions {
  locale: string;
  /** The date shown; undefined = the dataset's default (`asOf`, else the latest date). */
  date?: string;
  /** How many of the largest centres get a name label (default: by width). */
  labels?: number;
}

/** Number of name labels that suit a width. */
export function labelBudget(width: number): number {
  return Math.max(2, Math.min(12, Math.round(width / 90)));
}

export function layoutCentres(data: CentresData, frame: MapFrame, options: CentresOptions): CentresModel {
  const date = options.date ?? defaultDate(data, frame.dates);
  const dated = frame.dates.length > 0 ? date : undefined;
  const markers: MarkerModel[] = [];
  for (let index = 0; index < data.centres.length; index += 1) {
    const centre = data.centres[index]!;
    const position = frame.positions.get(centre.id);
    if (!position) continue;
    const values = valuesAt(centre, dated, data.asOf);
    const { occupancy, capacity } = values;
    const kind = centreKind(centre.type);
    const r = radiusFor(frame.size, occupancy);
    const marker = new CentreMarker(centre.name, options.locale);
    marker.id = centre.id;
    marker.type = centre.type;
    marker.kind = kind;
    marker.status = statusAt(centre, values);
    marker.x = position[0];
    marker.y = position[1];
    marker.r = r;
    marker.occupancy = occupancy;
    marker.capacity = capacity;
    marker.rate = occupancyRate(occupancy, capacity);
    marker.rateClass = rateClass(occupancy, capacity);
    marker.over = isOverCapacity(occupancy, capacity);
    marker.capacityIssue = capacityIssue(capacity);
    marker.known = values.known;
    marker.lon = centre.lon;
    const snapshotDate = values.date ?? data.asOf;
    if (snapshotDate !== undefined) marker.date = snapshotDate;
    if (centre.url !== undefined) marker.url = centre.url;
    if (centre.note !== undefined) marker.note = centre.note;
    markers.push(marker);
  }
  const byId = new Map<string, MarkerModel>();
  for (let index = 0; index < markers.length; index += 1) byId.set(markers[index]!.id, markers[index]!);
  // The keyboard orders are sorted when first used: most maps are never stepped through.
  let byOccupancy: string[] | undefined;
  let westToEast: string[] | undefined;
  const occupancyOrder = () => (byOccupancy ??= [...markers].sort(compareOccupancy).map((marker) => marker.id));
  sortForDrawing(markers);

  const budget = options.labels ?? labelBudget(frame.width);
  const requests: LabelRequest[] = [];
  const addLabels = (order: readonly MarkerModel[]): boolean => {
    for (const marker of order) {
      if (requests.length >= budget) return true;
      // Unknown and zero occupancy come last: no label from there on.
      if (!marker.occupancy) return true;
      if (marker.name) requests.push({ id: marker.id, text: marker.name, x: marker.x, y: marker.y, r: marker.r });
    }
    return order.length === markers.length;
  };
  // The largest few suffice unless names are missing; only then the whole order.
  if (!addLabels(largestByOccupancy(markers, budget * 2))) {
    requests.length = 0;
    addLabels(occupancyOrder().map((id) => byId.get(id)!));
  }
  const bounds = { width: frame.width, height: frame.height };
  const taken: Box[] = [];
  const obstacles = markerObstacles(markers, bounds);
  const labels = placeLabels(requests, obstacles, bounds, LABEL_FONT_SIZE, taken);
  const countryLabels = placeLabels(frame.countryRequests, obstacles, bounds, COUNTRY_FONT_SIZE, taken);

  return {
    date,
    timeline: frame.dates.length > 0,
    markers,
    byId,
    labels,
    countryLabels,
    get byOccupancy() {
      return occupancyOrder();
    },
    get westToEast() {
      return (westToEast ??= [...markers].sort((a, b) => a.lon - b.lon || b.y - a.y || compareId(a, b)).map((marker) => marker.id));
    },
  };
}

/**
 * The model on a frame that differs from the model's own only in its basemap (same data, width,
 * locale and date: same symbols and names): the country names are placed anew, the rest is kept.
 */
export function withCountryLabels(model: CentresModel, frame: MapFrame): CentresModel {
  const bounds = { width: frame.width, height: frame.height };
  const taken = model.labels.map((label) => label.box);
  const countryLabels = placeLabels(frame.countryRequests, markerObstacles(model.markers, bounds), bounds, COUNTRY_FONT_SIZE, taken);
  // Descriptors, so that the keyboard orders stay sorted on first use.
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(model), countryLabels: { value: countryLabels, enumerable: true } }) as CentresModel;
}

/**
 * Largest first, equal sizes by id. The sizes are sorted as numbers by the engine and each
 * marker put in its size's place; only runs of equal sizes are compared by id. (A comparator
 * over thousands of markers, called tens of thousands of times, is far slower on a first render.)
 */
export function sortForDrawing(markers: MarkerModel[]): void {
  const count = markers.length;
  const radii = new Float64Array(count);
  for (let index = 0; index < count; index += 1) radii[index] = markers[index]!.r;
  radii.sort();
  // The next free place of each size, the largest size at place 0.
  const places = new Map<number, number>();
  for (let place = 0; place < count; place += 1) {
    const r = radii[count - 1 - place]!;
    if (!places.has(r)) places.set(r, place);
  }
  const placed = new Array<MarkerModel>(count);
  for (let index = 0; index < count; index += 1) {
    const marker = markers[index]!;
    const place = places.get(marker.r)!;
    placed[place] = marker;
    places.set(marker.r, place + 1);
  }
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && placed[end]!.r === placed[start]!.r) end += 1;
    if (end - start > 1) placed.slice(start, end).sort(compareId).forEach((marker, offset) => (placed[start + offset] = marker));
    start = end;
  }
  for (let index = 0; index < count; index += 1) markers[index] = placed[index]!;
}

/** The obstacle grid of a model's markers, kept for placing country names again on another basemap. */
const obstacleGrids = new WeakMap<readonly MarkerModel[], ObstacleGrid>();

/** Markers are the obstacles of names (each has its id, x, y and r): the names of centres, then of countries. */
function markerObstacles(markers: readonly MarkerModel[], bounds: { width: number; height: number }): ObstacleGrid {
  let grid = obstacleGrids.get(markers);
  if (!grid || grid.width !== bounds.width || grid.height !== bounds.height) {
    grid = obstacleGrid(markers, bounds);
    obstacleGrids.set(markers, grid);
  }
  return grid;
}

/** The first `count` markers in `compareOccupancy` order, without sorting them all. */
function largestByOccupancy(markers: readonly MarkerModel[], count: number): MarkerModel[] {
  const top: MarkerModel[] = [];
  for (let next = 0; next < markers.length; next += 1) keepFirst(top, markers[next]!, count, compareOccupancy);
  return top;
}

function compareId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Largest first; unknown occupancy last. */
function compareOccupancy(a: MarkerModel, b: MarkerModel): number {
  const x = a.occupancy ?? -1;
  const y = b.occupancy ?? -1;
  return y - x || compareId(a, b);
}

/** What every centre and snapshot tells the frame, gathered in one pass. */
interface CentresScan {
  /** The largest occupancy on any date: the size scale stays the same while dates change. */
  maxOccupancy: number;
  classes: Set<RateClass>;
  kinds: Set<CentreKind>;
  statuses: Set<CentreStatus>;
  noPlaces: boolean;
}

function scanCentres(data: CentresData): CentresScan {
  const scan: CentresScan = { maxOccupancy: 0, classes: new Set(), kinds: new Set(), statuses: new Set(), noPlaces: false };
  const note = (occupancy: number | null, capacity: number | null) => {
    if (occupancy !== null && occupancy > scan.maxOccupancy) scan.maxOccupancy = occupancy;
    scan.classes.add(rateClass(occupancy, capacity));
    if (capacity === 0) scan.noPlaces = true;
  };
  for (let index = 0; index < data.centres.length; index += 1) {
    const centre = data.centres[index]!;
    scan.kinds.add(centreKind(centre.type));
    if (centre.status !== 'open') scan.statuses.add(centre.status);
    note(centre.occupancy, centre.capacity);
    for (let step = 0; step < centre.history.length; step += 1) note(centre.history[step]!.occupancy, centre.history[step]!.capacity);
  }
  return scan;
}

/** What the legend explains: everything that occurs on any date, so it stays still while dates change. */
function legendFor({ maxOccupancy, classes, kinds, statuses, noPlaces }: CentresScan, size: SizeScale): LegendModel {
  const known = ['r0', 'r1', 'r2', 'r3'].some((name) => classes.has(name as RateClass));
  const ordered: RateClass[] = [];
  if (known || classes.has('over')) ordered.push('r0', 'r1', 'r2', 'r3');
  if (classes.has('over')) ordered.push('over');
  if (classes.has('unknown')) ordered.push('unknown');
  return {
    sizes: sizeLegendValues(maxOccupancy, size).map((value) => ({ value, r: size(value) })),
    classes: ordered,
    kinds: (['asylum', 'reception', 'transit', 'other'] as const).filter((kind) => kinds.has(kind)),
    statuses: (['standby', 'closed'] as const).filter((status) => statuses.has(status)),
    noPlaces,
  };
}

/** The next centre from `current` in `order` (`delta` ±1, or ±Infinity for the ends); clamps at the ends. */
export function stepCentre(order: readonly string[], current: string | null, delta: number): string | null {
  if (order.length === 0) return null;
  if (delta === -Infinity) return order[0]!;
  if (delta === Infinity) return order[order.length - 1]!;
  const index = current === null ? -1 : order.indexOf(current);
  if (index < 0) return delta >= 0 ? order[0]! : order[order.length - 1]!;
  return order[Math.max(0, Math.min(order.length - 1, index + delta))]!;
}
