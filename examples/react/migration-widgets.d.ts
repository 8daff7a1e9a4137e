/**
 * JSX types for the three widgets in React 19. Copy this file into your app (any `.d.ts`
 * included by your tsconfig). React 19 sets `data` as a property (the element has one) and
 * turns `onmig-select` into an event listener for `mig-select`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DataIssue, MigCentreMap, MigFlowTimeline, MigProjectBoard } from 'migration-widgets';

type MigHandler<Detail> = (event: CustomEvent<Detail>) => void;

/** `detail` of `mig-select`: the id of what was selected, and widget-specific fields. */
export type MigSelectDetail = { id: string } & Record<string, unknown>;

interface MigProps<Element> extends DetailedHTMLProps<HTMLAttributes<Element>, Element> {
  /** The dataset object (a property, never an attribute). */
  data?: unknown;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
  'fetch-timeout'?: number;
  'max-bytes'?: number;
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

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mig-flow-timeline': MigProps<MigFlowTimeline>;
      'mig-centre-map': MigProps<MigCentreMap>;
      'mig-project-board': ProjectBoardProps;
    }
  }
}
