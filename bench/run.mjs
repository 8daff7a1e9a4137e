#!/usr/bin/env node
/**
 * npm run bench: our widgets against a plain-D3 baseline, a no-op floor and peer libraries, in
 * headless Chromium, on pages served from 127.0.0.1. Writes bench/RESULTS.md.
 *
 *   node bench/run.mjs                   every workload, 7 runs after a warm-up
 *   node bench/run.mjs --quick           smallest sizes, 1 run, no RESULTS.md; exits 1 on any failure
 *   --runs N --warmups N --timeout S --only timeline,map-500 --contestants d3,ours --no-write
 *   --bundle path/to/mig-widgets.min.js   another build of ours (default dist/mig-widgets.min.js)
 *   --profile ours                       also save CPU profiles of that contestant's timed steps
 *   --trace ours                         also save DevTools traces of them (summarise: bench/trace-summary.mjs)
 *   --against path/to/mig-widgets.min.js  also run that build of ours, in the same rounds (nothing written)
 */
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { buildPages, ourSizes, peerSizes, snapshotBundle, TMP } from './pages.mjs';
import { CONTESTANTS, FLOOR, moduleOf, OURS, WORKLOADS } from './plan.mjs';
import { machineLine, markdown, summarise } from './report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    warmups: { type: 'string' },
    timeout: { type: 'string' },
    only: { type: 'string' },
    contestants: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    bundle: { type: 'string', default: 'dist/mig-widgets.min.js' },
    profile: { type: 'string' },
    trace: { type: 'string' },
    against: { type: 'string' },
  },
});
const quick = flags.quick;
const runs = Number(flags.runs ?? (quick ? 1 : 7));
const warmups = Number(flags.warmups ?? (quick ? 0 : 1));
const timeoutMs = 1000 * Number(flags.timeout ?? (quick ? 20 : 120));
const write = !quick && !flags['no-write'] && !flags.against;
const list = (value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined);
const only = list(flags.only);
const chosen = list(flags.contestants);
if (![runs, warmups, timeoutMs].every((value) => Number.isInteger(value) && value >= 0) || runs < 1 || timeoutMs < 1000) {
  console.error('--runs must be ≥ 1, --warmups ≥ 0 and --timeout ≥ 1 (whole numbers)');
  process.exit(1);
}

const workloads = WORKLOADS.filter((workload) => (quick ? workload.quick : true)).filter(
  (workload) => !only || only.includes(workload.id) || only.includes(workload.widget),
);
const contestants = CONTESTANTS.filter((contestant) => !chosen || chosen.includes(contestant.id));
if (flags.against) {
  if (!existsSync(flags.against)) {
    console.error(`${flags.against} is missing`);
    process.exit(1);
  }
  // Another build of ours as one more contestant: a change and what it replaces, measured in the same rounds.
  const ours = CONTESTANTS.find((contestant) => contestant.id === OURS);
  contestants.push({ ...ours, id: 'against', name: `migration-widgets (${flags.against})`, module: OURS, bundle: snapshotBundle(flags.against, 'against') });
}
if (!workloads.length || !contestants.length) {
  console.error('nothing to run: check --only and --contestants');
  process.exit(1);
}
const bundle = flags.bundle;
const withOurs = contestants.some((contestant) => moduleOf(contestant) === OURS);
if (withOurs && !existsSync(bundle)) {
  console.error(`${bundle} is missing: run npm run build first`);
  process.exit(1);
}

const ARGS = [...CHROME_ARGS, '--js-flags=--expose-gc'];

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

const pages = await buildPages(contestants, withOurs ? snapshotBundle(bundle) : bundle);
// Sizes of the same build as the one measured, read before anything can rebuild it.
const oursBytes = write ? ourSizes(dirname(bundle)) : [];
const { server, url } = await serve({ root: '.', port: 0 });
const userDataDirs = [];
let browser;
const launch = async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mig-bench-'));
  userDataDirs.push(userDataDir);
  browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    userDataDir,
    args: ARGS,
    defaultViewport: { width: 1280, height: 800 },
  });
};

