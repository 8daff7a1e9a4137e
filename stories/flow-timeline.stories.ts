import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { generateFlows } from '../src/core/data/sample-generators.ts';
import '../src/flow-timeline.ts';
import type { MigFlowTimeline } from '../src/flow-timeline.ts';

interface Args {
  /** A dataset object; when absent, `src` is fetched. */
  data: unknown;
  /** URL of a Flows JSON file (the Serbia sample by default). */
  src: string;
  /** The element's own language ('' = the page's, from the toolbar). */
  lang: string;
  /** Colour theme fixed by the story ('' = the toolbar's). */
  theme: '' | 'light' | 'dark' | 'auto';
  /** Container width in px (0 = full width). */
  width: number;
  /** CSS height of the element ('' = from its width). */
  height: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Flow timeline',
  component: 'mig-flow-timeline',
  args: { data: undefined, src: '/data/flows-serbia.json', lang: '', theme: '', width: 0, height: '' },
  argTypes: {
    data: { control: 'object' },
    lang: { control: 'select', options: ['', 'en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'de'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 0, max: 1600, step: 10 } },
    height: { control: 'text' },
  },
  render: (args) => html`<div style=${styleMap(args.width ? { width: `${args.width}px`, maxWidth: '100%' } : {})}>
    <mig-flow-timeline
      .data=${args.data}
      src=${args.data ? nothing : args.src}
      lang=${args.lang || nothing}
      theme=${args.theme || nothing}
      ?data-story-theme=${!!args.theme}
      style=${styleMap(args.height ? { height: args.height } : {})}
    ></mig-flow-timeline>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The story's timeline once its picture is drawn. */
async function drawn(canvasElement: HTMLElement): Promise<MigFlowTimeline> {
  const el = canvasElement.querySelector('mig-flow-timeline')!;
  await waitFor(() => expect(['ready', 'empty', 'error']).toContain(el.getAttribute('state')));
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~=chart] svg, [part~=error], .placeholder')).toBeTruthy());
  return el;
}

const month = (i: number) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Eight series of monthly arrivals by route, stacked or not. */
const routes = ['Greece', 'North Macedonia', 'Bulgaria', 'Kosovo*', 'Montenegro', 'Bosnia and Herzegovina', 'Croatia', 'Hungary'];
const manySeries = (stacked: boolean) => {
  const generated = generateFlows({ series: 8, points: 60, interval: 'month', seed: 21, estimates: true }) as {
    series: { points: { date: string; value: number | null }[] }[];
  };
  return {
    title: { en: 'Arrivals by route, 2016–2020', 'sr-Latn': 'Dolasci po rutama, 2016–2020.' },
    unit: { en: 'people', 'sr-Latn': 'osobe' },
    stacked,
    series: generated.series.map((s, i) => ({ ...s, id: `route-${i + 1}`, label: routes[i] })),
    source: { name: 'Generated sample data' },
  };
};

export const Serbia: Story = {
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.getAttribute('state')).toBe('ready');
    await expect(el.shadowRoot!.querySelectorAll('g.event').length).toBe(8);
  },
};

export const English: Story = { args: { lang: 'en' } };
export const SerbianLatin: Story = { name: 'Srpski (latinica)', args: { lang: 'sr-Latn' } };
export const SerbianCyrillic: Story = {
  name: 'Српски (ћирилица)',
  args: { lang: 'sr-Cyrl' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~=summary]')!.textContent).toMatch(/месеци/);
  },
};
export const Bosnian: Story = { name: 'Bosanski', args: { lang: 'bs' } };
export const Croatian: Story = { name: 'Hrvatski', args: { lang: 'hr' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Stacked: Story = { args: { data: manySeries(true) } };

export const ManySeries: Story = { name: 'Many series (8)', args: { data: manySeries(false) } };

export const Gaps: Story = {
  args: {
    data: {
      title: 'Unknown months are gaps, never zero',
      series: [
        {
          id: 'a',
          label: 'Registered',
          points: Array.from({ length: 36 }, (_, i) => ({
            date: month(i),
            value: i % 9 >= 6 ? null : 1000 + Math.round(600 * Math.sin(i / 3)),
            ...(i > 30 ? { estimate: true } : {}),
          })),
        },
        {
          id: 'b',
          label: 'Accommodated',
          points: Array.from({ length: 36 }, (_, i) => ({ date: month(i), value: i === 12 || i === 20 ? null : 700 + i * 10 })),
        },
      ],
      events: [{ date: '2017-03-08', end: '2017-04-30', label: 'Reporting paused' }],
    },
  },
};

export const SinglePoint: Story = {
  args: { data: { title: 'One known month', series: [{ id: 'a', label: 'Arrivals', points: [{ date: '2016-03', value: 1234 }] }] } },
};

export const TenYearsOfDays: Story = {
  name: '10 years of days',
  args: { data: { title: 'Daily arrivals (generated)', ...(generateFlows({ series: 1, points: 3653, interval: 'day', seed: 7, gaps: true, estimates: true, events: 5 }) as object) } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('g.brush')).toBeTruthy();
  },
};

export const Empty: Story = {
  args: { data: { title: 'Nothing yet', series: [] } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.getAttribute('state')).toBe('empty');
  },
};

export const InvalidData: Story = {
  name: 'Error (invalid data)',
  args: { data: { title: 'Broken', series: 'not a list' } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.getAttribute('state')).toBe('error');
  },
};

export const Narrow320: Story = { name: '320 px', args: { width: 320 } };

export const FixedHeight: Story = { name: 'Height from CSS (480 px)', args: { height: '480px' } };
