/**
 * Meridians and parallels every `step` degrees, as d3-geo's `geoGraticule().step([step, step])
 * .precision(step / 4)()` gives them (tested against it): meridians as three points from pole to
 * pole (the projection resamples them along the great circle), parallels every `step / 4`
 * degrees of longitude.
 */
const EPSILON = 1e-6;

/** `start`, `start + step`, … below `stop` (each computed from `start`, as d3-array's `range`). */
function steps(start: number, stop: number, step: number): number[] {
  const values: number[] = [];
  for (let i = 0; start + i * step < stop; i += 1) values.push(start + i * step);
  return values;
}

export function graticule(step: number): { type: 'MultiLineString'; coordinates: [number, number][][] } {
  const south = -90 + EPSILON;
  const north = 90 - EPSILON;
  const latitudes = [...steps(south, north - EPSILON, 90), north];
  const longitudes = [...steps(-180, 180 - EPSILON, step / 4), 180];
  const meridians = steps(Math.ceil(-180 / step) * step, 180, step).map((x) => latitudes.map((y): [number, number] => [x, y]));
  const parallels = steps(Math.ceil(south / step) * step, north, step).map((y) => longitudes.map((x): [number, number] => [x, y]));
  return { type: 'MultiLineString', coordinates: [...meridians, ...parallels] };
}
