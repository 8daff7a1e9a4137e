/**
 * The demo site in Chromium, served from the repository root under a strict
 * Content-Security-Policy: every page loads with no console error, CSP violation or failed
 * request, every widget reaches `state="ready"`, every page links to the others, and the
 * copy buttons and the iframe page work. Needs the single-file bundles: `npm run build` (or
 * `node scripts/build.mjs --bundles-only`) first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, serveFolder, watchedPage, widgetsSettled } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const demo = resolve(root, 'demo');

/** The strictest policy the widgets promise to work under. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const PAGES = [
  { file: 'index.html', lang: 'en', widgets: 3 },
  { file: 'article-en.html', lang: 'en', widgets: 1 },
  { file: 'article-sr-cyrl.html', lang: 'sr-Cyrl', widgets: 1 },
  { file: 'partner-bs.html', lang: 'bs', widgets: 2 },
  { file: 'gallery.html', lang: 'en', widgets: 12 },
  { file: 'embed.html', lang: 'en', widgets: 2 },
];

interface WidgetReport {
  tag: string;
  state: string | null;
  width: number;
  theme: string | null;
  title: string;
  lang: string;
}

function widgetReports(): WidgetReport[] {
  return [...document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')].map((widget) => ({
    tag: widget.localName,
    state: widget.getAttribute('state'),
    width: Math.round(widget.getBoundingClientRect().width),
    theme: widget.getAttribute('theme'),
    title: widget.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
    lang: widget.closest('[lang]')?.getAttribute('lang') ?? '',
  }));
}

describe('demo pages, as files', () => {
  const files = readdirSync(demo).filter((file) => file.endsWith('.html'));

  it('have no inline script or style (strict CSP) and no third-party address', () => {
    for (const file of files) {
      const html = readFileSync(resolve(demo, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes = '', body = ''] of scripts) {
        if (/type="application\/json"/.test(attributes)) continue;
        expect(attributes, `${file}: a script without src`).toMatch(/\ssrc="/);
        expect(body.trim(), `${file}: an inline script`).toBe('');
      }
      expect(html, `${file}: a <style> element`).not.toMatch(/<style[\s>]/);
      expect(html, `${file}: a style attribute`).not.toMatch(/\sstyle="/);
      expect(html, `${file}: an event-handler attribute`).not.toMatch(/\son[a-z]+="/);
      const markup = html.replace(/<pre>[\s\S]*?<\/pre>/g, '');
      const elsewhere = [...markup.matchAll(/\s(?:src|href)="(https?:[^"]*)"/g)].map((match) => match[1]);
      expect(elsewhere, `${file} refers to another site`).toEqual([]);
    }
  });

  it('link to one another', () => {
    const pages = PAGES.map((page) => page.file);
    for (const file of pages) {
      const html = readFileSync(resolve(demo, file), 'utf8');
      for (const other of pages) expect(html, `${file} links to ${other}`).toContain(`href="${other}"`);
    }
  });
});

describe('demo pages in Chromium, under a strict CSP', () => {
  let server: Server;
  let url: string;
  let chromium: Chromium;

  beforeAll(async () => {
    if (!existsSync(resolve(root, 'dist/mig-widgets.min.js'))) {
      throw new Error('dist/mig-widgets.min.js is missing: run `npm run build` (or `node scripts/build.mjs --bundles-only`) first');
    }
    ({ server, url } = await serveFolder({ root, port: 0, headers: { 'content-security-policy': CSP } }));
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    server?.close();
  });

  for (const { file, lang, widgets } of PAGES) {
    it(`${file}: loads without errors and every widget is ready`, async () => {
      const { page, problems } = await watchedPage(chromium.browser);
      await page.goto(`${url}/demo/${file}`, { waitUntil: 'load' });
      await widgetsSettled(page);
      const reports = await page.evaluate(widgetReports);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(reports).toHaveLength(widgets);
      for (const report of reports) {
        expect(report.state, `${report.tag} on ${file}`).toBe('ready');
        expect(report.title, `${report.tag} on ${file} has a title`).not.toBe('');
        expect(report.width, `${report.tag} on ${file} fits the page`).toBeLessThanOrEqual(1280);
      }
      expect(problems, file).toEqual([]);
      await page.close();
    });
  }

  it('article-sr-cyrl.html: the widget speaks Serbian in Cyrillic', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/demo/article-sr-cyrl.html`, { waitUntil: 'load' });
    await widgetsSettled(page);
    const [report] = await page.evaluate(widgetReports);
    expect(report!.title).toMatch(/^[\u0400-\u04ff\s,0-9–-]+$/);
    const words = await page.evaluate(() => document.querySelector('mig-flow-timeline')!.shadowRoot!.querySelector('.table-toggle')?.textContent?.trim());
    expect(words).toMatch(/[\u0400-\u04ff]/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gallery.html: half the widgets are at most 320 px wide, half are dark', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/demo/gallery.html`, { waitUntil: 'load' });
    await widgetsSettled(page);
    const reports = await page.evaluate(widgetReports);
    expect(reports.filter((report) => report.width <= 320)).toHaveLength(6);
    expect(reports.filter((report) => report.theme === 'dark')).toHaveLength(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('embed.html: a copy button puts its snippet on the clipboard', async () => {
    await chromium.browser.defaultBrowserContext().overridePermissions(url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/demo/embed.html`, { waitUntil: 'load' });
    await widgetsSettled(page);
    const buttons = await page.$$eval('button[data-copy]', (list) => list.filter((button) => !(button as HTMLButtonElement).hidden).length);
    expect(buttons).toBeGreaterThanOrEqual(6);
    await page.click('button[data-copy="code-module"]');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.includes('copied'), { timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('<script type="module" src="https://your.cdn/migration-widgets/dist/mig-widgets.min.js"></script>');
    expect(copied).toContain('<mig-flow-timeline src="/data/flows-serbia.json" lang="sr-Cyrl"></mig-flow-timeline>');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('frame.html: shows the widget the address asks for, and refuses other sites and unknown widgets', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${url}/demo/frame.html?widget=centre-map&src=/data/centres-bih.json&lang=bs&theme=dark`, { waitUntil: 'load' });
    await widgetsSettled(page);
    const [report] = await page.evaluate(widgetReports);
    expect(report).toMatchObject({ tag: 'mig-centre-map', state: 'ready', theme: 'dark', lang: 'bs' });
    expect(await page.title()).toBe(report!.title);

    await page.goto(`${url}/demo/frame.html?widget=centre-map&src=https://elsewhere.invalid/data.json`, { waitUntil: 'load' });
    await page.waitForSelector('.frame-error');
    expect(await page.$eval('.frame-error', (element) => element.textContent)).toContain('on this site');
    expect(await page.$('mig-centre-map')).toBeNull();

    await page.goto(`${url}/demo/frame.html?widget=chart&src=/data/centres-bih.json`, { waitUntil: 'load' });
    await page.waitForSelector('.frame-error');
    expect(await page.$eval('.frame-error', (element) => element.textContent)).toContain('Unknown widget');
    expect(problems).toEqual([]);
    await page.close();
  });
});
