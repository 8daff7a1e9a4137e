#!/usr/bin/env node
/**
 * The built bundles must run under a strict Content-Security-Policy with Trusted Types
 * (README, promise 3): no `eval(`, no `new Function`, no `document.write`, and no `innerHTML`
 * outside the reviewed library regions listed in ALLOWED below. The single files (`*.min.js`)
 * must also open with the compile hint and the licence notice.
 *
 *   node scripts/check-bundles.mjs [dist]
 *
 * Checks every `.js` file under dist/ (the storybook build and type declarations aside), prints
 * each finding as `file:line:column (offset N)` with its context, and ends with
 * `bundles: N passed, N failed` (one check per file). Exits non-zero on any finding, or when
 * there is nothing to check (run `npm run build` first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'dist';
const SKIP = new Set(['storybook', 'types']);

const FORBIDDEN = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function(', pattern: /(?<!new\s+)(?<![\w$.])Function\s*\(\s*["'`]/g },
  { name: 'innerHTML', pattern: /\binnerHTML\b/g },
  { name: 'outerHTML', pattern: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/g },
  { name: 'setTimeout with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
];

/**
 * Known, reviewed code regions, matched in the bundle text; a hit inside one is reported as
 * allowed, any other hit fails. Each region is library code that our own source never reaches
 * with data (the lint rules forbid `.html(`, `innerHTML` and `unsafeHTML` in src/).
 */
const ALLOWED = [
  {
    name: 'innerHTML',
    why: "lit-html Template.createElement: Lit's own static template strings (never data), through the 'lit-html' Trusted Types policy",
    // static createElement(html, options) { const el = d.createElement('template'); el.innerHTML = html; return el; }
    region: /createElement\(\s*["'`]template["'`]\s*\)\s*[;,]\s*(?:return\s+)?[\w$]+\.innerHTML\s*=\s*[\w$]+\s*[,;]/g,
  },
];

function allowedRegions(source) {
  return ALLOWED.flatMap((rule) => [...source.matchAll(rule.region)].map((match) => ({ ...rule, from: match.index, to: match.index + match[0].length })));
}

function bundles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) && dir === root ? [] : bundles(path);
    return /\.(m?js)$/.test(name) ? [path] : [];
  });
}

function position(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const files = bundles(root).sort();
if (files.length === 0) {
  console.error(`check-bundles: no .js files under ${root}/ — run \`npm run build\` first.`);
  console.log('bundles: 0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const allowedSeen = [];
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const regions = allowedRegions(source);
  const findings = [];
  for (const { name, pattern } of FORBIDDEN) {
    for (const match of source.matchAll(pattern)) {
      const offset = match.index;
      const context = source.slice(Math.max(0, offset - 90), offset + 60);
      const allowed = regions.find((region) => region.name === name && offset >= region.from && offset < region.to);
      if (allowed) {
        allowedSeen.push(allowed.why);
        continue;
      }
      const { line, column } = position(source, offset);
      findings.push(`  ${relative('.', file)}:${line}:${column} (offset ${offset}): ${name}\n      …${context.replace(/\s+/g, ' ')}…`);
    }
  }
  // The self-contained files open with the compile hint and the licence notice (rollup.config.mjs).
  if (file.endsWith('.min.js') && !/^\/\/# allFunctionsCalledOnLoad\n\/\*! migration-widgets \| MIT/.test(source)) {
    findings.push(`  ${relative('.', file)}: does not start with the compile hint and the licence notice`);
  }
  if (findings.length) {
    failed++;
    console.log(`✗ ${relative('.', file)}`);
    findings.forEach((finding) => console.log(finding));
  } else {
    passed++;
    console.log(`✓ ${relative('.', file)}`);
  }
}
if (allowedSeen.length) {
  console.log('\nReviewed and allowed:');
  for (const why of new Set(allowedSeen)) console.log(`  ${allowedSeen.filter((seen) => seen === why).length} × ${why}`);
}
console.log(`bundles: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
