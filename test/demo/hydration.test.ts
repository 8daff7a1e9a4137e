/**
 * Pre-rendered widgets in Chromium: the declarative shadow DOM shows the picture before any
 * script runs; with Lit's hydration support loaded first, the element takes over the server's
 * DOM (the same nodes, no second copy) and then follows its container's real width; with the
 * plain bundle (no hydration support), the element replaces the server's DOM with its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToHtml, type WidgetTag } from '../../src/ssr/render.ts';
import { type Chromium, launchChromium, serveFolder, watchedPage, widgetsSettled } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const dataset = (name: string): unknown => JSON.parse(readFileSync(resolve(root, 'data', `${name}.json`), 'utf8'));

const WIDGETS: { tag: WidgetTag; data: string; width: number; lang: string }[] = [
  { tag: 'mig-flow-timeline', data: 'flows-serbia', width: 560, lang: 'sr-Cyrl' },
  { tag: 'mig-centre-map', data: 'centres-bih', width: 560, lang: 'bs' },
  { tag: 'mig-project-board', data: 'projects-iom', width: 560, lang: 'en' },
];
const TAGS = WIDGETS.map((widget) => widget.tag).join(', ');

/** A page with the three widgets pre-rendered at 560 px, in a 560 px column, and `scripts`. */
async function page(scripts: string[]): Promise<string> {
  const widgets = await Promise.all(
    WIDGETS.map(async ({ tag, data, width, lang }) => `<section>${await renderToHtml(tag, dataset(data), { lang, width, attributes: { today: tag === 'mig-project-board' ? '2024-01-01' : undefined } })}</section>`),
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pre-rendered widgets</title>
<link rel="stylesheet" href="page.css">
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body><main>${widgets.join('\n')}</main></body>
</html>`;
}

/** What each widget's shadow root holds: parts, pictures, and the identity mark if still there. */
function inspect(tags: string) {
  return [...document.querySelectorAll(tags)].map((widget) => {
    const root = widget.shadowRoot;
    const chart = root?.querySelector('[part~="chart"]');
    return {
      tag: widget.localName,
      state: widget.getAttribute('state'),
      frames: root?.querySelectorAll('.frame').length ?? 0,
      titles: root?.querySelectorAll('[part~="title"]').length ?? 0,
      charts: root?.querySelectorAll('[part~="chart"]').length ?? 0,
      chartSvgs: chart ? chart.querySelectorAll(':scope svg:not(svg svg)').length : 0,
      svgWidth: chart?.querySelector('svg')?.getAttribute('width') ?? null,
      cards: root?.querySelectorAll('[part~="card"]').length ?? 0,
      marked: (root?.querySelector('[part~="title"]') as (Element & { ssrMark?: boolean }) | null)?.ssrMark === true,
      text: root?.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
    };
  });
}

describe('pre-rendered widgets in Chromium', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let chromium: Chromium;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mig-hydrate-'));
    const bundle = (contents: string, outfile: string) =>
      build({
        stdin: { contents, resolveDir: root, loader: 'ts' },
        bundle: true,
        format: 'esm',
        target: 'es2022',
        outfile: join(dir, outfile),
        // package.json's sideEffects names the built files only: keep the source entries' definitions.
        ignoreAnnotations: true,
        logLevel: 'error',
      });
    await bundle(`import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/index.ts';`, 'hydrate.js');
    await bundle(`import './src/index.ts';`, 'plain.js');
    writeFileSync(join(dir, 'page.css'), 'main { width: 560px; } section { margin: 0 0 2rem; }');
    writeFileSync(join(dir, 'static.html'), await page([]));
    writeFileSync(join(dir, 'hydrate.html'), await page(['hydrate.js']));
    writeFileSync(join(dir, 'plain.html'), await page(['plain.js']));
    ({ server, url } = await serveFolder({ root: dir, port: 0, index: '/static.html' }));
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the complete picture before any script runs', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/static.html`, { waitUntil: 'load' });
    const widgets = await page.evaluate(inspect, TAGS);
    expect(widgets.map((w) => w.tag)).toEqual(WIDGETS.map((w) => w.tag));
    for (const widget of widgets) {
      expect(widget.frames, widget.tag).toBe(1);
      expect(widget.text, widget.tag).not.toBe('');
    }
    expect(widgets[0]!.text).toContain('Регистроване намере');
    expect(widgets[0]!.svgWidth).toBe('560');
    expect(widgets[1]!.chartSvgs).toBe(1);
    expect(widgets[2]!.cards).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector('mig-flow-timeline')!.shadowRoot!.querySelector('.axis.x text')?.textContent)).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hydrates: the same nodes, one picture each, no errors; then follows the real width', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    // Mark the server-rendered title nodes, then load the scripts: hydration keeps the nodes.
    await page.goto(`${url}/static.html`, { waitUntil: 'load' });
    await page.evaluate((tags) => {
      for (const widget of document.querySelectorAll(tags)) {
        const title = widget.shadowRoot?.querySelector('[part~="title"]') as (Element & { ssrMark?: boolean }) | null;
        if (title) title.ssrMark = true;
      }
    }, TAGS);
    await page.addScriptTag({ url: `${url}/hydrate.js`, type: 'module' });
    await widgetsSettled(page);
    const widgets = await page.evaluate(inspect, TAGS);
    for (const widget of widgets) {
      expect(widget.state, widget.tag).toBe('ready');
      expect(widget.marked, `${widget.tag} kept the server's nodes (${problems.join('; ')})`).toBe(true);
      expect(widget.frames, widget.tag).toBe(1);
      expect(widget.titles, widget.tag).toBe(1);
      expect(widget.charts, widget.tag).toBe(1);
    }
    expect(widgets[0]!.chartSvgs).toBe(1);
    expect(widgets[1]!.chartSvgs).toBe(1);
    expect(widgets[0]!.text).toContain('Регистроване намере');

    // A narrower column: the widgets redraw at the new width, still one picture each.
    await page.evaluate(() => document.querySelector('main')!.style.setProperty('width', '400px'));
    await page.waitForFunction(() => document.querySelector('mig-flow-timeline')?.shadowRoot?.querySelector('[part~="chart"] svg')?.getAttribute('width') === '400', {
      timeout: 5000,
    });
    const narrow = await page.evaluate(inspect, TAGS);
    for (const widget of narrow) expect(widget.frames, widget.tag).toBe(1);
    expect(narrow[0]!.chartSvgs).toBe(1);
    expect(narrow[1]!.chartSvgs).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without hydration support, replaces the pre-rendered DOM: one picture each, no errors', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/plain.html`, { waitUntil: 'load' });
    await widgetsSettled(page);
    const widgets = await page.evaluate(inspect, TAGS);
    for (const widget of widgets) {
      expect(widget.state, widget.tag).toBe('ready');
      expect(widget.frames, widget.tag).toBe(1);
      expect(widget.charts, widget.tag).toBe(1);
    }
    expect(widgets[0]!.chartSvgs).toBe(1);
    expect(widgets[1]!.chartSvgs).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
