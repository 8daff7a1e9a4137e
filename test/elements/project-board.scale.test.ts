import { expect, fixture, html } from '@open-wc/testing';
import { generateProjects } from '../../src/core/data/sample-generators.ts';
import '../../src/project-board.ts';
import { FIRST_PAGE_SIZE } from '../../src/core/layout/board/layout.ts';

// Timings for 100 and 1,000 projects live in the benchmark (npm run bench); this checks the
// behaviour that keeps them fast: the DOM holds a first page of cards per column, whatever the count.
describe('<mig-project-board> with 1,000 projects', () => {
  for (const layout of ['columns', 'list', 'table']) {
    it(`${layout}: keeps the DOM to a first page of cards per column through filter changes`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><mig-project-board layout=${layout} .data=${generateProjects({ count: 1000, seed: 11 })}></mig-project-board></div>`);
      const el = host.querySelector('mig-project-board')!;
      await el.updateComplete;
      const cards = () => el.shadowRoot!.querySelectorAll('[data-id]').length;
      expect(cards()).to.be.within(1, 6 * FIRST_PAGE_SIZE);
      for (const change of [{ query: 'mig' }, { status: 'active' }, { sort: '-budget' }, { query: null, status: null, sort: null }]) {
        Object.assign(el, change);
        await el.updateComplete;
        expect(cards()).to.be.within(1, 6 * FIRST_PAGE_SIZE);
      }
      expect(el.getAttribute('state')).to.equal('ready');
    });
  }
});
