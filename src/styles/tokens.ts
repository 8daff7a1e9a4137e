import { css } from 'lit';

/**
 * Design tokens as public `--mig-*` custom properties. Each colour has a light and a dark value
 * (CSS `light-dark()`); `theme` sets the element's `color-scheme`, so `auto` follows the reader's
 * preference. The private `--_…` variables hold the resolved value so a public override always wins.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_fg: var(--mig-fg, light-dark(#1d232a, #e8ebee));
    --_bg: var(--mig-bg, light-dark(#ffffff, #15191e));
    --_muted: var(--mig-muted, light-dark(#5b6670, #a5afb8));
    --_grid: var(--mig-grid, light-dark(#dde1e5, #343c45));
    --_surface: var(--mig-surface, light-dark(#f4f6f8, #20262d));
    --_accent: var(--mig-accent, light-dark(#0a5fa8, #6cb4f5));
    --_focus: var(--mig-focus, light-dark(#0a5fa8, #8ec8ff));
    --_warn: var(--mig-warn, light-dark(#a15c00, #f0b35a));
    --_danger: var(--mig-danger, light-dark(#b3261e, #ff8a80));
    --_series-1: var(--mig-series-1, light-dark(#0a5fa8, #6cb4f5));
    --_series-2: var(--mig-series-2, light-dark(#d1495b, #ff8a95));
    --_series-3: var(--mig-series-3, light-dark(#2a9d8f, #5fd3c4));
    --_series-4: var(--mig-series-4, light-dark(#7b4fa0, #c39ae6));
    --_series-5: var(--mig-series-5, light-dark(#c47a00, #f0b35a));
    --_series-6: var(--mig-series-6, light-dark(#4d7d2e, #9ccc65));
    --_series-7: var(--mig-series-7, light-dark(#8c564b, #d7a49a));
    --_series-8: var(--mig-series-8, light-dark(#5b6670, #b8c2cc));
    --_font: var(--mig-font, inherit);
    --_font-size: var(--mig-font-size, 0.875rem);
    --_radius: var(--mig-radius, 4px);
    --_space: var(--mig-space, 0.5rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

