// Map layouts draw shipped basemaps only once loaded (the element loads them on demand, in
// their own chunk); unit tests of layouts start with both loaded.
import { BASEMAP_NAMES, loadBasemap } from '../../src/core/geo/basemaps.ts';

await Promise.all(BASEMAP_NAMES.map(loadBasemap));
