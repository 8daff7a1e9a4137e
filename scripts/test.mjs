#!/usr/bin/env node
/**
 * npm test: every check in order, then one line adding up every runner's counts:
 *   tests: N passed, N failed
 * Exits non-zero when anything failed. `--quick` skips the stories and the benchmark smoke run.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './run.mjs';

const quick = process.argv.includes('--quick');
const results = [];
mkdirSync('coverage', { recursive: true });

async function step(name, command, args, env, count) {
  const started = Date.now();
  let output = '';
  let ok = true;
  try {
    output = await run(command, args, env, { capture: true });
  } catch (error) {
    ok = false;
    output = error.output ?? String(error);
  }
  let counts = count ? count(output, ok) : undefined;
  if (!counts || counts.passed + counts.failed === 0) counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, ...counts, seconds: (Date.now() - started) / 1000 });
  console.log(`\n== ${name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

function vitestCounts(file) {
  return () => {
    try {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0) };
    } catch {
      return undefined;
    }
  };
}

function wtrCounts(output) {
  const matches = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

const vitest = 'node_modules/.bin/vitest';
await step('type check', 'node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
await step('lint', 'node_modules/.bin/eslint', ['.', '--max-warnings=0']);
for (const zone of ['UTC', 'Pacific/Kiritimati']) {
  const file = `coverage/vitest-${zone.replace('/', '-')}.json`;
  rmSync(file, { force: true });
  await step(`unit (TZ=${zone})`, vitest, ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { TZ: zone }, vitestCounts(file));
}
// Element and reliability tests in a time zone far from UTC: the pictures must not move.
await step('elements and reliability (Chromium)', 'node_modules/.bin/web-test-runner', [], { TZ: 'America/Los_Angeles' }, wtrCounts);
if (!quick) {
  const file = 'coverage/vitest-stories.json';
  rmSync(file, { force: true });
  await step('custom-elements.json', 'node_modules/.bin/cem', ['analyze', '--quiet']);
  await step('custom-elements.json: attributes as documented', 'node', ['scripts/check-manifest.mjs'], {}, wtrCounts);
  await step('stories (Chromium)', vitest, ['run', '--project', 'storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { STORYBOOK_DISABLE_TELEMETRY: '1' }, vitestCounts(file));
  // The built single files, as embedders load them.
  await step('build (single files)', 'node', ['scripts/build.mjs', '--bundles-only']);
  await step('bundle check (no eval, innerHTML, document.write)', 'node', ['scripts/check-bundles.mjs'], {}, wtrCounts);
  await step('host pages: strict CSP, two copies, RTL, forced colours (Chromium)', 'node', ['test/reliability/host-pages.mjs'], {}, wtrCounts);
  await step('memory: 1,000 attach/detach cycles (Chromium)', 'node', ['test/reliability/memory.mjs'], {}, wtrCounts);
  const demo = 'coverage/vitest-demo.json';
  rmSync(demo, { force: true });
  await step('demo pages and hydration (Chromium)', vitest, ['run', '--config', 'test/demo/vitest.config.mjs', '--reporter=default', '--reporter=json', `--outputFile.json=${demo}`], {}, vitestCounts(demo));
  await step('benchmark smoke run (Chromium)', 'node', ['bench/run.mjs', '--quick'], {}, wtrCounts);
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\nSummary');
for (const result of results) console.log(`  ${result.failed ? '✗' : '✓'} ${result.name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
