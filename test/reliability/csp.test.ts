/**
 * Style attributes under a policy, from the source modules (the built bundles get the full
 * policy in test/reliability/host-pages.mjs): this page enforces `style-src-attr 'none'`, so
 * any `style="…"` written as a string (Lit's `styleMap` does that on its first render) is
 * refused and reported. Setting properties through the CSSOM (`styleProps`) is not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { styleProps } from '../../src/elements/base/style-props.ts';
import { datasets, guardPage, mount, settle, sleep, TAGS } from './helpers.ts';

const violations: string[] = [];
before(() => {
  // A policy in a <meta> element applies from the moment it is inserted into <head>.
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src-attr 'none'";
  document.head.append(meta);
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.composedPath()[0] as Element | undefined;
      const host = (target?.getRootNode?.() as ShadowRoot | undefined)?.host;
      violations.push(`${event.violatedDirective} ${host ? `${host.localName} > ` : ''}${target?.localName ?? '?'}.${target?.getAttribute?.('class') ?? ''}`);
    },
    true,
  );
});

describe("style attributes under style-src-attr 'none'", function () {
  this.timeout(20_000);
  guardPage();
  beforeEach(() => {
    violations.length = 0;
  });

  it('the policy is in force on this page', async () => {
    const probe = document.createElement('div');
    // A deliberate string style attribute: the policy must refuse it.
    // eslint-disable-next-line no-restricted-syntax
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await sleep(50);
    probe.remove();
    expect(violations.length).to.be.greaterThan(0);
  });

  it('styleProps sets properties through the CSSOM from the first render, and removes them later', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style=${styleProps({ '--c': 'red', inlineSize: '10px', opacity: null })}></div>`);
    await sleep(50);
    expect(violations).to.deep.equal([]);
    expect(el.style.getPropertyValue('--c')).to.equal('red');
    expect(el.style.getPropertyValue('inline-size')).to.equal('10px');
  });

  for (const tag of TAGS) {
    it(`${tag} writes no style attribute as a string`, async () => {
      const el = await mount(tag, (element) => {
        element.data = datasets[tag]();
      });
      // Hover and the table view render more (tooltips, swatches, progress bars).
      const chart = el.shadowRoot!.querySelector('[part~="chart"]');
      const box = chart?.getBoundingClientRect();
      if (box) chart!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')?.click();
      await settle(el);
      await sleep(50);
      expect(violations).to.deep.equal([]);
    });
  }
});
