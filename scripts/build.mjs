#!/usr/bin/env node
// npm run build: rollup bundles, type declarations, custom-elements.json, JSON Schemas.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
const quick = process.argv.includes('--bundles-only');
await run('node', ['scripts/schemas.mjs']);
await run('node_modules/.bin/rollup', ['-c', '--silent'], quick ? { BUILD: 'bundles' } : {});
if (!quick) {
  await run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
  await run('node_modules/.bin/cem', ['analyze', '--quiet']);
}
console.log('built dist/');
