import { css } from 'lit';
import { tokens } from '../../styles/tokens.ts';

/** Host and frame styles every widget shares: layout, toolbar, table view, tooltip, footer. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      position: relative;
      box-sizing: border-box;
      min-width: 0;
      max-width: 100%;
      color: var(--_fg);
      background: var(--_bg);
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.4;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .frame {
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      height: 100%;
      min-height: 0;
    }
    .title {
      font-size: 1.15em;
      font-weight: 700;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .subtitle {
      margin: 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: center;
      justify-content: flex-end;
    }
    .toolbar .controls {
      flex: 1 1 auto;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }
    button,
    select,
    input,
    summary {
      font: inherit;
      color: inherit;
    }
    button,
    .menu > summary {
      min-height: 2rem;
      padding: 0.25rem 0.6rem;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    button:hover,
    .menu > summary:hover {
      border-color: var(--_muted);
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .menu {
      position: relative;
    }
    .menu > summary {
      list-style: none;
      display: inline-flex;
      align-items: center;
    }
    .menu > summary::-webkit-details-marker {
      display: none;
    }
    .menu-items {
      position: absolute;
      inset-inline-end: 0;
      z-index: 3;
      margin-top: 0.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding: 0.35rem;
      background: var(--_bg);
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
      min-width: 10rem;
    }
    .menu-items button {
      text-align: start;
    }
    .body {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
    }
    [part~='chart'] {
      position: relative;
      width: 100%;
    }
    [part~='chart'] svg {
      display: block;
      overflow: visible;
      max-width: 100%;
    }
    .placeholder {
      display: grid;
      place-items: center;
      min-height: 12rem;
      color: var(--_muted);
      background: var(--_surface);
      border-radius: var(--_radius);
      text-align: center;
      padding: 1rem;
    }
    [part~='error'] {
      border-inline-start: 4px solid var(--_danger);
      background: var(--_surface);
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
    }
    [part~='error'] strong {
      display: block;
    }
    [part~='error'] code {
      overflow-wrap: anywhere;
      font-size: 0.9em;
    }
    .table-wrap {
      overflow: auto;
      max-height: 28rem;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
    }
    [part~='table'] {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
    }
    [part~='table'] caption {
      text-align: start;
      font-weight: 600;
      padding: 0.4rem 0.5rem;
    }
    [part~='table'] th,
    [part~='table'] td {
      padding: 0.3rem 0.5rem;
      border-bottom: 1px solid var(--_grid);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    [part~='table'] thead th {
      position: sticky;
      top: 0;
      background: var(--_bg);
    }
    [part~='table'] .numeric {
      text-align: end;
    }
    [part~='summary'] {
      margin: 0;
      color: var(--_fg);
    }
    [part~='source'] {
      font-size: 0.85em;
      color: var(--_muted);
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      overflow-wrap: anywhere;
    }
    [part~='source'] p {
      margin: 0;
    }
    a {
      color: var(--_accent);
    }
    .tooltip {
      position: absolute;
      z-index: 2;
      pointer-events: none;
      max-width: min(18rem, 80%);
      padding: 0.4rem 0.55rem;
      background: var(--_bg);
      color: var(--_fg);
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
    .tooltip-title {
      font-weight: 600;
      margin-bottom: 0.2rem;
    }
    .tooltip-line {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
    }
    .tooltip-value {
      margin-inline-start: auto;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .swatch {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      border-radius: 2px;
      flex: none;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
    @media (forced-colors: active) {
      :host {
        forced-color-adjust: auto;
      }
      button,
      .menu > summary {
        border-color: ButtonText;
      }
      [part~='error'] {
        border: 2px solid CanvasText;
      }
      .tooltip {
        border: 1px solid CanvasText;
      }
      .swatch {
        forced-color-adjust: none;
        border: 1px solid CanvasText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
