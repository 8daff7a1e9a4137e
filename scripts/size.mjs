#!/usr/bin/env node
/**
 * npm run size: minified, gzip and brotli bytes of every self-contained file in dist/, and a
 * check against the budgets of the design (brotli, basemap data excluded: basemaps are a
 * separate lazily loaded chunk of the ES module bundles). Exits 1 over budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = {
  'mig-widgets.min.js': 45 * 1024,
  'mig-flow-timeline.min.js': 30 * 1024,
  'mig-centre-map.min.js': 30 * 1024,
  'mig-project-board.min.js': 30 * 1024,
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
  console.log('| file | min | gzip | brotli | budget (brotli) |');
  console.log('|---|---:|---:|---:|---|');
  for (const file of files) {
    const size = sizes(`dist/${file}`);
    const budget = BUDGETS[file];
    const verdict = budget ? (size.brotli <= budget ? `≤ ${kb(budget)} ✓` : `> ${kb(budget)} ✗`) : '';
    if (budget && size.brotli > budget) over++;
    console.log(`| ${file} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${verdict} |`);
  }
  if (over) {
    console.error(`${over} bundle(s) over budget`);
    process.exit(1);
  }
  console.log('all bundles within budget');
}
