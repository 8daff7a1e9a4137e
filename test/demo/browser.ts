/**
 * Debian's Chromium through puppeteer-core, with the flags that work as root in a container,
 * and a page that records every console error, uncaught error and failed request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';


export interface Chromium {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'mig-demo-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    userDataDir: profile,
    args: CHROME_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught errors, CSP violations and failed requests, in order. */
  problems: string[];
}

export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const problems: string[] = [];
  // Browsers ask for /favicon.ico on their own: not the page's doing.
  const favicon = (url: string) => new URL(url).pathname === '/favicon.ico';
  page.on('console', (message) => {
    if (message.type() === 'error' && !favicon(message.location().url ?? 'http://x/')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => {
    // Chromium reports a body read to its end through a stream reader as ERR_ABORTED once the
    // response is in (status 200): the data arrived whole, so that is not a failure.
    const answered = (request.response()?.status() ?? 0) > 0 && request.failure()?.errorText === 'net::ERR_ABORTED';
    if (!favicon(request.url()) && !answered) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !favicon(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Resolves when every widget on the page has left `loading` (or after `timeout` ms). */
export async function widgetsSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('mig-flow-timeline, mig-centre-map, mig-project-board')];
      return (
        widgets.length > 0 &&
        widgets.every((widget) => customElements.get(widget.localName) && ['ready', 'empty', 'error'].includes(widget.getAttribute('state') ?? ''))
      );
    },
    { timeout, polling: 100 },
  );
  // Let the widgets apply their measured widths (a frame or two).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
}

export interface Served {
  server: Server;
  url: string;
}

/** scripts/serve.mjs (plain JavaScript) with its options typed: a static server on 127.0.0.1. */
export async function serveFolder(options: { root: string; port?: number; index?: string; headers?: Record<string, string> }): Promise<Served> {
  const module = '../../scripts/serve.mjs';
  const { serve } = (await import(/* @vite-ignore */ module)) as { serve: (options: object) => Promise<Served> };
  return serve(options);
}
