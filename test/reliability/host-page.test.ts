/**
 * The host page is not ours (README promises 4 and 6): hostile global CSS, a right-to-left
 * page, a 320 px column, reduced motion, forced-colour styles. Each widget still draws, fits,
 * and stays still when asked to.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { allElements, badAttributes, datasets, guardPage, mount, settle, sleep, TAGS, type Tag, type Widget } from './helpers.ts';

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** Elements that stick out of the host's box (visually hidden text and scroll containers' content aside). */
function overflow(el: Widget): string[] {
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  for (const element of allElements(el.shadowRoot!)) {
    if (element.closest('.visually-hidden, .table-wrap, .table-scroll, [part~="tooltip"]')) continue;
    if (element.closest('svg') && element.localName !== 'svg') continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.left < host.left - 1 || box.right > host.right + 1) {
      problems.push(`<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)} of ${Math.round(host.width)}`);
    }
  }
  return problems;
}

async function draw(tag: Tag, options: { width?: number; lang?: string; dir?: string } = {}) {
  const el = await mount(tag, (element) => {
    element.data = datasets[tag]();
  }, options);
  await sleep(50);
  await settle(el);
  return el;
}

/** Open every menu, so that what it shows is measured too. */
async function openMenus(el: Widget): Promise<void> {
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await settle(el);
}

function chartSize(el: Widget): { width: number; height: number } {
  const chart = el.shadowRoot!.querySelector('[part~="chart"]');
  const box = chart?.getBoundingClientRect();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

describe('host pages', function () {
  this.timeout(30_000);
  guardPage();

  describe('hostile global CSS', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = addStyle(`
        html { font-size: 62.5%; }
        * { box-sizing: content-box !important; line-height: 0.2 !important; letter-spacing: 2px; }
        div, svg, p, button { display: inline !important; padding: 40px !important; margin: -20px !important; }
        mig-flow-timeline, mig-centre-map, mig-project-board { font-size: 50px; color: red; width: 5000px; max-width: none; }
        mig-flow-timeline *, mig-centre-map *, mig-project-board * { display: none !important; }
        :root { --mig-font-size: -3px; --mig-space: NaNpx; --mig-series-1: url(javascript:window.__migPwned=1); --_fg: red; --mig-radius: 1e309px; }
        svg, path, rect, circle, text { fill: red !important; stroke-width: 100px !important; transform: scale(0) !important; }
      `);
    });
    afterEach(() => style.remove());

    for (const tag of TAGS) {
      it(`${tag} still draws inside its own box`, async () => {
        const el = await draw(tag, { width: 640 });
        expect(el.state).to.equal('ready');
        const size = chartSize(el);
        expect(size.width, 'chart width').to.be.greaterThan(100);
        expect(size.height, 'chart height').to.be.greaterThan(50);
        expect(badAttributes(el)).to.deep.equal([]);
        // Page rules do not reach inside: the title keeps the widget's own display.
        const title = el.shadowRoot!.querySelector('[part~="title"]')!;
        expect(getComputedStyle(title).display).not.to.equal('none');
        expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      });
    }
  });

  describe('the page root font size', () => {
    for (const tag of TAGS) {
      it(`${tag} follows html { font-size: 62.5% } through rem and stays usable`, async () => {
        const style = addStyle('html { font-size: 62.5%; }');
        try {
          const el = await draw(tag, { width: 640 });
          expect(el.state).to.equal('ready');
          expect(chartSize(el).height).to.be.greaterThan(50);
          expect(overflow(el)).to.deep.equal([]);
        } finally {
          style.remove();
        }
      });
    }
  });

  describe('right-to-left pages', () => {
    for (const tag of TAGS) {
      it(`${tag} in dir="rtl" (Arabic page) draws, fits and reads right to left`, async () => {
        const el = await draw(tag, { width: 640, lang: 'ar', dir: 'rtl' });
        expect(el.state).to.equal('ready');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).direction).to.equal('rtl');
        expect(chartSize(el).width).to.be.greaterThan(100);
        await openMenus(el);
        expect(overflow(el)).to.deep.equal([]);
        expect(badAttributes(el)).to.deep.equal([]);
      });
    }
  });

  describe('320 px', () => {
    for (const tag of TAGS) {
      it(`${tag} reflows into 320 px without sideways scrolling`, async () => {
        const el = await draw(tag, { width: 320 });
        expect(el.state).to.equal('ready');
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
        expect(frame.scrollWidth, 'frame scroll width').to.be.at.most(frame.clientWidth + 1);
        await openMenus(el);
        expect(overflow(el)).to.deep.equal([]);
        const svg = el.shadowRoot!.querySelector('[part~="chart"] svg');
        if (svg) expect(svg.getBoundingClientRect().width).to.be.at.most(321);
      });
    }
  });

  describe('reduced motion', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    for (const tag of TAGS) {
      it(`${tag}: no animation and no transition when the reader asks for reduced motion`, async () => {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        const el = await draw(tag, { width: 640 });
        // Change what is drawn (a new dataset, the table and back) so that any transition would start.
        el.data = datasets[tag]({ text: 'Changed' });
        await settle(el);
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle');
        toggle?.click();
        await settle(el);
        toggle?.click();
        await settle(el);
        expect(el.shadowRoot!.getAnimations().map((animation) => animation.constructor.name)).to.deep.equal([]);
        expect(document.getAnimations()).to.deep.equal([]);
        const moving = allElements(el.shadowRoot!)
          .map((element) => ({ element, style: getComputedStyle(element) }))
          .filter(({ style }) => style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0) || (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0))
          .map(({ element, style }) => `<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${style.transitionDuration} ${style.animationName}`);
        expect(moving).to.deep.equal([]);
      });
    }
  });

  describe('forced colours', () => {
    for (const tag of TAGS) {
      it(`${tag} carries a forced-colors block in its styles`, async () => {
        const el = await draw(tag);
        const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
        const forced = rules.filter((rule) => rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText));
        expect(forced.length).to.be.greaterThan(0);
        const reduced = rules.filter((rule) => rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText));
        expect(reduced.length).to.be.greaterThan(0);
      });
    }
  });
});
