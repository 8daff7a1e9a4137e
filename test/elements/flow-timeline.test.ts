import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/flow-timeline.ts';
import type { MigFlowTimeline } from '../../src/flow-timeline.ts';
import { generateFlows } from '../../src/core/data/sample-generators.ts';
import serbia from '../../data/flows-serbia.json';

/** Two frames, or a short wait where frames are paused (a page in the background). */
const frames = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  });

async function mount(data: unknown, { width = 640, lang = 'en', style = '' } = {}): Promise<MigFlowTimeline> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang}><mig-flow-timeline style=${style} .data=${data}></mig-flow-timeline></div>`,
  );
  const el = box.querySelector('mig-flow-timeline')!;
  await settle(el);
  return el;
}

async function settle(el: MigFlowTimeline): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
}

const $ = <T extends Element = Element>(el: MigFlowTimeline, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: MigFlowTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const live = (el: MigFlowTimeline) => $(el, '[role=status]')!.textContent!.trim();

describe('<mig-flow-timeline>: picture', () => {
  it('draws axes, series, events and a legend, and reports what it loaded', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="en"></div>`);
    const el = document.createElement('mig-flow-timeline');
    box.append(el);
    const loaded = oneEvent(el, 'mig-load');
    el.data = serbia;
    const { detail } = await loaded;
    await settle(el);
    expect(detail).to.deep.equal({ series: 2, points: 51, events: 8 });
    expect(el.getAttribute('state')).to.equal('ready');
    expect($$(el, '.axis.x text').map((t) => t.textContent)).to.include('Jan 2016');
    expect($$(el, '.axis.y text').map((t) => t.textContent)).to.include('100,000');
    expect($$(el, '.series')).to.have.length(2);
    expect($$(el, 'g.event')).to.have.length(8);
    expect($$(el, '[part~=legend] button')).to.have.length(2);
    expect($(el, '[part~=summary]')!.textContent).to.contain('highest in October 2015 (180,344)');
  });

  it('splits lines at unknown values and draws estimates dashed', async () => {
    const el = await mount(serbia);
    const line = $(el, '.series[data-series=intentions] path.line:not(.estimate)')!.getAttribute('d')!;
    expect(line.match(/M/g)!.length).to.be.greaterThan(1);
    const dashed = $(el, '.series[data-series=intentions] path.line.estimate')!;
    expect(getComputedStyle(dashed).strokeDasharray).to.not.equal('none');
  });

  it('takes its height from the width by default, and from CSS height on the host when set', async () => {
    const auto = await mount(serbia, { width: 640 });
    expect(Number($(auto, '[part~=chart] svg')!.getAttribute('height'))).to.equal(358);
    const narrow = await mount(serbia, { width: 320 });
    expect(Number($(narrow, '[part~=chart] svg')!.getAttribute('height'))).to.equal(240);
    // With a CSS height the chart takes what the title, legend, summary and footer leave.
    const heights: number[] = [];
    for (const hostHeight of [900, 1200]) {
      const fixed = await mount(serbia, { width: 640, style: `height: ${hostHeight}px` });
      await settle(fixed);
      const h = Number($(fixed, '[part~=chart] svg')!.getAttribute('height'));
      expect(fixed.getBoundingClientRect().height).to.be.closeTo(hostHeight, 1);
      expect($(fixed, '.plot')!.getBoundingClientRect().height).to.be.closeTo(h, 2);
      heights.push(h);
    }
    expect(heights[1]! - heights[0]!).to.be.closeTo(300, 2);
  });

  it('never overlaps tick or event labels, as drawn, from 320 to 1600 px', async () => {
    for (const width of [320, 400, 560, 800, 1200, 1600]) {
      for (const lang of ['en', 'sr-Cyrl']) {
        const el = await mount(serbia, { width, lang });
        const boxes = (selector: string) => $$<SVGTextElement>(el, selector).map((t) => t.getBBox());
        const rowsApart = (list: DOMRect[]) => {
          for (const a of list) {
            for (const b of list) {
              if (a === b || Math.abs(a.y - b.y) > 2) continue;
              const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5;
              expect(apart, `${width}px ${lang}: ${a.x}+${a.width} / ${b.x}+${b.width}`).to.equal(true);
            }
          }
        };
        rowsApart(boxes('.axis.x text'));
        rowsApart(boxes('.event text'));
        for (const b of [...boxes('.axis.x text'), ...boxes('.event text')]) {
          expect(b.x).to.be.at.least(-0.5);
          expect(b.x + b.width).to.be.at.most(width + 0.5);
        }
        const ys = boxes('.axis.y text').sort((a, b) => a.y - b.y);
        for (let i = 1; i < ys.length; i += 1) expect(ys[i]!.y).to.be.at.least(ys[i - 1]!.y + ys[i - 1]!.height);
      }
    }
  });

  it('shows the data as a table with estimates marked', async () => {
    const el = await mount(serbia);
    $<HTMLButtonElement>(el, '.table-toggle')!.click();
    await settle(el);
    const rows = $$(el, '[part~=table] tbody tr');
    expect(rows).to.have.length(48);
    expect($(el, '[part~=table]')!.textContent).to.contain('(est.)');
  });

  it('speaks the page language', async () => {
    const el = await mount(serbia, { lang: 'sr-Cyrl' });
    expect($(el, '[part~=summary]')!.textContent).to.contain('48 месеци');
    expect($$(el, '.axis.x text').some((t) => /[а-я]/.test(t.textContent!))).to.equal(true);
    expect($$(el, '[part~=legend] button')[0]!.textContent).to.match(/[А-Яа-я]/);
  });

  it('shows invalid data as an error and no series as empty', async () => {
    const broken = await mount({ series: 'many' });
    expect(broken.getAttribute('state')).to.equal('error');
    expect($(broken, '[part~=error]')).to.not.equal(null);
    const empty = await mount({ series: [] });
    expect(empty.getAttribute('state')).to.equal('empty');
  });

  it('stacks series as areas', async () => {
    const el = await mount({ ...serbia, stacked: true });
    expect($$(el, '.series path.area').length).to.be.greaterThan(0);
  });

  it('fades new data in only when motion is allowed', async () => {
    const moving = await mount(serbia);
    expect($(moving, '.layer')!.classList.contains('animate')).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await mount(serbia);
      expect($(still, '.layer')!.classList.contains('animate')).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<mig-flow-timeline>: waiting for data', () => {
  it('warms up while the page is idle without showing, announcing or firing anything, then draws the data it gets', async () => {
    const proto = customElements.get('mig-flow-timeline')!.prototype as unknown as { warmUp(): void };
    const warmUp = proto.warmUp;
    let warmed = 0;
    proto.warmUp = function (this: unknown) {
      warmed += 1;
      warmUp.call(this);
    };
    try {
      const events: string[] = [];
      const box = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="sr-Cyrl"></div>`);
      const el = document.createElement('mig-flow-timeline');
      for (const type of ['mig-load', 'mig-error', 'mig-warning', 'mig-select']) el.addEventListener(type, () => events.push(type));
      box.append(el);
      await new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 100)));
      expect(warmed).to.equal(1);
      expect(events).to.deep.equal([]);
      expect($$(el, '.series')).to.have.length(0);
      expect(live(el)).to.equal('');
      const loaded = oneEvent(el, 'mig-load');
      el.data = serbia;
      expect((await loaded).detail).to.deep.equal({ series: 2, points: 51, events: 8 });
      await settle(el);
      expect(events).to.deep.equal(['mig-load']);
      expect($$(el, '.series')).to.have.length(2);
      expect($$(el, '.axis.x text').map((t) => t.textContent)).to.include('јан 2016.');
    } finally {
      proto.warmUp = warmUp;
    }
  });
});

describe('<mig-flow-timeline>: unit', () => {
  it("names the dataset's unit in the legend, in the page language", async () => {
    const unitOf = (el: MigFlowTimeline) => el.shadowRoot!.querySelector('[part~="legend"] .unit')?.textContent?.trim();
    expect(unitOf(await mount(serbia))).to.equal('Unit: people');
    expect(unitOf(await mount(serbia, { lang: 'sr-Cyrl' }))).to.equal('Јединица: особе');
    expect(unitOf(await mount({ ...serbia, unit: undefined }))).to.equal(undefined);
  });
});

describe('<mig-flow-timeline>: interaction', () => {
  it('steps through periods with the keyboard and announces what the tooltip shows', async () => {
    const el = await mount(serbia);
    $<HTMLElement>(el, '.plot')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect($(el, '.crosshair')).to.not.equal(null);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('January 2015');
    expect(live(el)).to.contain('January 2015.');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('December 2018');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('February 2015');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.crosshair')).to.equal(null);
    expect($(el, '[part~=tooltip]')).to.equal(null);
  });

  it('marks estimates and unknown values in the tooltip', async () => {
    const el = await mount(serbia);
    $<HTMLElement>(el, '.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect($(el, '[part~=tooltip]')!.textContent).to.contain('unknown');
    for (let i = 0; i < 10; i += 1) await sendKeys({ press: 'ArrowRight' }); // November 2015, an estimate
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('November 2015');
    expect($(el, '[part~=tooltip]')!.textContent).to.contain('(est.)');
  });

  it('jumps between events with Page Down / Page Up and shows the full label', async () => {
    const el = await mount(serbia, { width: 320 });
    $<HTMLElement>(el, '.plot')!.focus();
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('Hungary seals its border with Serbia');
    expect(live(el)).to.contain('Hungary seals its border with Serbia');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.equal('Hungary closes its border with Croatia; the route turns to Slovenia');
  });

  it('makes every event focusable with its label readable', async () => {
    const el = await mount(serbia, { width: 320 });
    const events = $$<SVGGElement>(el, 'g.event');
    expect(events.every((e) => e.getAttribute('tabindex') === '0')).to.equal(true);
    // Labels that do not fit at 320 px are still named, and shown in full on focus.
    const hidden = events.find((e) => !e.querySelector('text'))!;
    expect(hidden.getAttribute('aria-label')).to.match(/^Event: .+, .+/);
    hidden.focus();
    await settle(el);
    const label = hidden.getAttribute('aria-label')!.replace(/^Event: /, '');
    expect(label.startsWith($(el, '[part~=tooltip] .tooltip-title')!.textContent!)).to.equal(true);
  });

  it('selects a period with Enter (mig-select with period and values)', async () => {
    const el = await mount(serbia);
    $<HTMLElement>(el, '.plot')!.focus();
    for (const key of ['Home', ...Array(9).fill('ArrowRight')]) await sendKeys({ press: key });
    const selected = oneEvent(el, 'mig-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({
      id: '2015-10',
      period: '2015-10',
      interval: 'month',
      values: { intentions: 180344 },
      estimates: [],
    });
    await settle(el);
    expect($(el, '.selected-period')).to.not.equal(null);
    expect(live(el)).to.contain('October 2015 selected');
  });

  it('toggles series from the legend with the keyboard', async () => {
    const el = await mount(serbia);
    const button = $$<HTMLButtonElement>(el, '[part~=legend] button')[0]!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '.series[data-series=intentions]')).to.equal(null);
    expect(live(el)).to.contain('hidden');
    // The value axis rescales to what is left.
    expect($$(el, '.axis.y text').map((t) => t.textContent)).to.not.include('100,000');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.series[data-series=intentions]')).to.not.equal(null);
  });

  it('shows a tooltip with a crosshair under the pointer', async () => {
    const el = await mount(serbia);
    const svgNode = $<SVGSVGElement>(el, '[part~=chart] svg')!;
    const box = svgNode.getBoundingClientRect();
    svgNode.dispatchEvent(
      new PointerEvent('pointermove', { clientX: box.left + box.width * 0.3, clientY: box.top + box.height / 2, bubbles: true, pointerType: 'mouse' }),
    );
    await settle(el);
    expect($(el, '.crosshair line')).to.not.equal(null);
    expect($(el, '[part~=tooltip] .tooltip-title')!.textContent).to.match(/2015|2016/);
    svgNode.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    await settle(el);
    expect($(el, '[part~=tooltip]')).to.equal(null);
  });

  it('zooms with + and −, and back with the reset button', async () => {
    const el = await mount(serbia);
    expect($(el, '.reset')).to.equal(null);
    $<HTMLElement>(el, '.plot')!.focus();
    await sendKeys({ press: '+' });
    await settle(el);
    expect($(el, '.reset')).to.not.equal(null);
    expect(live(el)).to.match(/^Showing .+ to .+\.$/);
    const zoomedTicks = $$(el, '.axis.x text').map((t) => t.textContent);
    expect(zoomedTicks).to.not.include('Jan 2018');
    $<HTMLButtonElement>(el, '.reset')!.click();
    await settle(el);
    expect($(el, '.reset')).to.equal(null);
    expect(live(el)).to.equal('Showing the whole period.');
  });

  it('brushes a time range on the overview strip of a long series', async () => {
    const raw = generateFlows({ series: 1, points: 3650, interval: 'day', seed: 3, gaps: true, estimates: true });
    const el = await mount(raw, { width: 800 });
    const overlay = $<SVGRectElement>(el, 'g.brush .overlay')!;
    expect(overlay).to.not.equal(null);
    const box = overlay.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.4), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.6), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect($(el, '.reset')).to.not.equal(null);
    expect(Number($(el, 'g.brush .selection')!.getAttribute('width'))).to.be.closeTo(box.width * 0.2, 3);
    $<HTMLButtonElement>(el, '.reset')!.click();
    await settle(el);
    expect($(el, 'g.brush .selection')).to.equal(null);
  });
});

describe('<mig-flow-timeline>: accessibility', () => {
  it('passes axe with the chart, and with the table', async () => {
    const el = await mount(serbia);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.table-toggle')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme, stacked, at 320 px', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px" lang="sr-Latn"><mig-flow-timeline theme="dark" .data=${{ ...serbia, stacked: true }}></mig-flow-timeline></div>`,
    );
    const el = box.querySelector('mig-flow-timeline')!;
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
