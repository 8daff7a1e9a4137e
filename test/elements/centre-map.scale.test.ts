import { expect, fixture, html } from '@open-wc/testing';
import { generateCentres } from '../../src/core/data/sample-generators.ts';
import '../../src/centre-map.ts';
import type { MigCentreMap } from '../../src/centre-map.ts';

// Render times for 18, 500 and 5,000 centres live in the benchmark (npm run bench); this checks
// the behaviour that keeps big maps fast: from 1,000 centres, symbols are drawn as grouped paths
// (by look and square of the map) rather than one element each, through a date change too.
// Nothing here loads the basemaps first: the first picture waits for its own, and
// `updateComplete` for that picture.
describe('<mig-centre-map> at scale', () => {
  for (const count of [500, 5000]) {
    it(`${count} centres: ${count >= 1000 ? 'a few grouped paths' : 'one element per centre'}`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px" lang="en"><mig-centre-map></mig-centre-map></div>`);
      const el = box.querySelector<MigCentreMap>('mig-centre-map')!;
      el.data = generateCentres({ count, seed: 3, history: 12 });
      await el.updateComplete;
      for (const date of [undefined, '2023-06']) {
        if (date) {
          el.date = date;
          await el.updateComplete;
        }
        const drawn = el.shadowRoot!.querySelectorAll('.markers [data-id]').length;
        const grouped = el.shadowRoot!.querySelectorAll('.markers.dense [data-look]').length;
        if (count >= 1000) expect(grouped).to.be.within(1, count / 5);
        else expect(drawn).to.equal(count);
        const symbols = [...el.shadowRoot!.querySelectorAll('.markers.dense [data-look]')].reduce((sum, path) => sum + (path.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
        if (count >= 1000) expect(symbols).to.equal(count);
      }
      expect(el.getAttribute('state')).to.equal('ready');
    });
  }
});
