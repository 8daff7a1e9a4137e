import { expect, fixture, html } from '@open-wc/testing';
import { generateProjects } from '../../src/core/data/sample-generators.ts';
import '../../src/project-board.ts';
import type { MigProjectBoard } from '../../src/elements/project-board/project-board.ts';

/** Filter changes a reader makes: typing, a status, a donor, a sort, and back to everything. */
const CHANGES: Partial<Pick<MigProjectBoard, 'query' | 'status' | 'donor' | 'sort'>>[] = [
  { query: 'm' },
  { query: 'mi' },
  { query: 'mig' },
  { query: 'migr' },
  { query: null },
  { status: 'active' },
  { status: 'active,planned' },
  { status: null },
  { sort: '-budget' },
  { sort: 'title' },
  { sort: null },
  { query: 'projekat 1' },
  { query: null },
];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Time from a property change to the next painted frame, for each change (after one warm-up round). */
async function measure(count: number, layout: string) {
  const data = generateProjects({ count, seed: 11 });
  const started = performance.now();
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><mig-project-board layout=${layout} .data=${data}></mig-project-board></div>`);
  const el = host.querySelector('mig-project-board')!;
  await el.updateComplete;
  await nextFrame();
  const firstRender = performance.now() - started;
  const times: number[] = [];
  const scripts: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const change of CHANGES) {
      const start = performance.now();
      Object.assign(el, change);
      await el.updateComplete;
      const rendered = performance.now();
      await nextFrame();
      if (round > 0) {
        scripts.push(rendered - start);
        times.push(performance.now() - start);
      }
    }
  }
  const cards = el.shadowRoot!.querySelectorAll('[data-id]').length;
  return { count, layout, firstRender, script: median(scripts), median: median(times), max: Math.max(...times), cards };
}

describe('<mig-project-board>: filter-change time', () => {
  const results: Awaited<ReturnType<typeof measure>>[] = [];
  after(() => {
    for (const r of results) {
      console.log(
        `board ${r.count} projects, ${r.layout}: first render ${r.firstRender.toFixed(1)} ms; filter change: update ${r.script.toFixed(1)} ms, to next frame median ${r.median.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ${r.cards} cards in the DOM`,
      );
    }
  });

  for (const count of [100, 1000]) {
    for (const layout of ['columns', 'list', 'table']) {
      it(`${count} projects, ${layout}: a filter change paints within a couple of frames`, async () => {
        const result = await measure(count, layout);
        results.push(result);
        // The DOM stays light: at most one page per column.
        expect(result.cards).to.be.at.most(6 * 20);
        expect(result.median).to.be.below(50);
      });
    }
  }
});
