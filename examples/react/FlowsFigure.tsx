/**
 * A flow timeline inside a React component: the dataset is passed as the `data` property,
 * the page language as `lang`, and the widget's events arrive as typed CustomEvents.
 */
import { useRef, useState } from 'react';
import 'migration-widgets/flow-timeline';
import type { DataIssue, MigFlowTimeline } from 'migration-widgets';
import flows from '../../data/flows-serbia.json';

export interface FlowsFigureProps {
  /** The article's language, e.g. `en` or `sr-Cyrl`. */
  lang?: string;
}

export function FlowsFigure({ lang = 'en' }: FlowsFigureProps) {
  const chart = useRef<MigFlowTimeline>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<DataIssue | null>(null);

  return (
    <figure>
      <mig-flow-timeline
        ref={chart}
        data={flows}
        lang={lang}
        heading-level={3}
        onmig-load={() => setProblem(null)}
        onmig-select={(event) => setSelected(event.detail.id)}
        onmig-error={(event) => setProblem(event.detail)}
      />
      {selected && <figcaption>Selected period: {selected}</figcaption>}
      {problem && <p role="status">The chart could not be updated ({problem.code}).</p>}
      <button type="button" onClick={() => chart.current?.setAttribute('theme', 'dark')}>
        Dark
      </button>
    </figure>
  );
}

/** Loading from a URL instead: the element fetches, times out and reports errors itself. */
export function ProjectsFigure() {
  return <mig-project-board src="/data/projects-iom.json" layout="list" lang="bs" />;
}
