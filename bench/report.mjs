/** Medians, ratios and the markdown of bench/RESULTS.md. */
import { existsSync, readFileSync } from 'node:fs';
import { arch, cpus, release, totalmem } from 'node:os';
import { BASELINE, CONTESTANTS, FLOOR, moduleOf, OURS, OURS_COLD, WORKLOADS } from './plan.mjs';

/** Two 60 Hz frames: the margin "within a frame or two" allows. */
export const TWO_FRAMES = 2 * (1000 / 60);
/** Answering an input within 100 ms reads as instant. */
export const INTERACTIVE_MS = 100;

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const pick = (runs, read) => runs.map(read).filter((value) => Number.isFinite(value));

/** Medians of one contestant on one workload; undefined when it has no good run. */
export function summarise(entry) {
  if (!entry || entry.status !== 'ok' || !entry.runs.length) return undefined;
  const { runs } = entry;
  const stat = (read) => {
    const values = pick(runs, read);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
  };
  return {
    runs: runs.length,
    frame: stat((run) => run.first.frame),
    ready: stat((run) => run.first.ready),
    call: stat((run) => run.first.call),
    heap: stat((run) => run.heapFirst),
    nodes: stat((run) => run.nodesFirst),
    hover: stat((run) => run.hover),
    second: stat((run) => run.second?.frame),
    secondHeap: stat((run) => run.heapSecond),
  };
}

const ms = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');
const ratio = (value, base) => (Number.isFinite(value) && Number.isFinite(base) && base > 0 ? `${(value / base).toFixed(2)}×` : '–');
const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(2) : '–');
const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const spread = (stat) => (stat.n > 1 ? ` (${ms(stat.min)}–${ms(stat.max)})` : '');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function statusCell(entry) {
  if (!entry) return 'not run';
  if (entry.status === 'n/a') return 'n/a';
  return `error: ${(entry.errors[0] ?? 'unknown').split('\n')[0].slice(0, 120)}`;
}

/** One markdown table for one workload. */
export function workloadTable(workload, results) {
  const entries = results[workload.id] ?? {};
  const base = summarise(entries[BASELINE]);
  const secondName = workload.second === 'update' ? 'update' : workload.second === 'filter' ? 'filter' : '';
  const head = ['contestant', 'first render ms (min–max)', '× D3', 'returns ms', 'heap MB', 'DOM nodes'];
  if (workload.hover) head.push('hover ms');
  if (secondName) head.push(`${secondName} ms (min–max)`, '× D3');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, index) => (index ? '---:' : '---')).join('|')}|`];
  for (const contestant of CONTESTANTS.filter((item) => item.widgets.includes(workload.widget))) {
    const entry = entries[contestant.id];
    const stats = summarise(entry);
    if (!stats) {
      lines.push(`| ${contestant.name} | ${statusCell(entry)} |${' |'.repeat(head.length - 2)}`);
      continue;
    }
    const row = [
      contestant.id === OURS ? `**${contestant.name}**` : contestant.name,
      `${ms(stats.frame.median)}${spread(stats.frame)}`,
      ratio(stats.frame.median, base?.frame.median),
      ms(stats.ready.median),
      mb(stats.heap.median),
      int(stats.nodes.median),
    ];
    if (workload.hover) row.push(ms(stats.hover.median));
    if (secondName) row.push(`${ms(stats.second.median)}${spread(stats.second)}`, ratio(stats.second.median, base?.second.median));
    lines.push(`| ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The design's targets (DESIGN.md section 7), each with a verdict. */
