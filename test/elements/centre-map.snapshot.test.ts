/**
 * Golden SVG snapshots of the centre map. Numbers in attributes are rounded to one decimal so
 * sub-pixel noise never fails a test; label places come from estimated text widths, so the
 * picture is the same on every machine and in every time zone.
 * Stored in __snapshots__/centre-map.snapshot.test.snap.js; update with
 * `npx web-test-runner test/elements/centre-map.snapshot.test.ts --update-snapshots`.
 */
import { fixture, html } from '@open-wc/testing';
import { frames, matchSvgSnapshot } from './golden-svg.ts';
import { BASEMAP_NAMES, loadBasemap } from '../../src/core/geo/basemaps.ts';
import '../../src/centre-map.ts';
import type { MigCentreMap } from '../../src/centre-map.ts';
import bih from '../../data/centres-bih.json';

async function mount(data: unknown, width: number, lang: string, basemap = 'auto'): Promise<MigCentreMap> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang}><mig-centre-map basemap=${basemap} .data=${data}></mig-centre-map></div>`,
  );
  const el = box.querySelector('mig-centre-map')!;
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
  return el;
}

/** Every case of the rate, without a basemap: symbols, hatching, hollow outlines, labels. */
const cases = {
  asOf: '2017-01-16',
  centres: [
    { id: 'krnjaca', name: 'Krnjača', type: 'asylum', lat: 44.804, lon: 20.465, capacity: 1000, occupancy: 980 },
    { id: 'obrenovac', name: 'Obrenovac', type: 'transit', lat: 44.655, lon: 20.2, capacity: 600, occupancy: 900 },
    { id: 'presevo', name: 'Preševo', type: 'reception', lat: 42.309, lon: 21.649, capacity: null, occupancy: 400 },
    { id: 'tent', name: 'Tent', type: 'tent camp', lat: 43.15, lon: 22.586, capacity: 0, occupancy: 20 },
    { id: 'vranje', name: 'Vranje', type: 'reception', lat: 42.551, lon: 21.9, capacity: 200, occupancy: 0, status: 'closed' },
    { id: 'bogovadja', name: 'Bogovađa', type: 'asylum', lat: 44.369, lon: 20.165, capacity: 200, occupancy: 60, status: 'standby' },
  ],
};


// The shipped outlines load on demand in their own chunk: have them here before the tests draw.
before(() => Promise.all(BASEMAP_NAMES.map(loadBasemap)));

describe('<mig-centre-map> golden SVG', () => {
  it('Bosnia and Herzegovina, September 2019, English, 640 px', async () => {
    await matchSvgSnapshot('centre-map-bih-640', await mount(bih, 640, 'en'));
  });

  it('every rate case, no basemap, Serbian Cyrillic, 320 px', async () => {
    await matchSvgSnapshot('centre-map-cases-320', await mount(cases, 320, 'sr-Cyrl', 'none'));
  });
});
