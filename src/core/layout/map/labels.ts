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

/**
 * The obstacles bucketed by CELL-px squares of the bounding boxes they touch: with thousands of
 * symbols, each candidate box is tested against those near it only.
 */
function obstacleGrid(obstacles: readonly Circle[]): (box: Box) => Circle[] {
  const cells = new Map<number, Circle[]>();
  // Circles too large to bucket are tested against every box.
  const bucketed = (circle: Circle) => circle.r * 2 < 32 * CELL;
  const everywhere = obstacles.filter((circle) => !bucketed(circle));
  const key = (i: number, j: number) => i * 65_536 + j;
  const span = (low: number, high: number): [number, number] => [Math.floor(low / CELL), Math.floor(high / CELL)];
  for (const circle of obstacles) {
    if (!bucketed(circle)) continue;
    const [i0, i1] = span(circle.x - circle.r, circle.x + circle.r);
    const [j0, j1] = span(circle.y - circle.r, circle.y + circle.r);
    for (let i = i0; i <= i1; i += 1) {
      for (let j = j0; j <= j1; j += 1) {
        const cell = cells.get(key(i, j));
        if (cell) cell.push(circle);
        else cells.set(key(i, j), [circle]);
      }
    }
  }
  return (box) => {
    const found = [...everywhere];
    const [i0, i1] = span(box.x0, box.x1);
    const [j0, j1] = span(box.y0, box.y1);
    for (let i = i0; i <= i1; i += 1) for (let j = j0; j <= j1; j += 1) found.push(...(cells.get(key(i, j)) ?? []));
    return found;
  };
}

/**
 * Place as many labels as fit, in the order given. `obstacles` are the symbols on the map; a
 * label never covers one (its own symbol excepted); `taken` holds boxes already used.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Circle[],
  bounds: { width: number; height: number },
  fontSize: number,
  taken: Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const margin = 2;
  const near = obstacles.length > 200 ? obstacleGrid(obstacles) : () => obstacles;
  for (const request of requests) {
    const width = textWidth(request.text, fontSize);
    for (const option of candidates(request, width, fontSize)) {
      const { box } = option;
      if (box.x0 < margin || box.y0 < margin || box.x1 > bounds.width - margin || box.y1 > bounds.height - margin) continue;
      if (taken.some((other) => boxesOverlap(box, other))) continue;
      if (near(box).some((circle) => circle.id !== request.id && boxHitsCircle(box, circle))) continue;
      placed.push(option);
      taken.push(box);
      break;
    }
  }
  return placed;
}
