/**
 * Greedy label placement: labels in priority order (largest centre first), each tried right,
 * left, above and below its symbol, kept only where it overlaps no placed label, no other
 * symbol and stays inside the map. Text widths are estimated (no DOM in core), generously.
 */

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the symbol the label belongs to (0 for a free-standing label such as a country). */
  r: number;
}

export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor point and alignment for an SVG <text>: `x`, `y` is the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const NARROW = /[ilj.,:;'’!|ftrIJ1() -]/;
const WIDE = /[mwMWŠŽĆČĐШЖЩЮМ@%]/;

/** Estimated rendered width of text in a proportional sans-serif font. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.test(char)) width += 0.32;
    else if (WIDE.test(char)) width += 0.86;
    else if (char !== char.toLowerCase()) width += 0.68;
    else width += 0.56;
  }
  return width * fontSize;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxHitsCircle(box: Box, circle: Circle): boolean {
  const dx = circle.x - Math.max(box.x0, Math.min(circle.x, box.x1));
  const dy = circle.y - Math.max(box.y0, Math.min(circle.y, box.y1));
  return dx * dx + dy * dy < circle.r * circle.r;
}

/** Candidate positions of a label around its point, in order of preference. */
function candidates(request: LabelRequest, width: number, fontSize: number): PlacedLabel[] {
  const gap = request.r > 0 ? request.r + 3 : 0;
  const half = fontSize * 0.6;
  const { id, text, x, y } = request;
  const baseline = fontSize * 0.35;
  const right: PlacedLabel = { id, text, x: x + gap, y: y + baseline, anchor: 'start', box: { x0: x + gap, y0: y - half, x1: x + gap + width, y1: y + half } };
  const left: PlacedLabel = { id, text, x: x - gap, y: y + baseline, anchor: 'end', box: { x0: x - gap - width, y0: y - half, x1: x - gap, y1: y + half } };
  const above: PlacedLabel = {
    id, text, x, y: y - gap - fontSize * 0.25, anchor: 'middle',
    box: { x0: x - width / 2, y0: y - gap - fontSize * 1.1, x1: x + width / 2, y1: y - gap },
  };
  const below: PlacedLabel = {
    id, text, x, y: y + gap + fontSize * 0.85, anchor: 'middle',
    box: { x0: x - width / 2, y0: y + gap, x1: x + width / 2, y1: y + gap + fontSize * 1.1 },
  };
  if (request.r > 0) return [right, left, above, below];
  const centred: PlacedLabel = {
    id, text, x, y: y + baseline, anchor: 'middle',
    box: { x0: x - width / 2, y0: y - half, x1: x + width / 2, y1: y + half },
  };
  return [centred];
}

const CELL = 32;

export interface ObstacleGrid {
  obstacles: readonly Circle[];
  /** The map it was built for. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Obstacle indices cell by cell (row by row): those of cell c are items[starts[c]] up to items[starts[c + 1]]. */
  starts: Int32Array;
  items: Int32Array;
  /** The largest radius: a circle reaches at most this far out of the cell of its centre. */
  reach: number;
}

/**
 * The obstacles bucketed by the CELL-px square of their centre (clamped to the map, where all
 * label boxes lie), in two passes over flat arrays: with thousands of symbols, each candidate
 * box is tested against those near it only. Circles that are not numbers are left out.
 */
export function obstacleGrid(obstacles: readonly Circle[], { width, height }: { width: number; height: number }): ObstacleGrid {
  const columns = Math.max(1, Math.ceil(width / CELL));
  const rows = Math.max(1, Math.ceil(height / CELL));
  const starts = new Int32Array(columns * rows + 1);
  const cells = new Int32Array(obstacles.length).fill(-1);
  let reach = 0;
  // Plain loops: thousands of symbols, often before the engine has optimised anything.
  for (let index = 0; index < obstacles.length; index += 1) {
    const { x, y, r } = obstacles[index]!;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Number.isNaN(r)) continue;
    const cell = clampCell(y, rows) * columns + clampCell(x, columns);
    cells[index] = cell;
    starts[cell + 1]! += 1;
    if (Math.abs(r) > reach) reach = Math.abs(r);
  }
  for (let cell = 1; cell < starts.length; cell += 1) starts[cell]! += starts[cell - 1]!;
  const items = new Int32Array(starts[starts.length - 1]!);
  const filled = starts.slice(0, -1);
  for (let index = 0; index < cells.length; index += 1) if (cells[index]! >= 0) items[filled[cells[index]!]!++] = index;
  return { obstacles, width, height, columns, rows, starts, items, reach };
}

function clampCell(value: number, count: number): number {
  const cell = Math.floor(value / CELL);
  return cell < 0 ? 0 : cell >= count ? count - 1 : cell;
}

/** Whether a symbol other than the label's own lies under the box: those centred within reach of it. */
function hitsObstacle(grid: ObstacleGrid, box: Box, own: string): boolean {
  const { columns, rows, starts, items, obstacles, reach } = grid;
  const i0 = clampCell(box.x0 - reach, columns);
  const i1 = clampCell(box.x1 + reach, columns);
  const j1 = clampCell(box.y1 + reach, rows);
  for (let j = clampCell(box.y0 - reach, rows); j <= j1; j += 1) {
    for (let i = i0; i <= i1; i += 1) {
      const cell = j * columns + i;
      for (let k = starts[cell]!; k < starts[cell + 1]!; k += 1) {
        const circle = obstacles[items[k]!]!;
        if (circle.id !== own && boxHitsCircle(box, circle)) return true;
      }
    }
  }
  return false;
}

/**
 * Place as many labels as fit, in the order given. `obstacles` are the symbols on the map (or their grid); a
 * label never covers one (its own symbol excepted); `taken` holds boxes already used.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Circle[] | ObstacleGrid,
  bounds: { width: number; height: number },
  fontSize: number,
  taken: Box[] = [],
): PlacedLabel[] {
  // A grid built for the same bounds may be passed to place several sets of labels among the same symbols.
  const grid = 'starts' in obstacles ? obstacles : obstacleGrid(obstacles, bounds);
  const placed: PlacedLabel[] = [];
  const margin = 2;
  for (const request of requests) {
    const width = textWidth(request.text, fontSize);
    for (const option of candidates(request, width, fontSize)) {
      const { box } = option;
      if (box.x0 < margin || box.y0 < margin || box.x1 > bounds.width - margin || box.y1 > bounds.height - margin) continue;
      if (taken.some((other) => boxesOverlap(box, other))) continue;
      if (hitsObstacle(grid, box, request.id)) continue;
      placed.push(option);
      taken.push(box);
      break;
    }
  }
  return placed;
}
