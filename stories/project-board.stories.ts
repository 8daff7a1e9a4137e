import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { generateProjects } from '../src/core/data/sample-generators.ts';
import '../src/project-board.ts';
import type { MigProjectBoard } from '../src/project-board.ts';

interface Args {
  /** A dataset object; when absent, `src` is fetched. */
  data: unknown;
  src: string;
  layout: 'columns' | 'list' | 'table';
  status: string;
  donor: string;
  country: string;
  projectTheme: string;
  query: string;
  sort: string;
  today: string;
  /** The element's own language ('' = the page's, from the toolbar). */
  lang: string;
  /** Colour theme fixed by the story ('' = the toolbar's). */
  theme: '' | 'light' | 'dark' | 'auto';
  /** Container width in px (0 = full width). */
  width: number;
}

/** Long Serbian titles and names, in both scripts: wrapping, hyphenation and Cyrillic pages. */
const longSerbian = {
  title: { 'sr-Latn': 'Projekti podrške lokalnim zajednicama', en: 'Support to local communities' },
  projects: [
    {
      id: 'opstine',
      title: {
        'sr-Latn':
          'Jačanje kapaciteta lokalnih samouprava za upravljanje migracijama i uključivanje migranata u zajednice opština Šid, Subotica, Kikinda, Preševo i Bujanovac',
        en: 'Strengthening local self-governments to manage migration and include migrants in the communities of Šid, Subotica, Kikinda, Preševo and Bujanovac',
      },
      status: 'active',
      summary: {
        'sr-Latn': 'Podrška zdravstvenim, komunalnim i socijalnim službama u opštinama koje primaju migrante i izbeglice.',
      },
      donors: [{ 'sr-Latn': 'Evropska unija', en: 'European Union' }],
      partners: [
        { 'sr-Latn': 'Komesarijat za izbeglice i migracije Republike Srbije', en: 'Commissariat for Refugees and Migration' },
        { 'sr-Latn': 'Ministarstvo za rad, zapošljavanje, boračka i socijalna pitanja', en: 'Ministry of Labour, Employment, Veteran and Social Affairs' },
      ],
      budget: { amount: 4_750_000, currency: 'EUR' },
      start: '2023-03',
      end: '2026-02',
      country: 'RS',
      themes: [{ 'sr-Latn': 'lokalne zajednice', en: 'local communities' }, { 'sr-Latn': 'socijalna zaštita', en: 'social protection' }],
      url: 'https://serbia.iom.int/',
    },
    {
      id: 'prihvat',
      title: 'Unapređenje uslova prihvata u prihvatno-tranzitnim centrima Adaševci, Principovac i Krnjača tokom zimskih meseci',
      status: 'completed',
      donors: ['Švajcarska agencija za razvoj i saradnju'],
      budget: { amount: 38_000_000, currency: 'RSD' },
      start: '2016-11',
      end: '2017-04',
      country: 'RS',
      progress: 1,
    },
    {
      id: 'dobrovoljni',
      title: 'Подршка добровољном повратку и реинтеграцији лица која не испуњавају услове за међународну заштиту',
      status: 'planned',
      donors: ['Немачка савезна канцеларија за спољне послове'],
      start: '2026-09',
      country: 'RS',
    },
  ],
};

/** Every optional field missing: only ids and titles, and an unknown status. */
const sparse = {
  projects: [
    { id: 'a', title: 'Project with a title only' },
    { id: 'b', title: 'Active, nothing else known', status: 'active' },
    { id: 'c', title: 'Started, no end yet', status: 'active', start: '2024-05' },
    { id: 'd', title: 'Status written differently', status: 'On hold (awaiting funds)' },
  ],
};

