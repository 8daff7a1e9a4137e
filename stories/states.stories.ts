import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.ts';

/**
 * The states every widget shares, shown on each of the three: loading (a request or a promise
 * still pending), error (with the reason in the page's language and a stable code), and empty
 * (valid data with nothing to draw). The error after good data keeps the last good picture.
 */
const meta: Meta = {
  title: 'Foundation/States',
  parameters: { docs: { description: { component: 'Loading, error and empty states of every widget, in the page language (toolbar).' } } },
};
export default meta;

type Story = StoryObj;
const never = () => new Promise<never>(() => {});
const tags = ['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'] as const;

function each(render: (tag: (typeof tags)[number]) => unknown) {
  return html`<div style="display:grid;gap:1.5rem">${tags.map((tag) => html`<section aria-label=${tag}>${render(tag)}</section>`)}</div>`;
}

async function expectState(canvasElement: HTMLElement, state: string) {
  for (const el of canvasElement.querySelectorAll(tags.join(','))) {
    await waitFor(() => expect(el.getAttribute('state')).toBe(state));
  }
}

/** Waiting for data: a placeholder that keeps the space, announced as busy. */
export const Loading: Story = {
  render: () =>
    each((tag) =>
      tag === 'mig-flow-timeline'
        ? html`<mig-flow-timeline .data=${never()}></mig-flow-timeline>`
        : tag === 'mig-centre-map'
          ? html`<mig-centre-map .data=${never()}></mig-centre-map>`
          : html`<mig-project-board .data=${never()}></mig-project-board>`,
    ),
  play: async ({ canvasElement }) => expectState(canvasElement, 'loading'),
};

/** A failed request (`http-404`) and data that breaks the contract (`invalid-data` with its path). */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`
    <mig-flow-timeline src="/data/does-not-exist.json"></mig-flow-timeline>
    <mig-centre-map .data=${{ centres: 'none' }}></mig-centre-map>
    <mig-project-board .data=${{ projects: [{ id: 1 }], title: 5 }}></mig-project-board>
  `,
  play: async ({ canvasElement }) => expectState(canvasElement, 'error'),
};

/** Valid datasets with nothing to draw. */
export const Empty: Story = {
  render: () => html`
    <mig-flow-timeline .data=${{ title: 'No series yet', series: [] }}></mig-flow-timeline>
    <mig-centre-map .data=${{ title: 'No centres yet', centres: [] }}></mig-centre-map>
    <mig-project-board .data=${{ title: 'No projects yet', projects: [] }}></mig-project-board>
  `,
  play: async ({ canvasElement }) => expectState(canvasElement, 'empty'),
};
