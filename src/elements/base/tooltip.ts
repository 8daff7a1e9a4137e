import { html, nothing } from 'lit';
import { styleProps } from './style-props.ts';

export interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: { label: string; value: string; swatch?: string }[];
}

const OFFSET = 12;

/**
 * A tooltip positioned next to (x, y) inside a box of `bounds`, flipped to stay inside it.
 * Visual only (aria-hidden): the same content reaches screen readers through announce().
 */
export function renderTooltip(tip: Tooltip | null, bounds: { width: number; height: number }) {
  if (!tip) return nothing;
  const flipX = tip.x > bounds.width * 0.6;
  const flipY = tip.y > bounds.height * 0.6;
  const position = {
    left: flipX ? 'auto' : `${Math.round(tip.x + OFFSET)}px`,
    right: flipX ? `${Math.round(bounds.width - tip.x + OFFSET)}px` : 'auto',
    top: flipY ? 'auto' : `${Math.round(tip.y + OFFSET)}px`,
    bottom: flipY ? `${Math.round(bounds.height - tip.y + OFFSET)}px` : 'auto',
  };
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" style=${styleProps(position)}>
    <div class="tooltip-title">${tip.title}</div>
    ${tip.lines.map(
      (line) => html`<div class="tooltip-line">
        ${line.swatch ? html`<span class="swatch" style=${styleProps({ background: line.swatch })}></span>` : nothing}
        <span class="tooltip-label">${line.label}</span>
        <span class="tooltip-value">${line.value}</span>
      </div>`,
    )}
  </div>`;
}
