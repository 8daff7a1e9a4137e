#!/usr/bin/env node
/**
 * npm run size: minified, gzip and brotli bytes of every self-contained file in dist/, against
 * the budgets of the design (brotli, basemap data excluded: basemaps are a separate lazily
 * loaded chunk of the ES module bundles).
 *
 * The budgets are not met yet. Until they are, each bundle has a ceiling just above its size
 * when it was last measured, and the check fails past the ceiling: sizes may only go down.
 * Lower a ceiling whenever a bundle shrinks; remove it once the bundle is within budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = {
  'mig-widgets.min.js': 45 * 1024,
  'mig-flow-timeline.min.js': 30 * 1024,
  'mig-centre-map.min.js': 30 * 1024,
  'mig-project-board.min.js': 30 * 1024,
};

/**
 * Brotli ceilings while a bundle is over its budget. Never raise one to let a change in, unless
 * the change buys a design target that is measured in bench/RESULTS.md and named in the
 * CHANGELOG (the timeline's idle warm-up: +0.1 KB for a first render a quarter faster).
 */
export const CEILINGS = {
  'mig-widgets.min.js': 65.5 * 1024,
  'mig-flow-timeline.min.js': 33.7 * 1024,
  'mig-centre-map.min.js': 41.9 * 1024,
};

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (!existsSync('dist/mig-widgets.min.js')) {
    console.error('dist/ has no bundles: run `npm run build` first.');
    process.exit(1);
  }
  const files = readdirSync('dist').filter((file) => file.endsWith('.min.js')).sort();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let over = 0;
  let pending = 0;
  console.log('| file | min | gzip | brotli | budget (brotli) |');
  console.log('|---|---:|---:|---:|---|');
  for (const file of files) {
    const size = sizes(`dist/${file}`);
    const budget = BUDGETS[file];
    const ceiling = CEILINGS[file];
    let verdict = '';
    if (budget && size.brotli <= budget) verdict = `≤ ${kb(budget)} ✓`;
    else if (budget) {
      pending++;
      const limit = ceiling ?? budget;
      if (size.brotli > limit) over++;
      verdict = `> ${kb(budget)} ✗ (ceiling ${kb(limit)}${size.brotli > limit ? ' EXCEEDED' : ''})`;
    }
    console.log(`| ${file} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${verdict} |`);
  }
  if (over) {
    console.error(`${over} bundle(s) grew past their ceiling`);
    process.exit(1);
  }
  console.log(pending ? `${pending} bundle(s) still over the design budget, none past its ceiling` : 'all bundles within budget');
}
