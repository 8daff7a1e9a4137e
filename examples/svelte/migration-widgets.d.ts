/**
 * Template types for the three widgets in Svelte 5. Copy this file into your app (any `.d.ts`
 * your tsconfig includes). Svelte sets `data` as a property (the element has one) and turns
 * `onmig-select` into a listener for `mig-select`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { DataIssue, MigCentreMap, MigFlowTimeline, MigProjectBoard } from 'migration-widgets';

/** `detail` of `mig-select`: the id of what was selected, and widget-specific fields. */
export type MigSelectDetail = { id: string } & Record<string, unknown>;

type MigHandler<Detail> = (event: CustomEvent<Detail>) => void;

interface MigProps<Element extends EventTarget> extends HTMLAttributes<Element> {
  data?: unknown;
  src?: string | null;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number | string;
  'fetch-timeout'?: number | string;
  'max-bytes'?: number | string;
  'onmig-load'?: MigHandler<Record<string, number>>;
  'onmig-error'?: MigHandler<DataIssue>;
  'onmig-warning'?: MigHandler<DataIssue>;
  'onmig-select'?: MigHandler<MigSelectDetail>;
}

interface ProjectBoardProps extends MigProps<MigProjectBoard> {
  layout?: 'columns' | 'list' | 'table';
  status?: string;
  donor?: string;
  country?: string;
  'project-theme'?: string;
  query?: string;
  sort?: string;
  today?: string;
}

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'mig-flow-timeline': MigProps<MigFlowTimeline>;
    'mig-centre-map': MigProps<MigCentreMap>;
    'mig-project-board': ProjectBoardProps;
  }
}