export function targets(results) {
  const get = (workload, id) => summarise(results[workload]?.[id]);
  const lines = [];
  const verdict = (ok) => (ok === undefined ? '–' : ok ? '✓' : '✗');

  const ours = get('timeline-7300', OURS);
  const base = get('timeline-7300', BASELINE);
  if (ours && base) {
    const limit = 1.5 * base.frame.median;
    lines.push(`- ${verdict(ours.frame.median <= limit)} timeline 3 × 7,300 first render within 1.5× plain D3: ${ms(ours.frame.median)} ms vs ${ms(base.frame.median)} ms (${ratio(ours.frame.median, base.frame.median)}, limit ${ms(limit)} ms)`);
    const cold = get('timeline-7300', OURS_COLD);
    if (cold) lines.push(`  - the same on a page that gives the element no idle moment before its data (nothing warmed): ${ms(cold.frame.median)} ms (${ratio(cold.frame.median, base.frame.median)})`);
    const peers = CONTESTANTS.filter((item) => ![OURS, BASELINE, FLOOR].includes(moduleOf(item)) && item.widgets.includes('timeline'));
    const measured = peers.map((peer) => ({ peer, stats: get('timeline-7300', peer.id) })).filter((item) => item.stats);
    const slower = measured.filter((item) => item.stats.frame.median <= ours.frame.median);
    const list = measured.map((item) => `${item.peer.name} ${ms(item.stats.frame.median)}`).join(', ');
    lines.push(`- ${verdict(measured.length ? slower.length === 0 : undefined)} timeline 3 × 7,300 first render faster than every peer: ours ${ms(ours.frame.median)} ms; ${list || 'no peer measured'}${slower.length ? ` (not faster than ${slower.map((item) => item.peer.name).join(', ')})` : ''}`);
  } else lines.push('- – timeline 3 × 7,300: not measured (ours or the baseline missing)');

  const large = get('timeline-73000', OURS);
  if (large) {
    const ok = large.hover.median <= INTERACTIVE_MS;
    lines.push(
      `- ${verdict(ok)} timeline 3 × 73,000 stays interactive (pointer answered within ${INTERACTIVE_MS} ms): hover ${ms(large.hover.median)} ms (worst of 5 moves, median of runs); first render ${ms(large.frame.median)} ms, update ${ms(large.second.median)} ms`,
    );
  } else lines.push('- – timeline 3 × 73,000: not measured');

  for (const [id, label] of [
    ['map-5000', 'map with 5,000 centres'],
    ['board-1000', 'board with 1,000 projects'],
  ]) {
    const mine = get(id, OURS);
    const theirs = get(id, BASELINE);
    if (!mine || !theirs) {
      lines.push(`- – ${label}: not measured`);
      continue;
    }
    const over = mine.frame.median - theirs.frame.median;
    let text = `- ${verdict(over <= TWO_FRAMES)} ${label} within two frames (${ms(TWO_FRAMES)} ms) of plain D3: ${ms(mine.frame.median)} ms vs ${ms(theirs.frame.median)} ms (+${ms(over)} ms)`;
    if (Number.isFinite(mine.second.median) && Number.isFinite(theirs.second.median)) {
      text += `; filter change ${ms(mine.second.median)} ms vs ${ms(theirs.second.median)} ms`;
    }
    lines.push(text);
  }
  return lines.join('\n');
}

function packageVersion(name) {
  const file = `node_modules/${name}/package.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '?';
}

export function machineLine(browserVersion) {
  let os = `Linux ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) os = `${pretty[1]} (Linux ${release()})`;
  } catch {
    // not Linux: keep the kernel release
  }
  const cpu = cpus();
  return `${os}, ${arch()}; ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${browserVersion}`;
}

export function markdown({ results, machine, date, runs, warmups, ourSizes, peerSizes }) {
  const versions = CONTESTANTS.flatMap((item) => item.packages)
    .map((name) => `${name} ${packageVersion(name)}`)
    .join(', ');
  const sections = WORKLOADS.map((workload) => `### ${workload.title}\n\n${workloadTable(workload, results)}`);
  const sizeRows = (rows) => rows.map((row) => `| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`).join('\n');
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); see bench/README.md for what is measured and how to read it.

- Machine: ${machine}
- Date: ${date}
- Medians of ${runs} runs per cell after ${warmups} warm-up run, each run in a fresh page, contestants rotated every round.
- Peers: ${versions}.

## Targets (DESIGN.md section 7)

${targets(results)}

## Timings

"first render" and "update"/"filter" are ms from handing over the data (or setting the filter) to
the second animation frame after the contestant is done (script, style, layout and paint), with
min–max over the runs; "× D3" divides by the plain-D3 median; "returns" is when the call returned
or its promise / \`mig-load\` came; "heap" is the JS heap still held after a forced GC, over the
page with its data before the render; "DOM nodes" counts elements, inside shadow roots too;
"hover" is the worst of five pointer moves, from the event to the second frame after it.

${sections.join('\n\n')}

## Bundle sizes

Ours: the self-contained single files in dist/ (all dependencies inside).

| file | min | gzip | brotli |
|---|---:|---:|---:|
${sizeRows(ourSizes)}

Peers: a minimal esbuild bundle (minified, ESM, tree-shaken) of each contestant's page script,
i.e. just what that chart needs, as an application would ship it.

| peer | min | gzip | brotli |
|---|---:|---:|---:|
${sizeRows(peerSizes)}
`;
}
