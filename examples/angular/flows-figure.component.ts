/**
 * A flow timeline inside an Angular standalone component. CUSTOM_ELEMENTS_SCHEMA lets the
 * template use `mig-*` tags; `[data]` sets the dataset as a property, `[attr.lang]` the
 * language, and `(mig-select)` listens to the widget's event.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, type ElementRef, input, signal, viewChild } from '@angular/core';
import 'migration-widgets/flow-timeline';
import type { DataIssue, MigFlowTimeline } from 'migration-widgets';
import flows from '../../data/flows-serbia.json';

/** `detail` of `mig-select`: the id of what was selected, and widget-specific fields. */
export type MigSelectDetail = { id: string } & Record<string, unknown>;

@Component({
  selector: 'app-flows-figure',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <figure>
      <mig-flow-timeline
        #chart
        [data]="flows"
        [attr.lang]="lang()"
        heading-level="3"
        (mig-load)="problem.set(null)"
        (mig-select)="onSelect($event)"
        (mig-error)="onError($event)"
      ></mig-flow-timeline>
      @if (selected(); as id) {
        <figcaption>Selected period: {{ id }}</figcaption>
      }
      @if (problem(); as issue) {
        <p role="status">The chart could not be updated ({{ issue.code }}).</p>
      }
      <button type="button" (click)="dark()">Dark</button>
    </figure>
  `,
})
export class FlowsFigureComponent {
  /** The article's language, e.g. `en` or `sr-Cyrl`. */
  readonly lang = input('en');
  readonly flows = flows;
  readonly selected = signal<string | null>(null);
  readonly problem = signal<DataIssue | null>(null);
  readonly chart = viewChild.required<ElementRef<MigFlowTimeline>>('chart');

  /** Angular types template events as `Event`: narrow to the widget's CustomEvent. */
  onSelect(event: Event): void {
    this.selected.set((event as CustomEvent<MigSelectDetail>).detail.id);
  }

  onError(event: Event): void {
    this.problem.set((event as CustomEvent<DataIssue>).detail);
  }

  dark(): void {
    this.chart().nativeElement.theme = 'dark';
  }
}
