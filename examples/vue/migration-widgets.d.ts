/**
 * Template types for the three widgets in Vue 3 (read by Vue's language tools in `.vue`
 * files). Copy this file into your app. Also tell Vue's compiler that `mig-*` tags are custom
 * elements (see main.ts), and pass `data` as a property: `:data.prop="dataset"`.
 */
import type { DefineComponent } from 'vue';
import type { DataIssue } from 'migration-widgets';

/** `detail` of `mig-select`: the id of what was selected, and widget-specific fields. */
export type MigSelectDetail = { id: string } & Record<string, unknown>;

interface MigProps {
  data?: unknown;
  src?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number | string;
  'fetch-timeout'?: number | string;
  'max-bytes'?: number | string;
  onMigLoad?: (event: CustomEvent<Record<string, number>>) => void;
  onMigError?: (event: CustomEvent<DataIssue>) => void;
  onMigWarning?: (event: CustomEvent<DataIssue>) => void;
  onMigSelect?: (event: CustomEvent<MigSelectDetail>) => void;
}

interface ProjectBoardProps extends MigProps {
  layout?: 'columns' | 'list' | 'table';
  status?: string;
  donor?: string;
  country?: string;
  'project-theme'?: string;
  query?: string;
  sort?: string;
  today?: string;
}

declare module 'vue' {
  interface GlobalComponents {
    'mig-flow-timeline': DefineComponent<MigProps>;
    'mig-centre-map': DefineComponent<MigProps>;
    'mig-project-board': DefineComponent<ProjectBoardProps>;
  }
}