/** Rejects after `ms` unless `promise` settles first. */
function within(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** GC twice (the page's gc() from --expose-gc, then the DevTools one) and read the used JS heap. */
async function heapAfterGc(page, cdp) {
  await page.evaluate(() => {
    globalThis.gc?.();
    globalThis.gc?.();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** What a saved trace records: the main thread's script, style, layout, paint and GC. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'disabled-by-default-v8.gc'];

/** Numbers the saved CPU profiles and traces. */
let runNumber = 1;

/** One run: a fresh browser context and page, first render, hover probe, then the second step. */
async function runOnce(contestant, workload) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    const body = async () => {
      const cdp = await page.createCDPSession();
      await page.goto(`${url}${pages[contestant.id]}?widget=${workload.widget}&size=${workload.size}&seed=1`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench && window.__bench.status !== 'loading', { timeout: timeoutMs, polling: 50 });
      const { status, error } = await page.evaluate(() => ({ status: window.__bench.status, error: window.__bench.error }));
      if (errors.length) throw new Error(errors.join('\n'));
      if (status === 'n/a') return { status: 'n/a', reason: error.split('\n')[0] };
      if (status !== 'ready') throw new Error(error || `page status ${status}`);

      const heapBefore = await heapAfterGc(page, cdp);
      const profiling = flags.profile === contestant.id;
      const tracing = flags.trace === contestant.id;
      const timed = async (step) => {
        if (tracing) {
          mkdirSync(join(TMP, 'traces'), { recursive: true });
          const path = join(TMP, 'traces', `${workload.id}-${contestant.id}-${step}-${runNumber++}.json`);
          await page.tracing.start({ path, categories: TRACE_CATEGORIES });
          const times = await page.evaluate((name) => window.__bench[name](), step);
          await page.tracing.stop();
          return times;
        }
        if (!profiling) return page.evaluate((name) => window.__bench[name](), step);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
        const times = await page.evaluate((name) => window.__bench[name](), step);
        const { profile } = await cdp.send('Profiler.stop');
        mkdirSync(join(TMP, 'profiles'), { recursive: true });
        writeFileSync(join(TMP, 'profiles', `${workload.id}-${contestant.id}-${step}-${runNumber++}.cpuprofile`), JSON.stringify(profile));
        return times;
      };
      const first = await timed('first');
      const heapFirst = (await heapAfterGc(page, cdp)) - heapBefore;
      const nodesFirst = await page.evaluate(() => window.__bench.nodes());

      let hover;
      if (workload.hover) {
        const box = await page.evaluate(() => window.__bench.box());
        const fractions = [0.2, 0.35, 0.5, 0.65, 0.8];
        for (const [index, fraction] of fractions.entries()) {
          await page.mouse.move(box.x + box.width * fraction, box.y + box.height * (0.45 + index * 0.02));
          await page.waitForFunction((count) => window.__bench.hovers.length >= count, { timeout: timeoutMs, polling: 'raf' }, index + 1);
        }
        hover = Math.max(...(await page.evaluate(() => window.__bench.hovers)));
      }

      let second;
      let heapSecond;
      let nodesSecond;
      if (workload.second && (await page.evaluate(() => typeof window.__bench.second === 'function'))) {
        second = await timed('second');
        heapSecond = (await heapAfterGc(page, cdp)) - heapBefore;
        nodesSecond = await page.evaluate(() => window.__bench.nodes());
      }
      if (errors.length) throw new Error(errors.join('\n'));
      return { status: 'ok', run: { first, heapFirst, nodesFirst, hover, second, heapSecond, nodesSecond } };
    };
    return await within(body(), timeoutMs, `${contestant.id} on ${workload.id}`);
  } catch (error) {
    return { status: 'error', error: [error.message, ...errors.filter((item) => !error.message.includes(item))].join('\n') };
  } finally {
    try {
      await within(context.close(), 10_000, 'closing the page');
    } catch {
      // A renderer stuck in a long task: start a new browser rather than wait for it.
      log('browser did not close the page: restarting it');
      browser.process()?.kill('SIGKILL');
      await launch();
    }
  }
}

const results = {};
let failures = 0;
let passes = 0;
const notAvailable = [];

try {
  await launch();
  const browserVersion = await browser.version();
  log(`${browserVersion}; ${workloads.length} workloads; ${runs} run(s) after ${warmups} warm-up(s); timeout ${timeoutMs / 1000} s per run`);

  for (const workload of workloads) {
    const entrants = contestants.filter((contestant) => contestant.widgets.includes(workload.widget));
    const entries = (results[workload.id] = Object.fromEntries(entrants.map((contestant) => [contestant.id, { status: 'ok', runs: [], errors: [] }])));
    for (let round = 0; round < warmups + runs; round++) {
      // Rotate the order every round so that no contestant always runs first or after the same one.
      const order = entrants.map((_, index) => entrants[(index + round) % entrants.length]);
      for (const contestant of order) {
        const entry = entries[contestant.id];
        if (entry.status === 'n/a' || entry.errors.length >= 2) continue;
        const outcome = await runOnce(contestant, workload);
        const label = `${workload.id} ${contestant.id} ${round < warmups ? 'warm-up' : `run ${round - warmups + 1}/${runs}`}`;
        if (outcome.status === 'n/a') {
          entry.status = 'n/a';
          entry.reason = outcome.reason;
          log(`${label}: n/a (${outcome.reason})`);
        } else if (outcome.status === 'error') {
          entry.errors.push(outcome.error);
          log(`${label}: FAILED\n${outcome.error}`);
        } else {
          if (round >= warmups) entry.runs.push(outcome.run);
          const { first, second, hover } = outcome.run;
          log(`${label}: ${first.frame.toFixed(1)} ms${second ? `, ${workload.second} ${second.frame.toFixed(1)} ms` : ''}${hover !== undefined ? `, hover ${hover.toFixed(1)} ms` : ''}`);
        }
      }
    }
    for (const [id, entry] of Object.entries(entries)) {
      if (entry.status === 'n/a') notAvailable.push(`${workload.id} ${id}`);
      else if (entry.errors.length) {
        failures++;
        if (!entry.runs.length) entry.status = 'error';
      } else passes++;
    }
  }

  mkdirSync(TMP, { recursive: true });
  writeFileSync(join(TMP, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  // A short table on the console in every mode.
  console.log('\n| workload | contestant | first render ms | second ms | heap MB | nodes | hover ms |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const workload of workloads) {
    for (const [id, entry] of Object.entries(results[workload.id])) {
      const stats = summarise(entry);
      const cell = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
      if (!stats) console.log(`| ${workload.id} | ${id} | ${entry.status} | | | | |`);
      else
        console.log(
          `| ${workload.id} | ${id} | ${cell(stats.frame.median)} | ${cell(stats.second.median)} | ${cell(stats.heap.median / 1048576, 2)} | ${cell(stats.nodes.median, 0)} | ${cell(stats.hover.median)} |`,
        );
    }
  }

  if (write) {
    const peers = contestants.filter((contestant) => ![OURS, FLOOR].includes(moduleOf(contestant)));
    const text = markdown({
      results,
      machine: machineLine(browserVersion),
      date: new Date().toISOString().slice(0, 10),
      runs,
      warmups,
      ourSizes: oursBytes,
      peerSizes: await peerSizes(peers),
    });
    writeFileSync('bench/RESULTS.md', text);
    log('wrote bench/RESULTS.md');
  }
} finally {
  await browser?.close().catch(() => {});
  server.close();
  for (const folder of userDataDirs) rmSync(folder, { recursive: true, force: true });
}

if (notAvailable.length) console.log(`\nnot built yet (n/a): ${notAvailable.join(', ')}`);
console.log(`bench: ${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
