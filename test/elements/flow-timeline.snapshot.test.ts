/**
 * Golden SVG snapshots of the flow timeline. Numbers in attributes are rounded to one decimal
 * so sub-pixel noise never fails a test; label places come from estimated text widths, so the
 * picture is the same on every machine and in every time zone (run with a pinned TZ anyway).
 * Stored in __snapshots__/flow-timeline.snapshot.test.snap.js; update with
 * `npx web-test-runner test/elements/flow-timeline.snapshot.test.ts --update-snapshots`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { frames, matchSvgSnapshot, serializeSvg } from './golden-svg.ts';
import '../../src/flow-timeline.ts';
import type { MigFlowTimeline } from '../../src/flow-timeline.ts';
import serbia from '../../data/flows-serbia.json';

async function mount(data: unknown, width: number, lang: string): Promise<MigFlowTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang=${lang}><mig-flow-timeline .data=${data}></mig-flow-timeline></div>`);
  const el = box.querySelector('mig-flow-timeline')!;
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
  return el;
}

describe('<mig-flow-timeline> golden SVG', () => {
  it('writes geometry rounded to one decimal and labels as they are', () => {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M0.123,10.987L-3.04,5');
    path.setAttribute('aria-label', 'registrovano 6.500 ljudi');
    expect(serializeSvg(path)).to.equal('<path aria-label="registrovano 6.500 ljudi" d="M0.1,11L-3,5"/>');
  });

  it('Serbia, lines, English, 640 px', async () => {
    await matchSvgSnapshot('flow-timeline-serbia-640', await mount(serbia, 640, 'en'));
  });

  it('Serbia, stacked, Serbian Latin, 400 px', async () => {
    await matchSvgSnapshot('flow-timeline-serbia-stacked-400', await mount({ ...serbia, stacked: true }, 400, 'sr-Latn'));
  });

  it('records which time zone it ran in (the picture must not depend on it)', () => {
    console.log(`time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
  });
});