/** Five currencies: totals stay per currency, never added together; budget sort compares within a currency. */
const mixedCurrencies = {
  title: 'Budgets in five currencies',
  projects: [
    { id: 'eur-1', title: 'Reception capacity', status: 'active', donors: ['European Union'], budget: { amount: 6_900_000, currency: 'EUR' }, start: '2022', end: '2025', country: 'RS' },
    { id: 'eur-2', title: 'Border management', status: 'completed', donors: ['European Union'], budget: { amount: 8_200_000, currency: 'EUR' }, start: '2016', end: '2020', country: 'RS' },
    { id: 'usd-1', title: 'Cross-border cooperation', status: 'completed', donors: ['United States'], budget: { amount: 650_000, currency: 'USD' }, country: 'RS' },
    { id: 'chf-1', title: 'Voluntary return from Switzerland', status: 'completed', donors: ['Switzerland'], budget: { amount: 1_250_000, currency: 'CHF' }, country: 'BA' },
    { id: 'rsd-1', title: 'Winter support in Šid', status: 'completed', donors: ['Republic of Serbia'], budget: { amount: 38_000_000, currency: 'RSD' }, country: 'RS' },
    { id: 'bam-1', title: 'Reception in Bihać', status: 'active', donors: ['Bosnia and Herzegovina'], budget: { amount: 2_400_000.5, currency: 'BAM' }, start: '2024-04', end: '2026-03', country: 'BA' },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Project board',
  component: 'mig-project-board',
  args: {
    data: undefined,
    // Served by Storybook from data/ (staticDirs): the element fetches it, as an embed would.
    src: '/data/projects-iom.json',
    layout: 'columns',
    status: '',
    donor: '',
    country: '',
    projectTheme: '',
    query: '',
    sort: '',
    today: '',
    lang: '',
    theme: '',
    width: 0,
  },
  argTypes: {
    data: { control: false },
    layout: { control: 'inline-radio', options: ['columns', 'list', 'table'] },
    status: { control: 'text', description: 'Comma-separated statuses: planned, active, completed, suspended, cancelled, other' },
    sort: { control: 'select', options: ['', 'start', '-start', 'end', '-end', 'budget', '-budget', 'title', '-title'] },
    lang: { control: 'select', options: ['', 'en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 0, max: 1400, step: 10 } },
  },
  render: (args) => html`<div style=${styleMap(args.width ? { width: `${args.width}px`, maxWidth: '100%' } : {})}>
    <mig-project-board
      .data=${args.data}
      src=${args.data ? nothing : args.src}
      layout=${args.layout}
      status=${args.status || nothing}
      donor=${args.donor || nothing}
      country=${args.country || nothing}
      project-theme=${args.projectTheme || nothing}
      query=${args.query || nothing}
      sort=${args.sort || nothing}
      today=${args.today || nothing}
      lang=${args.lang || nothing}
      theme=${args.theme || nothing}
      ?data-story-theme=${!!args.theme}
    ></mig-project-board>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The story's board once its data is drawn (fetched data arrives after the first render). */
async function boardIn(canvas: HTMLElement): Promise<MigProjectBoard> {
  const el = canvas.querySelector('mig-project-board')!;
  for (let i = 0; i < 100 && el.state !== 'ready' && el.state !== 'empty' && el.state !== 'error'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** IOM Serbia and Bosnia and Herzegovina projects, as found in public pages. */
export const IomSerbiaAndBih: Story = {
  name: 'IOM Serbia and BiH',
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    expect(el.shadowRoot!.querySelectorAll('article.card').length).toBeGreaterThan(0);
  },
};

export const Columns: Story = { args: { layout: 'columns' } };
export const List: Story = { args: { layout: 'list' } };
export const Table: Story = { args: { layout: 'table', sort: '-start' } };

export const English: Story = { args: { lang: 'en' } };
export const SerbianLatin: Story = { name: 'Srpski (latinica)', args: { lang: 'sr-Latn' } };
export const SerbianCyrillic: Story = { name: 'Српски (ћирилица)', args: { lang: 'sr-Cyrl' } };
export const Bosnian: Story = { name: 'Bosanski', args: { lang: 'bs' } };
export const Croatian: Story = { name: 'Hrvatski', args: { lang: 'hr' } };

/** Filters preset by attributes, as an embed on a donor's page would set them. */
export const PresetFilters: Story = {
  args: { status: 'active,completed', donor: 'European Union', sort: '-budget' },
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    const statuses = [...el.shadowRoot!.querySelectorAll('.column')].map((column) => column.classList.contains('status-active') || column.classList.contains('status-completed'));
    expect(statuses.every(Boolean)).toBe(true);
  },
};

/** A Cyrillic query finds Latin text ("Шид" finds "Šid"). */
export const SearchAcrossScripts: Story = { args: { data: longSerbian, query: 'Шид', lang: 'sr-Latn', layout: 'list' } };

export const LongSerbianTitles: Story = { args: { data: longSerbian, lang: 'sr-Latn' } };
export const LongSerbianTitlesCyrillic: Story = { args: { data: longSerbian, lang: 'sr-Cyrl' } };

export const MissingOptionalFields: Story = { args: { data: sparse } };

export const MixedCurrencies: Story = {
  args: { data: mixedCurrencies, sort: '-budget', layout: 'list' },
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    const summary = el.shadowRoot!.querySelector('[part~="summary"]')!.textContent!;
    // Five totals, one per currency.
    expect(summary.match(/ for \d+ projects?/g)?.length).toBe(5);
  },
};

/** Reflow: at 320 px the columns become a list and every control takes a full line. */
export const Narrow320: Story = { name: '320 px', args: { width: 320 } };

export const Dark: Story = { args: { theme: 'dark' } };
export const DarkTable: Story = { args: { theme: 'dark', layout: 'table' } };

/** 1,000 generated projects: a page of cards per column, more on request. */
export const ThousandProjects: Story = { name: '1,000 projects', args: { data: generateProjects({ count: 1000, seed: 5 }) } };

export const Empty: Story = { args: { data: { projects: [] } } };
