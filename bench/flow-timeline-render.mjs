// Render time of <mig-flow-timeline> in headless Chromium: from setting `data` to the second
// animation frame after it (validation, layout, Lit render, style, layout and paint included).
// Usage (from the repository root): node bench/flow-timeline-render.mjs [--runs 7] [--width 1000] [--shots DIR]
// --shots DIR also writes PNG screenshots of a few configurations to DIR (for a visual check).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, width: { type: 'string', default: '1000' }, shots: { type: 'string' } },
});
const runs = Number(args.runs);
const width = Number(args.width);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>flow timeline bench</title>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif} .box{width:${width}px}</style></head>
<body><div class="box" id="box"></div>
<script type="module">
  import '/src/flow-timeline.ts';
  import { generateFlows } from '/src/core/data/sample-generators.ts';
  import { validateFlows } from '/src/core/data/contracts.ts';
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.measure = async (series, points, interval) => {
    const raw = generateFlows({ series, points, interval, seed: 7, gaps: true, estimates: true, events: 6 });
    const box = document.getElementById('box');
    box.replaceChildren();
    const el = document.createElement('mig-flow-timeline');
    box.append(el);
    await frame();
    const started = performance.now();
    el.data = raw;
    await frame();
    const ms = performance.now() - started;
    const drawn = el.shadowRoot.querySelectorAll('[part~=chart] path').length;
    // The share of that spent validating the contract (the same call the element makes).
    const v0 = performance.now();
    validateFlows(raw);
    const validate = performance.now() - v0;
    return { ms, validate, state: el.getAttribute('state'), drawn };
  };
  // After a render: time one keyboard step of the crosshair and one zoom step, each to the second frame.
  window.interact = async () => {
    const el = document.querySelector('mig-flow-timeline');
    const plot = el.shadowRoot.querySelector('.plot');
    plot.focus();
    const key = async (k) => {
      const started = performance.now();
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await frame();
      return performance.now() - started;
    };
    await key('Home');
    const step = await key('ArrowRight');
    const zoom = await key('+');
    const reset = await key('0');
    return { step, zoom, reset };
  };
  window.show = async (raw, attrs = {}) => {
    const box = document.getElementById('box');
    box.replaceChildren();
    const el = document.createElement('mig-flow-timeline');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    box.append(el);
    el.data = raw;
    await frame();
    await frame();
  };
  window.ready = true;
</script></body></html>`;

const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    hostname: '127.0.0.1',
    port: 0,
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022' })],
    middleware: [
      (context, next) => {
        if (context.path === '/bench/flow-timeline.html') {
          context.body = PAGE;
          context.type = 'html';
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const profile = mkdtempSync(join(tmpdir(), 'flow-bench-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: width + 40, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/flow-timeline.html`);
  await page.waitForFunction('window.ready === true');

  const cases = [
    { label: '3 × 730 daily', series: 3, points: 730 },
    { label: '3 × 7,300 daily', series: 3, points: 7300 },
    { label: '3 × 73,000 daily', series: 3, points: 73000 },
  ];
  console.log(`width ${width}px, ${runs} runs each (first run is warm-up and not counted)`);
  for (const c of cases) {
    const times = [];
    const validations = [];
    let last;
    for (let i = 0; i <= runs; i += 1) {
      last = await page.evaluate((s, p) => window.measure(s, p, 'day'), c.series, c.points);
      if (i > 0) {
        times.push(last.ms);
        validations.push(last.validate);
      }
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    validations.sort((a, b) => a - b);
    const validateMedian = validations[Math.floor(validations.length / 2)];
    console.log(`${c.label.padEnd(18)} median ${median.toFixed(1)} ms  (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}; of which validation ≈ ${validateMedian.toFixed(1)} ms; state ${last.state}, ${last.drawn} paths)`);
    const i = await page.evaluate(() => window.interact());
    console.log(`${''.padEnd(18)} then: crosshair step ${i.step.toFixed(1)} ms, zoom in ${i.zoom.toFixed(1)} ms, zoom reset ${i.reset.toFixed(1)} ms`);
  }

  if (args.shots) {
    const { readFileSync } = await import('node:fs');
    const serbia = JSON.parse(readFileSync('data/flows-serbia.json', 'utf8'));
    const shots = [
      ['serbia-en', serbia, {}, width],
      ['serbia-320', serbia, {}, 320],
      ['serbia-dark-srcyrl', serbia, { theme: 'dark', lang: 'sr-Cyrl' }, 800],
      ['stacked', { ...serbia, stacked: true }, {}, 800],
    ];
    for (const [name, raw, attrs, w] of shots) {
      await page.evaluate((w) => (document.getElementById('box').style.width = `${w}px`), w);
      await page.evaluate((raw, attrs) => window.show(raw, attrs), raw, attrs);
      const box = await page.$('#box');
      await box.screenshot({ path: join(args.shots, `${name}.png`) });
    }
    console.log(`screenshots in ${args.shots}`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
