/**
 * A tiny harness for the Node-side reliability scripts: Debian's Chromium through
 * puppeteer-core, the host-page server, named checks, and the closing line
 * `<name>: N passed, N failed` (exit code 1 when anything failed).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../../../scripts/chromium.mjs';
import { startHostPages } from '../../server/host-pages.mjs';


/** The folder holding the built bundles: `MIG_DIST`, else dist/. */
export function distFolder() {
  const dist = resolve(process.env.MIG_DIST ?? 'dist');
  for (const file of ['mig-widgets.min.js', 'mig-widgets.iife.min.js']) {
    if (!existsSync(join(dist, file))) {
      console.error(`${join(dist, file)} is missing: run \`npm run build\` (or \`node scripts/build.mjs --bundles-only\`) first.`);
      return null;
    }
  }
  return dist;
}

export async function withBrowser(name, extraArgs, body) {
  const results = [];
  const dist = distFolder();
  if (!dist) {
    console.log(`${name}: 0 passed, 1 failed`);
    process.exit(1);
  }
  const profile = mkdtempSync(join(tmpdir(), 'mig-reliability-'));
  const server = await startHostPages({ dist });
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    userDataDir: profile,
    args: [...CHROME_ARGS, ...extraArgs],
  });
  const check = async (title, fn) => {
    const started = Date.now();
    try {
      await fn();
      results.push({ title, ok: true });
      console.log(`  ✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      results.push({ title, ok: false });
      console.log(`  ✗ ${title}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
    }
  };
  try {
    await body({ browser, base: server.url, check });
  } catch (error) {
    results.push({ title: 'harness', ok: false });
    console.log(`  ✗ ${name} stopped: ${error?.stack ?? error}`);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  console.log(`${name}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${message}\n        expected ${b}\n        got      ${a}`);
}

/** Wait in the page until `predicate` (a function source run there) is true. */
export async function waitInPage(page, predicate, timeout = 15_000) {
  await page.waitForFunction(predicate, { timeout, polling: 50 });
}

/** State of each widget on the page: tag, state, title, NaN attributes, active content. */
export const WIDGET_REPORT = `(() => {
  const all = (root) => { const out = []; const visit = (node) => { for (const child of node.children) { out.push(child); if (child.shadowRoot) visit(child.shadowRoot); visit(child); } }; visit(root); return out; };
  return [...document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')].map((el) => {
    const inside = el.shadowRoot ? all(el.shadowRoot) : [];
    const bad = [];
    const active = [];
    for (const node of [el, ...inside]) {
      for (const attribute of node.attributes) {
        if (/NaN|Infinity|undefined/.test(attribute.value)) bad.push(node.localName + ' ' + attribute.name + '=' + attribute.value.slice(0, 60));
        if (/^on/i.test(attribute.name)) active.push(node.localName + ' ' + attribute.name);
        if (attribute.name === 'href' && !/^https?:/i.test(attribute.value) && !attribute.value.startsWith('#')) active.push('href=' + attribute.value);
      }
      if (/^(script|img|iframe|object|embed)$/.test(node.localName)) active.push(node.localName);
    }
    const chart = el.shadowRoot && el.shadowRoot.querySelector('[part~="chart"]');
    const box = chart ? chart.getBoundingClientRect() : { width: 0, height: 0 };
    return { tag: el.localName, state: el.getAttribute('state'), bad, active, chart: [Math.round(box.width), Math.round(box.height)] };
  });
})()`;

export const ALL_READY = `(() => {
  const els = [...document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')];
  return els.length === 3 && els.every((el) => el.getAttribute('state') === 'ready');
})()`;
