/** Defines <mig-flow-timeline> (guarded: a second copy on the page warns once and is ignored). */
import { defineElement } from './elements/base/define.ts';
import { MigFlowTimeline } from './elements/flow-timeline/flow-timeline.ts';

defineElement('mig-flow-timeline', MigFlowTimeline);

export { MigFlowTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'mig-flow-timeline': MigFlowTimeline;
  }
}
