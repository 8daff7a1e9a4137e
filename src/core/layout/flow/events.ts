/**
 * Event label placement: labels go in rows above the plot, each beside its rule or band
 * start (to the right, else to the left), in the first row where it collides with nothing.
 * A label that fits nowhere is shortened with an ellipsis, or hidden when too little room is
 * left; its event stays focusable and shows the full label on focus.
 */
import { CHAR_EM } from './ticks.ts';

export interface EventLabelInput {
  id: string;
  /** Rule or band start, px. */
  x: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  row: number;
  /** Left edge of the label text, px (text-anchor start). */
  x: number;
  width: number;
  /** The text as drawn (maybe shortened); empty when hidden. */
  text: string;
  visible: boolean;
  truncated: boolean;
}

export interface LabelPlacementOptions {
  /** Labels stay within [0, width]. */
  width: number;
  fontSize: number;
  maxRows: number;
  /** Space between a rule and its label, and between labels. */
  pad?: number;
  /** Longest label before shortening, px. */
  maxWidth?: number;
}

const ELLIPSIS = '…';

export function placeEventLabels(events: readonly EventLabelInput[], options: LabelPlacementOptions): PlacedLabel[] {
  const { width, fontSize, maxRows } = options;
  const pad = options.pad ?? 6;
  const charWidth = fontSize * CHAR_EM;
  const maxWidth = Math.max(charWidth * 4, Math.min(options.maxWidth ?? 240, width * 0.6));
  const rows: [number, number][][] = Array.from({ length: Math.max(1, maxRows) }, () => []);
  const free = (row: [number, number][], a: number, b: number): boolean =>
    a >= 0 && b <= width && row.every(([c, d]) => b + pad <= c || a >= d + pad);

  const order = [...events].sort((a, b) => a.x - b.x);
  const placed = new Map<string, PlacedLabel>();
  for (const event of order) {
    let text = shorten(event.text, Math.floor(maxWidth / charWidth));
    let w = text.length * charWidth;
    let spot: { row: number; x: number } | null = null;
    for (let r = 0; r < rows.length && !spot; r += 1) {
      const right = event.x + pad;
      const left = event.x - pad - w;
      if (free(rows[r]!, right, right + w)) spot = { row: r, x: right };
      else if (free(rows[r]!, left, left + w)) spot = { row: r, x: left };
    }
    if (!spot) {
      // Shorten to the widest free room to the right of the rule in any row.
      let best = { row: 0, room: 0 };
      const start = Math.max(0, event.x + pad);
      for (let r = 0; r < rows.length; r += 1) {
        let limit = width;
        for (const [c, d] of rows[r]!) {
          if (d + pad > start && c < limit) limit = c;
          if (c - pad < start && d + pad > start) limit = -1;
        }
        const room = limit - pad - start;
        if (room > best.room) best = { row: r, room };
      }
      const chars = Math.floor(best.room / charWidth);
      if (chars >= 4) {
        text = shorten(event.text, chars);
        w = text.length * charWidth;
        spot = { row: best.row, x: start };
      }
    }
    if (spot) {
      rows[spot.row]!.push([spot.x, spot.x + w]);
      placed.set(event.id, { id: event.id, row: spot.row, x: spot.x, width: w, text, visible: true, truncated: text !== event.text });
    } else {
      placed.set(event.id, { id: event.id, row: 0, x: event.x, width: 0, text: '', visible: false, truncated: true });
    }
  }
  return events.map((event) => placed.get(event.id)!);
}

/** `text` cut to at most `chars` characters, with an ellipsis when cut (at a word if one is near). */
export function shorten(text: string, chars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= chars) return clean;
  if (chars <= 1) return ELLIPSIS.slice(0, Math.max(0, chars));
  let cut = clean.slice(0, chars - 1);
  const space = cut.lastIndexOf(' ');
  if (space >= chars * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + ELLIPSIS;
}
