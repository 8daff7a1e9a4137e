import { css } from 'lit';

/** Styles of <mig-flow-timeline> on top of the shared base. */
export const flowTimelineStyles = css`
  [part~='chart'] {
    height: 100%;
  }
  .plot {
    position: relative;
    width: 100%;
    touch-action: pan-y;
    border-radius: var(--_radius);
  }
  .plot.fill {
    height: 100%;
    min-height: 160px;
  }
  .plot > svg {
    position: absolute;
    inset: 0;
    font-family: var(--_font);
    -webkit-user-select: none;
    user-select: none;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .grid line.zero {
    stroke: var(--_muted);
  }
  .axis line {
    stroke: var(--_muted);
    shape-rendering: crispEdges;
  }
  .series {
    --c: var(--_series-1);
    transition: opacity 200ms ease-out;
  }
  .series .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .series .line.estimate {
    stroke-dasharray: 4 3;
    stroke-linecap: butt;
  }
  .series .area {
    fill: var(--c);
    fill-opacity: 0.72;
    stroke: none;
  }
  .series .area.estimate {
    fill-opacity: 0.35;
  }
  .stacked .series .line {
    stroke-width: 1.25;
  }
  .series .dot {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .series .dot.estimate {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 1.5;
    stroke-dasharray: 2 1.5;
  }
  .layer.animate {
    animation: mig-flow-fade 320ms ease-out;
  }
  @keyframes mig-flow-fade {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
  .event .rule {
    stroke: var(--_fg);
    stroke-opacity: 0.55;
    stroke-dasharray: 2 2;
  }
  .event .band {
    fill: var(--_muted);
    fill-opacity: 0.14;
  }
  .event .hit {
    fill: transparent;
    stroke: none;
    cursor: pointer;
  }
  .event text {
    fill: var(--_fg);
  }
  .event:focus {
    outline: none;
  }
  .event:focus-visible .rule,
  .event.current .rule {
    stroke: var(--_focus);
    stroke-opacity: 1;
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .event:focus-visible .band,
  .event.current .band {
    fill: var(--_focus);
    fill-opacity: 0.2;
  }
  .event:focus-visible .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .crosshair line {
    stroke: var(--_fg);
    stroke-opacity: 0.6;
    shape-rendering: crispEdges;
  }
  .crosshair circle {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .selected-period {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .overview .frame-line {
    stroke: var(--_grid);
    fill: none;
  }
  .overview .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 1;
    opacity: 0.8;
  }
  .overview .selection {
    fill: var(--_accent);
    fill-opacity: 0.15;
    stroke: var(--_accent);
  }
  .overview .handle {
    fill: var(--_accent);
    fill-opacity: 0.6;
    cursor: ew-resize;
  }
  .overview .overlay {
    fill: transparent;
    cursor: crosshair;
    /* The strip takes horizontal drags itself rather than scrolling the page. */
    touch-action: pan-y;
  }
  .overview .selection {
    cursor: move;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    align-items: center;
    margin: 0;
    padding: 0;
  }
  .legend-items button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
  }
  .legend-items button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-items button[aria-pressed='false'] .key {
    opacity: 0.3;
  }
  .key {
    flex: none;
    overflow: visible;
  }
  .key line {
    stroke: var(--c);
    stroke-width: 3;
  }
  .key .dashed {
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .legend-note {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--_muted);
  }
  .zoom {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }
  .zoom .range {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .layer.animate {
      animation: none;
    }
    .series {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    text,
    .event text {
      fill: CanvasText;
    }
    .grid line,
    .axis line,
    .overview .frame-line {
      stroke: GrayText;
    }
    .series,
    .key,
    .overview {
      forced-color-adjust: none;
    }
    .event .rule,
    .crosshair line {
      stroke: CanvasText;
    }
    .event:focus-visible .rule,
    .event.current .rule,
    .event:focus-visible .focus-ring,
    .selected-period {
      stroke: Highlight;
    }
    .plot:focus-visible {
      outline-color: Highlight;
    }
    .legend-items button[aria-pressed='false'] {
      color: GrayText;
    }
  }
`;
