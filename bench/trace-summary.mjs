#!/usr/bin/env node
/**
 * Where the time of traced runs went (node bench/run.mjs --trace ours … first): main-thread
 * milliseconds per kind of work, as medians over the trace files given.
 *
 *   node bench/trace-summary.mjs bench/.tmp/traces/timeline-7300-ours-first-*.json
 */
import { readFileSync } from 'node:fs';

/** Top-level kinds of main-thread work in a DevTools timeline trace. */
const KINDS = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  V8Execute: 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse HTML',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1] : 0;
};

const perFile = process.argv.slice(2).map((file) => {
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
  // The page's renderer main thread: of those named so, the busiest (a closed page's may linger).
  const mains = traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const eventsOf = (main) => traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  const onMain = mains.map(eventsOf).sort((a, b) => b.length - a.length)[0] ?? [];
  const totals = {};
  // Only outermost events count, so nested work (style inside a script's forced layout) is
  // charged once, to its own kind: we subtract children of a different kind from their parent.
  const stack = [];
  for (const event of onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const kind = KINDS[event.name];
    if (!kind) continue;
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const ms = (event.dur ?? 0) / 1000;
    if (parent && parent.kind === kind) continue;
    if (parent) totals[parent.kind] -= ms;
    totals[kind] = (totals[kind] ?? 0) + ms;
    stack.push({ kind, end: event.ts + (event.dur ?? 0) });
  }
  return totals;
});

const kinds = [...new Set(perFile.flatMap((totals) => Object.keys(totals)))];
for (const kind of kinds) console.log(`${kind.padEnd(12)} ${median(perFile.map((totals) => totals[kind] ?? 0)).toFixed(1).padStart(7)} ms`);
