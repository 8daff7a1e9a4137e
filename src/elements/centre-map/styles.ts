import { css } from 'lit';

/**
 * Styles of <mig-centre-map> on top of the shared base. Colours of the occupancy classes are
 * public custom properties; SVG presentation attributes do not resolve `var()`, so every colour
 * is set here, by class.
 */
export const centreMapStyles = css`
  :host {
    --_land: var(--mig-land, light-dark(#eceef0, #252b32));
    --_land-focus: var(--mig-land-focus, light-dark(#dde1e5, #323a43));
    --_border: var(--mig-border, var(--_bg));
    --_rate-r0: var(--mig-rate-1, #fdd49e);
    --_rate-r1: var(--mig-rate-2, #fc8d59);
    --_rate-r2: var(--mig-rate-3, #e34a33);
    --_rate-r3: var(--mig-rate-4, #b30000);
    --_rate-over: var(--mig-rate-over, #5c0011);
    --_rate-unknown: var(--mig-rate-unknown, light-dark(#aab2ba, #6e7882));
    --_hatch: var(--mig-hatch, #ffffff);
  }
  .map {
    position: relative;
    width: 100%;
    border-radius: var(--_radius);
    touch-action: manipulation;
  }
  .map:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Label places are computed left to right: keep SVG text anchors so on right-to-left pages. */
  .map > svg,
  .legend-key {
    direction: ltr;
  }
  .map > svg {
    display: block;
    font-family: var(--_font);
    -webkit-user-select: none;
    user-select: none;
  }
  .land path {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .land path.focus {
    fill: var(--_land-focus);
  }
  .land path.line {
    fill: none;
    stroke: var(--_muted);
  }
  .graticule {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 0.75;
  }
  .country-labels text {
    fill: var(--_muted);
    font-size: 10px;
    letter-spacing: 0.02em;
  }
  .marker {
    fill: var(--_rate-unknown);
    stroke: var(--_fg);
    stroke-opacity: 0.65;
    stroke-width: 0.75;
    cursor: pointer;
    transition:
      d 300ms ease-out,
      fill 300ms ease-out;
  }
  .marker.r0 {
    fill: var(--_rate-r0);
  }
  .marker.r1 {
    fill: var(--_rate-r1);
  }
  .marker.r2 {
    fill: var(--_rate-r2);
  }
  .marker.r3 {
    fill: var(--_rate-r3);
  }
  .marker.over {
    fill: var(--_rate-over);
    stroke-opacity: 1;
    stroke-width: 2;
  }
  /* Closed and standby centres are hollow: their outline carries the status. */
  .marker.closed,
  .marker.standby {
    fill: var(--_bg);
    fill-opacity: 0.6;
    stroke: var(--_muted);
    stroke-opacity: 1;
    stroke-width: 1.5;
  }
  .marker.closed {
    stroke-dasharray: 2 2;
  }
  .marker.standby {
    stroke-dasharray: 5 2;
  }
  .marker.nodata {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 1 2;
  }
  .hatch-lines {
    stroke: var(--_hatch);
    stroke-width: 1.5;
  }
  .hatch {
    pointer-events: none;
    stroke: none;
    transition: d 300ms ease-out;
  }
  /* Grouped paths of thousands of centres change shape wholesale: no transitions. */
  .markers.dense .marker,
  .markers.dense .hatch {
    transition: none;
  }
  .labels text {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    pointer-events: none;
  }
  .ring.selected {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .footnote text {
    fill: var(--_muted);
    font-size: 10px;
  }
  .notice {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* ---- date control ---- */
  .dates {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
    flex: 1 1 16rem;
    min-width: 0;
  }
  .dates input[type='range'] {
    flex: 1 1 8rem;
    min-width: 6rem;
    accent-color: var(--_accent);
  }
  .dates output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 6.5em;
  }
  .dates button {
    min-width: 2rem;
  }

  /* ---- legend ---- */
  .legend-grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: flex-start;
    font-size: 0.9em;
  }
  .legend-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend-title {
    display: block;
    font-weight: 600;
    margin-bottom: 0.2rem;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-items li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend-key {
    flex: none;
    overflow: visible;
  }
  .legend-key .marker {
    cursor: default;
    transition: none;
  }
  .legend-key .marker.kind {
    fill: var(--_surface);
    stroke: var(--_fg);
    stroke-opacity: 1;
  }
  .size-key circle {
    fill: none;
    stroke: var(--_muted);
  }
  .size-key polyline {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 1 2;
  }
  .size-key text {
    fill: var(--_fg);
    font-size: 10px;
  }
  .legend-note {
    margin: 0.35rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: reduce) {
    .marker,
    .hatch {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    /* Data colours carry meaning: keep them, and outline everything in the system text colour. */
    .markers,
    .legend-key,
    .hatch-lines {
      forced-color-adjust: none;
    }
    .marker {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .marker.closed,
    .marker.standby,
    .marker.nodata {
      fill: Canvas;
      stroke: CanvasText;
    }
    .land path {
      fill: Canvas;
      stroke: GrayText;
    }
    .ring {
      stroke: Highlight;
    }
    .labels text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .map:focus-visible {
      outline-color: Highlight;
    }
  }
`;
