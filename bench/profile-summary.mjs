#!/usr/bin/env node
/**
 * Where the time of profiled runs went (node bench/run.mjs --profile ours …): self time per
 * function, mapped back to our sources through the bundle's source map, averaged over the
 * profiles given. Set TOP=N for more rows (default 40).
 *
 *   node bench/profile-summary.mjs bench/.tmp/profiles/timeline-7300-ours-first-*.cpuprofile
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';

const files = process.argv.slice(2);
const consumers = new Map();

/** The source map of a served script: the page's URL path is the file's path in the repository. */
async function consumerFor(url) {
  if (!consumers.has(url)) {
    const path = `${decodeURIComponent(new URL(url).pathname).slice(1)}.map`;
    consumers.set(url, existsSync(path) ? await new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return consumers.get(url);
}

const selfTime = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const sampled = new Map();
  profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  for (const node of profile.nodes) {
    const ms = (sampled.get(node.id) ?? 0) / 1000;
    total += ms;
    const frame = node.callFrame;
    let name = frame.functionName || '(anonymous)';
    let where = frame.url ? frame.url.split('/').pop() : '';
    // Frames without a position (line −1) cannot be looked up in a source map.
    const consumer = frame.url.startsWith('http') && frame.lineNumber >= 0 ? await consumerFor(frame.url) : null;
    const original = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (original?.source) {
      where = `${original.source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${original.line}`;
      name = original.name ?? name;
    }
    const key = `${name} @ ${where}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
  }
}
const rows = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
for (const [key, ms] of rows) console.log(`${(ms / files.length).toFixed(2).padStart(8)} ms  ${key}`);
console.log(`${(total / files.length).toFixed(1).padStart(8)} ms  in all (per profile)`);
