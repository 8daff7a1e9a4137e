/**
 * `mig-load` means "accepted and drawn": whatever comes first, the data or the element's first
 * size, the picture is in the shadow root when the event fires.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import centres from '../../data/centres-serbia.json';
import flows from '../../data/flows-serbia.json';
import projects from '../../data/projects-iom.json';
import '../../src/index.ts';

const cases = [
  { tag: 'mig-flow-timeline', data: flows, drawn: '[part~="chart"] svg .series path' },
  { tag: 'mig-centre-map', data: centres, drawn: '[part~="chart"] svg [data-id]' },
  { tag: 'mig-project-board', data: projects, drawn: '[part~="card"]' },
];

describe('mig-load', () => {
  for (const { tag, data, drawn } of cases) {
    it(`<${tag}> fires it with the picture drawn, when the data comes before the element has a size`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="en"></div>`);
      const element = document.createElement(tag) as HTMLElement & { data: unknown };
      element.data = data;
      const loaded = oneEvent(element, 'mig-load');
      box.append(element);
      await loaded;
      expect(element.shadowRoot!.querySelector(drawn), drawn).to.not.equal(null);
    });
  }

  it('still fires for a hidden element, which has no size to draw at', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none" lang="en"></div>`);
    const element = document.createElement('mig-flow-timeline') as HTMLElement & { data: unknown };
    const loaded = oneEvent(element, 'mig-load');
    box.append(element);
    element.data = flows;
    const { detail } = await loaded;
    expect(detail.series).to.equal(2);
  });
});
