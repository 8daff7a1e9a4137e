import { css } from 'lit';

/**
 * Styles of <mig-project-board>, on top of the shared frame styles: status colours, filters,
 * board and columns, cards, list, table. The stylesheet ships as written, so the reasons live here:
 * - `.field select` has a fixed width: long donor names must not stretch the control across the page.
 * - A pressed chip shows a tick as well as a colour; the tick is not read out (aria-pressed says it).
 * - An empty column stays as a narrow marker so the board keeps its shape.
 * - Off-screen cards skip layout and paint (`content-visibility`); the padding keeps focus rings
 *   inside the containment.
 * - The selected card shows its whole summary.
 * - Time elapsed is not progress: it is drawn hatched, not solid, and labelled so.
 * - The progress fill is an `<svg>` box sized by its `width` attribute: a strict CSP allows that
 *   attribute (it is not a style), and server rendering writes it.
 * - In the list, one card per row; facts flow into columns when there is room.
 * - Table cells break long words only when they cannot fit: "anywhere" would let the table squeeze
 *   columns to a letter.
 * - Narrow: each control takes the whole line.
 */
export const boardStyles = css`
  .status-planned {
    --_status: var(--_series-5);
  }
  .status-active {
    --_status: var(--_series-3);
  }
  .status-completed {
    --_status: var(--_series-1);
  }
  .status-suspended {
    --_status: var(--_warn);
  }
  .status-cancelled {
    --_status: var(--_danger);
  }
  .status-other {
    --_status: var(--_series-8);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-end;
    inline-size: 100%;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .field.search {
    flex: 1 1 12rem;
  }
  .field select {
    inline-size: 16rem;
  }
  .field input,
  .field select {
    min-block-size: 2rem;
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .label {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .statuses {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .statuses legend {
    padding: 0;
    margin-block-end: 0.15rem;
  }
  .chip {
    border-radius: 999px;
    border-color: var(--_status);
  }
  .chip[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_status) 22%, var(--_bg));
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .note {
    margin: 0;
    flex: 1 1 100%;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .board {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .results {
    margin: 0;
    color: var(--_muted);
  }
  .no-matches {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    padding: 1rem;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .no-matches p {
    margin: 0;
  }
  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .column {
    flex: 1 1 var(--mig-board-column-width, 15rem);
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.5rem;
    background: var(--_surface);
    border-radius: var(--_radius);
    border-block-start: 4px solid var(--_status);
  }
  .column.empty {
    flex: 0 1 9rem;
  }
  .column-head {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    font-weight: 700;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .cards > li {
    padding: 3px;
    content-visibility: auto;
    contain-intrinsic-size: auto 11rem;
  }
  .more {
    align-self: flex-start;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: 0.6rem 0.7rem;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_status);
    border-radius: var(--_radius);
    cursor: pointer;
    overflow-wrap: anywhere;
    transition:
      border-color 0.15s,
      box-shadow 0.15s;
  }
  .card:hover {
    border-color: var(--_muted);
    border-inline-start-color: var(--_status);
  }
  .card[aria-current='true'] {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .card-top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    justify-content: space-between;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--_status);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_status) 14%, var(--_bg));
    font-size: 0.8em;
    font-weight: 600;
  }
  .badge .detail,
  td .detail {
    font-weight: 400;
  }
  .selected-mark {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_accent);
  }
  .card-title {
    font-weight: 700;
    font-size: 1.05em;
    line-height: 1.3;
    hyphens: auto;
  }
  .card-summary {
    margin: 0;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .card[aria-current='true'] .card-summary {
    display: block;
    overflow: visible;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1rem 0.6rem;
    margin: 0;
    font-size: 0.9em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.85em;
  }
  .track {
    block-size: 0.45rem;
    background: var(--_grid);
    border-radius: 999px;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    max-inline-size: 100%;
    background: var(--_accent);
  }
  .progress.elapsed .fill {
    background: repeating-linear-gradient(135deg, var(--_muted) 0 3px, transparent 3px 6px);
  }
  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .themes li {
    padding: 0 0.45rem;
    border: 1px solid var(--_grid);
    border-radius: 999px;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .link {
    align-self: flex-start;
    font-weight: 600;
  }
  .link::after {
    content: ' ↗' / '';
  }

  @container (min-width: 40rem) {
    .layout-list .facts {
      grid-template-columns: auto 1fr auto 1fr;
    }
  }

  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
  }
  table.projects {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  table.projects th,
  table.projects td {
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  table.projects .badge,
  table.projects .numeric {
    white-space: nowrap;
  }
  table.projects thead th {
    background: var(--_surface);
    font-size: 0.9em;
  }
  table.projects tbody tr {
    cursor: pointer;
  }
  table.projects tbody tr:hover,
  table.projects tbody tr.selected {
    background: var(--_surface);
  }
  table.projects tbody tr.selected th {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  table.projects .numeric {
    text-align: end;
  }
  table.projects tbody th {
    font-weight: 600;
    inline-size: 35%;
    min-inline-size: 12rem;
  }

  @container (max-width: 30rem) {
    .field,
    .field.search,
    .statuses {
      flex: 1 1 100%;
    }
    .field select,
    .field input {
      inline-size: 100%;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card,
    .column,
    .badge,
    .themes li,
    .track,
    .chip {
      border: 1px solid CanvasText;
    }
    .card[aria-current='true'],
    table.projects tbody tr.selected th {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .progress.elapsed .fill {
      background: repeating-linear-gradient(135deg, Highlight 0 3px, Canvas 3px 6px);
    }
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
