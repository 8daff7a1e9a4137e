/** All three widgets: defines <mig-flow-timeline>, <mig-centre-map> and <mig-project-board>. */
export { MigFlowTimeline } from './flow-timeline.ts';
export { MigCentreMap } from './centre-map.ts';
export { MigProjectBoard } from './project-board.ts';
export { MigElement, type DataTable, type ExportFormat, type WidgetState } from './elements/base/mig-element.ts';
export type * from './core/data/types.ts';
