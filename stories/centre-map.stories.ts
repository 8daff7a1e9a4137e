/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { generateCentres } from '../src/core/data/sample-generators.ts';
import { BASEMAP_NAMES, loadBasemap } from '../src/core/geo/basemaps.ts';
import '../src/centre-map.ts';
import type { MigCentreMap } from '../src/centre-map.ts';
// A partner's own basemap: six Western Balkan outlines as RFC 7946 GeoJSON with names (Natural Earth, public domain).
import customBasemapUrl from './assets/western-balkans-six.geojson?url';

interface Args {
  /** A dataset object; when absent, `src` is fetched. */
  data: unknown;
  src: string;
  /** `western-balkans`, `europe`, `none`, a URL, or '' (chosen from the centres). */
  basemap: string;
  /** ISO date shown ('' = the dataset's asOf). */
  date: string;
  /** The element's own language ('' = the page's, from the toolbar). */
  lang: string;
  /** Colour theme fixed by the story ('' = the toolbar's). */
  theme: '' | 'light' | 'dark' | 'auto';
  /** Container width in px (0 = full width). */
  width: number;
}

/** Every case of the rate: over capacity, capacity unknown, no places (capacity 0), closed, standby, no figures. */
const capacityCases = {
  title: { en: 'Capacity unknown, zero or exceeded', 'sr-Latn': 'Kapacitet nepoznat, nula ili prekoračen' },
  note: { en: 'Illustrative figures.', 'sr-Latn': 'Ilustrativni podaci.' },
  asOf: '2017-01-16',
  centres: [
    { id: 'krnjaca', name: 'Krnjača', type: 'asylum', lat: 44.804, lon: 20.465, capacity: 1000, occupancy: 980 },
    { id: 'obrenovac', name: 'Obrenovac', type: 'transit', lat: 44.655, lon: 20.2, capacity: 600, occupancy: 900 },
    { id: 'presevo', name: 'Preševo', type: 'reception', lat: 42.309, lon: 21.649, capacity: null, occupancy: 400 },
    { id: 'pirot', name: 'Pirot', type: 'reception', lat: 43.153, lon: 22.586, capacity: 0, occupancy: 20 },
    { id: 'vranje', name: 'Vranje', type: 'reception', lat: 42.551, lon: 21.9, capacity: 200, occupancy: 0, status: 'closed' },
    { id: 'bogovadja', name: 'Bogovađa', type: 'asylum', lat: 44.369, lon: 20.165, capacity: 200, occupancy: 60, status: 'standby' },
    { id: 'sjenica', name: 'Sjenica', type: 'asylum', lat: 43.273, lon: 19.999, capacity: 200, occupancy: null },
    { id: 'subotica', name: 'Subotica', type: 'transit', lat: 46.1, lon: 19.667, capacity: 150, occupancy: 70 },
  ],
};

