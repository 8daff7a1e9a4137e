/** What the benchmark runs: the contestants, and the workloads each one takes part in. */

export const OURS_COLD = 'ours-cold';

/** `packages` are the npm packages whose versions the results name; `widgets` where the contestant applies. */
export const CONTESTANTS = [
  { id: 'noop', name: 'no-op (harness floor)', widgets: ['timeline', 'map', 'board'], packages: [] },
  { id: 'd3', name: 'plain D3 (baseline)', widgets: ['timeline', 'map', 'board'], packages: ['d3-scale', 'd3-shape', 'd3-selection', 'd3-geo'] },
  { id: 'ours', name: 'migration-widgets', widgets: ['timeline', 'map', 'board'], packages: [] },
  // The same build on a page that gives it no idle moment before the data (see bench/README.md).
  { id: OURS_COLD, name: 'migration-widgets, nothing warmed', module: 'ours', cold: true, widgets: ['timeline', 'map', 'board'], packages: [] },
  { id: 'plot', name: 'Observable Plot', widgets: ['timeline', 'map'], packages: ['@observablehq/plot'] },
  { id: 'vega-lite', name: 'Vega-Lite (vega-embed)', widgets: ['timeline'], packages: ['vega', 'vega-lite', 'vega-embed'] },
  { id: 'chartjs', name: 'Chart.js', widgets: ['timeline'], packages: ['chart.js'] },
  { id: 'echarts', name: 'ECharts', widgets: ['timeline', 'map'], packages: ['echarts'] },
];

export const BASELINE = 'd3';
export const FLOOR = 'noop';
export const OURS = 'ours';

/** The contestant script a contestant runs: its `module`, else its id (`ours-cold` runs ours). */
export const moduleOf = (contestant) => contestant.module ?? contestant.id;

/**
 * `second`: what is timed after the first render in the same page (a data update of the same
 * size, or a filter change); `hover`: probe pointer moves over the picture; `quick`: the size
 * the quick mode runs.
 */
export const WORKLOADS = [
  { id: 'timeline-730', widget: 'timeline', size: 730, title: 'Timeline: 3 series × 730 days (2,190 points)', second: 'update', hover: true, quick: true },
  { id: 'timeline-7300', widget: 'timeline', size: 7300, title: 'Timeline: 3 series × 7,300 days (21,900 points)', second: 'update', hover: true },
  { id: 'timeline-73000', widget: 'timeline', size: 73000, title: 'Timeline: 3 series × 73,000 days (219,000 points)', second: 'update', hover: true },
  { id: 'map-18', widget: 'map', size: 18, title: 'Map: 18 centres', hover: true, quick: true },
  { id: 'map-500', widget: 'map', size: 500, title: 'Map: 500 centres', hover: true },
  { id: 'map-5000', widget: 'map', size: 5000, title: 'Map: 5,000 centres', hover: true },
  { id: 'board-100', widget: 'board', size: 100, title: 'Board: 100 projects', second: 'filter', quick: true },
  { id: 'board-1000', widget: 'board', size: 1000, title: 'Board: 1,000 projects', second: 'filter' },
];
