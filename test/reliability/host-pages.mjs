#!/usr/bin/env node
/**
 * The built bundles on real host pages, in Chromium (README promises 1, 3, 4 and 6):
 *  - a page served with `Content-Security-Policy: default-src 'self'; script-src 'self';
 *    style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html` shows all
 *    three widgets (src, inline JSON and property) with zero `securitypolicyviolation` events,
 *    from the ES module bundle and from the classic-script bundle;
 *  - three copies of the bundle on one page: a warning per tag and copy, never an exception;
 *  - forced colours (emulated through CDP) and a right-to-left page.
 *
 *   node test/reliability/host-pages.mjs      (needs `npm run build`; MIG_DIST=… for another folder)
 */
import { ALL_READY, assert, assertEqual, waitInPage, WIDGET_REPORT, withBrowser } from './lib/harness.mjs';

const TAGS = ['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'];

async function open(browser, url) {
  const page = await browser.newPage();
  const console = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.setViewport({ width: 800, height: 1200 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, console };
}

/** Everything the guard script recorded, after a moment for late reports. */
async function record(page) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__mig)));
}

async function checkPage(page, log, label) {
  await waitInPage(page, ALL_READY);
  const drawn = await page.evaluate(WIDGET_REPORT);
  // Set data from script too: the third route.
  await page.evaluate(() => {
    document.querySelector('mig-project-board').data = { title: 'From a property', projects: [{ id: 'x', title: 'X', status: 'active' }] };
  });
  await waitInPage(page, `document.querySelector('mig-project-board').shadowRoot.querySelector('[part~="title"]')?.textContent === 'From a property'`);
  // Interact a little: open the table views and the download menus.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')) {
      el.shadowRoot.querySelector('.table-toggle')?.click();
      for (const details of el.shadowRoot.querySelectorAll('details')) details.open = true;
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const report = await page.evaluate(WIDGET_REPORT);
  const recorded = await record(page);
  assertEqual(recorded.violations, [], `${label}: securitypolicyviolation events`);
  assertEqual(recorded.errors, [], `${label}: errors reaching the page`);
  assertEqual(
    log.filter((line) => /^(error|pageerror)/.test(line) && !/favicon/.test(line)),
    [],
    `${label}: console errors`,
  );
  for (const widget of report) {
    assertEqual(widget.bad, [], `${label}: ${widget.tag} attributes with NaN/Infinity`);
    assertEqual(widget.active, [], `${label}: ${widget.tag} active content`);
    assert(widget.state === 'ready', `${label}: ${widget.tag} is ${widget.state}`);
  }
  assert((await page.evaluate(() => window.__migPwned)) === undefined, `${label}: a payload executed`);
  return { drawn, report, recorded };
}

await withBrowser('host pages', [], async ({ browser, base, check }) => {
  await check("strict CSP + Trusted Types: all three widgets from the ES module bundle, zero violations", async () => {
    const { page, console } = await open(browser, `${base}/page/csp.html`);
    await checkPage(page, console, 'module bundle');
    // The policy really is in force: script text from a string is refused without a Trusted Types policy.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('script').text = 'window.__migPwned = 1';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert(refused, 'Trusted Types is not enforced on the test page');
    await page.close();
  });

  await check('strict CSP + Trusted Types: the classic-script (IIFE) bundle, zero violations', async () => {
    const { page, console } = await open(browser, `${base}/page/csp-iife.html`);
    await checkPage(page, console, 'classic bundle');
    await page.close();
  });

  await check('inline JSON in a child script cannot break out of its <script> (the host escaped it)', async () => {
    const { page } = await open(browser, `${base}/page/csp.html`);
    await waitInPage(page, ALL_READY);
    const title = await page.evaluate(() => document.querySelector('mig-project-board').shadowRoot.querySelector('[part~="title"]').textContent);
    assert(title.startsWith('</script><script>'), `title shown as text: ${title}`);
    assert((await page.evaluate(() => window.__migPwned)) === undefined, 'a payload executed');
    await page.close();
  });

  const threeCopies = async (path, label) => {
    const { page, console } = await open(browser, `${base}${path}`);
    const { recorded } = await checkPage(page, console, label);
    for (const tag of TAGS) {
      const count = recorded.warnings.filter((warning) => warning.includes(`<${tag}>`)).length;
      assert(count >= 1 && count <= 2, `${tag}: ${count} warnings (expected one per extra copy): ${JSON.stringify(recorded.warnings)}`);
    }
    await page.close();
  };

  await check("three copies of the bundle on one page (policy with 'allow-duplicates'): a warning per tag and copy, no throw", () =>
    threeCopies('/page/two-copies-allowed.html', 'three copies, duplicates allowed'),
  );

  await check('three copies of the bundle under the strict policy: the extra copies stand down without an error', () =>
    threeCopies('/page/two-copies.html', 'three copies, strict policy'),
  );

  await check('forced colours (emulated): widgets draw, the forced-colors styles apply', async () => {
    const { page, console } = await open(browser, `${base}/page/plain.html`);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] });
    assert(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours not emulated');
    await checkPage(page, console, 'forced colours');
    const adjust = await page.evaluate(() =>
      [...document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')].map((el) => getComputedStyle(el).forcedColorAdjust),
    );
    assertEqual(adjust, ['auto', 'auto', 'auto'], 'forced-color-adjust on the hosts');
    // Focus is still visible: the focus ring uses a system colour.
    const ring = await page.evaluate(() => {
      const board = document.querySelector('mig-project-board');
      const button = board.shadowRoot.querySelector('button');
      button.focus({ focusVisible: true });
      const style = getComputedStyle(button);
      return style.outlineStyle;
    });
    assert(ring !== 'none', `focused button has no outline in forced colours (${ring})`);
    await page.close();
  });

  await check('a right-to-left page (dir="rtl", lang="ar") under the same policy', async () => {
    const { page, console } = await open(browser, `${base}/page/plain.html`);
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
    });
    const { drawn } = await checkPage(page, console, 'rtl');
    for (const widget of drawn) assert(widget.chart[0] > 100 && widget.chart[1] > 50, `${widget.tag} chart ${widget.chart}`);
    await page.close();
  });
});