/** Reception points around the Mediterranean: the wider Europe basemap is chosen. Illustrative figures. */
const mediterranean = {
  title: 'Reception points around the Mediterranean',
  note: 'Illustrative figures, not real occupancy.',
  asOf: '2023-09',
  centres: [
    { id: 'lampedusa', name: 'Lampedusa', type: 'reception', lat: 35.5, lon: 12.6, capacity: 400, occupancy: 1250 },
    { id: 'lesvos', name: 'Lesvos (Mavrovouni)', type: 'reception', lat: 39.11, lon: 26.55, capacity: 3000, occupancy: 2400 },
    { id: 'samos', name: 'Samos', type: 'reception', lat: 37.75, lon: 26.98, capacity: 2040, occupancy: 3500 },
    { id: 'ceuta', name: 'Ceuta', type: 'transit', lat: 35.89, lon: -5.32, capacity: 512, occupancy: 380 },
    { id: 'melilla', name: 'Melilla', type: 'transit', lat: 35.29, lon: -2.94, capacity: 782, occupancy: 520 },
    { id: 'hal-far', name: 'Ħal Far', type: 'reception', lat: 35.82, lon: 14.52, capacity: 500, occupancy: null },
    { id: 'gevgelija', name: 'Gevgelija', type: 'transit', lat: 41.14, lon: 22.5, capacity: 250, occupancy: 40 },
    { id: 'sid', name: 'Šid', type: 'transit', lat: 45.13, lon: 19.23, capacity: 400, occupancy: 310 },
    { id: 'bihac', name: 'Bihać', type: 'reception', lat: 44.82, lon: 15.87, capacity: 1500, occupancy: 1100 },
    { id: 'calais', name: 'Calais', type: 'other', lat: 50.95, lon: 1.86, capacity: null, occupancy: 800 },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Centre map',
  component: 'mig-centre-map',
  args: {
    data: undefined,
    // Served by Storybook from data/ (staticDirs): the element fetches it, as an embed would.
    src: '/data/centres-serbia.json',
    basemap: '',
    date: '',
    lang: '',
    theme: '',
    width: 0,
  },
  argTypes: {
    data: { control: false },
    basemap: { control: 'select', options: ['', 'western-balkans', 'europe', 'none', customBasemapUrl, '/missing-basemap.json'] },
    lang: { control: 'select', options: ['', 'en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 0, max: 1400, step: 10 } },
  },
  render: (args) => html`<div style=${styleMap(args.width ? { width: `${args.width}px`, maxWidth: '100%' } : {})}>
    <mig-centre-map
      .data=${args.data}
      src=${args.data ? nothing : args.src}
      basemap=${args.basemap || nothing}
      date=${args.date || nothing}
      lang=${args.lang || nothing}
      theme=${args.theme || nothing}
      ?data-story-theme=${!!args.theme}
    ></mig-centre-map>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The story's map once its data is drawn (fetched data arrives after the first render). */
async function mapIn(canvas: HTMLElement): Promise<MigCentreMap> {
  const el = canvas.querySelector('mig-centre-map')!;
  for (let i = 0; i < 100 && el.state !== 'ready' && el.state !== 'empty' && el.state !== 'error'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The shipped outlines arrive in their own chunk; the map lays itself out again then.
  await Promise.all(BASEMAP_NAMES.map(loadBasemap));
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Serbia, January 2017: 18 centres open (IOM); the Kosovo designation footnote under the map. */
export const SerbiaJanuary2017: Story = {
  name: 'Serbia, January 2017',
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    expect(el.shadowRoot!.querySelectorAll('.markers [data-id]').length).toBe(19);
    expect(el.shadowRoot!.querySelector('.footnote')).not.toBeNull();
  },
};

/** A later snapshot, from the history: November 2017, when occupancy is known for most centres. */
export const SerbiaNovember2017: Story = { name: 'Serbia, November 2017', args: { date: '2017-11-05' } };

export const SerbiaJanuary2023: Story = { name: 'Serbia, January 2023', args: { date: '2023-01-16' } };

/** Bosnia and Herzegovina, September 2019: Miral in Velika Kladuša above capacity (hatched, heavier outline). */
export const BosniaAndHerzegovina2019: Story = {
  name: 'Bosnia and Herzegovina, 2019 (over capacity)',
  args: { src: '/data/centres-bih.json' },
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    // The hatching is drawn right after its symbol.
    expect(el.shadowRoot!.querySelector('.markers [data-id="miral"] + .hatch')).not.toBeNull();
  },
};

/** The date control playing through the history (steps without animation under reduced motion). */
export const HistoryPlaying: Story = {
  name: 'History playing',
  args: { date: '2016-06-30' },
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    const play = el.shadowRoot!.querySelector<HTMLButtonElement>('.dates .play')!;
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).toBe('true');
  },
};

export const CapacityUnknown: Story = { name: 'Capacity unknown or zero', args: { data: capacityCases } };

/** A basemap fetched from a URL: GeoJSON wound as RFC 7946 asks, names from the file. */
export const CustomBasemapUrl: Story = {
  name: 'Custom basemap (URL)',
  args: { basemap: customBasemapUrl },
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    for (let i = 0; i < 100 && el.shadowRoot!.querySelectorAll('.land path').length !== 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(el.shadowRoot!.querySelectorAll('.land path').length).toBe(6);
  },
};

/** A basemap URL that fails: a notice, a mig-error with a code, and the centres on the automatic basemap. */
export const BrokenBasemapUrl: Story = { name: 'Basemap URL failing', args: { basemap: '/missing-basemap.json' } };

/** Centres spread around the Mediterranean: the Europe–Mediterranean basemap is chosen automatically. */
export const Mediterranean: Story = { name: 'Europe and the Mediterranean', args: { data: mediterranean } };

export const NoBasemap: Story = { name: 'No basemap (graticule)', args: { basemap: 'none' } };

export const English: Story = { args: { lang: 'en' } };
export const SerbianLatin: Story = { name: 'Srpski (latinica)', args: { lang: 'sr-Latn' } };
export const SerbianCyrillic: Story = { name: 'Српски (ћирилица)', args: { lang: 'sr-Cyrl' } };
export const Bosnian: Story = { name: 'Bosanski', args: { lang: 'bs', src: '/data/centres-bih.json' } };
export const Croatian: Story = { name: 'Hrvatski', args: { lang: 'hr', src: '/data/centres-bih.json' } };

export const Dark: Story = { args: { theme: 'dark' } };
export const DarkBosnia: Story = { name: 'Dark, Bosnia and Herzegovina', args: { theme: 'dark', src: '/data/centres-bih.json' } };

/** Reflow at 320 px: the date control wraps, labels thin out, the legend stacks. */
export const Narrow320: Story = { name: '320 px', args: { width: 320 } };

/** 5,000 generated centres with a year of history: drawn as grouped paths. */
export const FiveThousandCentres: Story = {
  name: '5,000 centres',
  args: { data: generateCentres({ count: 5000, seed: 3, history: 12 }) },
};

export const Empty: Story = { args: { data: { centres: [] } } };
