#!/usr/bin/env node
/**
 * 1,000 attach/detach cycles of each widget in one page (DESIGN.md section 7): no heap growth
 * after garbage collection, no event listeners left on window or document, no observers or
 * media-query listeners left alive, no widget instance kept. Heap and listeners are read through
 * the DevTools protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage,
 * DOMDebugger.getEventListeners, Runtime.queryObjects); observers are counted by the page's
 * guard script (test/server/host-pages.mjs).
 *
 *   node test/reliability/memory.mjs      (needs `npm run build`; MIG_DIST=… for another folder)
 *   CYCLES=200 node test/reliability/memory.mjs   (a quicker run)
 */
import { assert, waitInPage, withBrowser } from './lib/harness.mjs';

const CYCLES = Number(process.env.CYCLES ?? 1000);
const FIRST = Math.max(10, Math.round(CYCLES / 10));
/** Heap allowed to grow between the measurement after FIRST cycles and after CYCLES (after GC). */
const HEAP_TOLERANCE = 1024 * 1024;
const TAGS = ['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'];

/** Runs in the page: attach, draw, detach, `count` times; every tenth cycle fetches and is cut off mid-request. */
const CYCLE = `async (tag, from, count) => {
  const datasets = {
    'mig-flow-timeline': (i) => ({ title: 'T' + i, series: [{ id: 'a', label: 'A', points: [{ date: '2016-01', value: i }, { date: '2016-02', value: 2 }, { date: '2016-03', value: null }] }], events: [{ date: '2016-02-10', label: 'E' }] }),
    'mig-centre-map': (i) => ({ title: 'T' + i, centres: [{ id: 'k', name: 'K', lat: 44.8, lon: 20.4, capacity: 10, occupancy: i % 20, history: [{ date: '2016-01', occupancy: 3 }] }, { id: 'o', name: 'O', lat: 44.6, lon: 20.2, capacity: 0, occupancy: 1 }] }),
    'mig-project-board': (i) => ({ title: 'T' + i, projects: [{ id: 'a', title: 'A' + i, status: 'active', donors: ['EU'], budget: { amount: i, currency: 'EUR' }, url: 'https://example.org/' }, { id: 'b', title: 'B', status: 'planned' }] }),
  };
  const srcs = { 'mig-flow-timeline': '/data/flows-serbia.json', 'mig-centre-map': '/data/centres-serbia.json', 'mig-project-board': '/data/projects-iom.json' };
  const stage = document.getElementById('stage');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  for (let i = from; i < from + count; i++) {
    const el = document.createElement(tag);
    if (i % 10 === 9) el.src = srcs[tag] + '?cycle=' + i;
    else el.data = datasets[tag](i);
    stage.append(el);
    await el.updateComplete;
    if (i % 5 === 0) {
      await frame();
      el.shadowRoot.querySelector('.table-toggle')?.click();
      await el.updateComplete;
    }
    el.remove();
  }
  await frame();
  return window.__mig.errors.slice();
}`;

async function measure(page, cdp, tag) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    listeners[target] = found.map((listener) => listener.type).sort().join(',');
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  const guard = await page.evaluate(() => ({ observers: window.__mig.observers, mediaListeners: window.__mig.mediaListeners }));
  return { heap: usedSize, listeners, instances: length.value, ...guard };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

await withBrowser('memory', ['--js-flags=--expose-gc'], async ({ browser, base, check }) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  await page.goto(`${base}/page/empty.html`, { waitUntil: 'load' });
  await waitInPage(page, `['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'].every((tag) => customElements.get(tag))`);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('DOMDebugger.enable').catch(() => {});
  const cycle = await page.evaluateHandle(CYCLE);

  for (const tag of TAGS) {
    await check(`${tag}: ${CYCLES} attach/detach cycles leave no heap growth, listeners, observers or instances`, async () => {
      const baseline = await measure(page, cdp, tag);
      const warmErrors = await page.evaluate((run, name, count) => run(name, 0, count), cycle, tag, FIRST);
      const early = await measure(page, cdp, tag);
      const errors = await page.evaluate((run, name, from, count) => run(name, from, count), cycle, tag, FIRST, CYCLES - FIRST);
      const late = await measure(page, cdp, tag);
      const growth = late.heap - early.heap;
      console.log(
        `      heap ${mb(baseline.heap)} → ${mb(early.heap)} after ${FIRST} → ${mb(late.heap)} after ${CYCLES} (growth ${mb(growth)}); ` +
          `instances ${early.instances} → ${late.instances}; observers ${late.observers}; media listeners ${late.mediaListeners}`,
      );
      assert(warmErrors.length === 0 && errors.length === 0, `errors in the page: ${JSON.stringify(errors)}`);
      assert(growth < HEAP_TOLERANCE, `heap grew by ${mb(growth)} between ${FIRST} and ${CYCLES} cycles (tolerance ${mb(HEAP_TOLERANCE)})`);
      assert(late.listeners.window === baseline.listeners.window, `window listeners: ${baseline.listeners.window} → ${late.listeners.window}`);
      assert(late.listeners.document === baseline.listeners.document, `document listeners: ${baseline.listeners.document} → ${late.listeners.document}`);
      assert(late.observers === baseline.observers, `observations alive: ${baseline.observers} → ${late.observers}`);
      assert(late.mediaListeners === baseline.mediaListeners, `media-query listeners: ${baseline.mediaListeners} → ${late.mediaListeners}`);
      assert(late.instances <= 1, `${late.instances} detached ${tag} instances are still reachable`);
    });
  }
});
