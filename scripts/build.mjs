#!/usr/bin/env node
// npm run build: rollup bundles, type declarations, custom-elements.json, JSON Schemas.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
const quick = process.argv.includes('--bundles-only');
await run('node', ['scripts/schemas.mjs']);
await run('node_modules/.bin/rollup', ['-c', '--silent'], quick ? { BUILD: 'bundles' } : {});
if (!quick) {
  await run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
  jsSpecifiersInDeclarations('dist/types');
  await run('node_modules/.bin/cem', ['analyze', '--quiet']);
}
console.log('built dist/');

/**
 * The sources import `./x.ts`; declarations are read by every kind of TypeScript project, and
 * `./x.js` is the specifier all module resolution modes map to `./x.d.ts`.
 */
function jsSpecifiersInDeclarations(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const rewritten = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
}
