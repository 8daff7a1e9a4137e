import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../base/style-props.ts';
import { validateFlows } from '../../core/data/contracts/flows.ts';
import type { FlowsData, Validation } from '../../core/data/types.ts';
import {
  brushModeAt,
  type BrushMode,
  dragBrush,
  clampDomain,
  crosshairAt,
  type FlowFacts,
  flowFacts,
  type FlowModel,
  flowSummaryText,
  flowTable,
  layoutFlows,
  nearestPeriod,
  periodReadout,
  type PreparedFlows,
  prepareFlows,
  warmTimeline,
} from '../../core/layout/flow/index.ts';
import { round1 as round } from '../../core/layout/path-text.ts';
import { formatDateRange, formatPeriod } from '../../core/text/format.ts';
import { messagesFor } from '../../core/text/messages/catalogue.ts';
import { flowMessages } from '../../core/text/messages/flow.ts';
import { onResize } from '../base/environment.ts';
import type { DataTable } from '../base/mig-element.ts';
import { MigPictureElement } from '../base/picture-element.ts';
import { renderTooltip } from '../base/tooltip.ts';
import { flowTimelineStyles } from './styles.ts';

/** Width used before the host is measured (server rendering): the SVG scales through its viewBox. */
const FALLBACK_WIDTH = 640;
const ASPECT = 0.56;
const MIN_HEIGHT = 240;
const MAX_AUTO_HEIGHT = 640;
const MIN_FILL_HEIGHT = 160;
const FONT_SIZE = 12;

/**
 * One or more series of counts over time, as lines or stacked areas, with gaps where a value is
 * unknown, estimates drawn dashed, dated events as labelled rules and bands, a keyboard- and
 * touch-operable crosshair tooltip, a legend that toggles series, and zoom to a time range
 * (brush the overview strip, the +/− keys or buttons).
 *
 * Height comes from CSS `height` on the host when set; otherwise width × 0.56 (at least 240 px).
 *
 * @fires mig-select - A period was selected (Enter or click): `{ id, period, interval, values, estimates }`;
 *   or an event: `{ id, event: true, date, end? }`.
 * @fires mig-load - Data accepted and drawn: `{ series, points, events }`.
 * @fires mig-error - Data could not be loaded or used.
 * @fires mig-warning - Data accepted with rows dropped or a link removed.
 * @csspart chart - The picture.
 * @csspart legend - The series legend (toggle buttons).
 * @csspart tooltip - The tooltip.
 * @cssprop --mig-series-1 - Colour of the first series (up to --mig-series-8).
 */
export class MigFlowTimeline extends MigPictureElement<FlowsData> {
  static override styles = [...MigPictureElement.styles, flowTimelineStyles];

  static override properties: PropertyDeclarations = {
    hiddenSeries: { state: true, attribute: false },
    domain: { state: true, attribute: false },
    active: { state: true, attribute: false },
    pointerY: { state: true, attribute: false },
    selectedIndex: { state: true, attribute: false },
    currentEvent: { state: true, attribute: false },
    fillHeight: { state: true, attribute: false },
    plotBoxHeight: { state: true, attribute: false },
  };

  /** Series switched off in the legend. */
  private declare hiddenSeries: ReadonlySet<string>;
  /** Zoomed time range (UTC ms), or null for everything. */
  private declare domain: [number, number] | null;
  /** Period under the crosshair (index into the prepared periods). */
  private declare active: number | null;
  /** Pointer height for the tooltip, when a pointer (not the keyboard) drives the crosshair. */
  private declare pointerY: number | null;
  private declare selectedIndex: number | null;
  /** Event that has focus (its full label shows in the tooltip). */
  private declare currentEvent: string | null;
  /** Whether the host's height is set by CSS, and the room it leaves for the plot. */
  private declare fillHeight: boolean;
  /** 0: not measured yet; −1: could not be measured (hidden). */
  private declare plotBoxHeight: number;

  constructor() {
    super();
    this.hiddenSeries = new Set();
    this.domain = null;
    this.active = null;
    this.pointerY = null;
    this.selectedIndex = null;
    this.currentEvent = null;
    this.fillHeight = false;
    this.plotBoxHeight = 0;
  }

  private prepared: PreparedFlows | undefined;
  private preparedFrom: FlowsData | undefined;
  private facts: FlowFacts | undefined;
  private model: FlowModel | undefined;
  private modelKey = '';
  private summaryCache = { key: '', text: '' };
  private tableCache: { key: string; table: DataTable | null } = { key: '', table: null };
  /** Bumped per dataset so the picture fades in on new data (when motion is allowed). */
  private dataVersion = 0;
  /** The overview drag in progress: what it does, where it started, the range it started from. */
  private brushDrag: { mode: BrushMode; start: number; initial: [number, number] | null; pointer: number } | undefined;
  private plotNode: HTMLElement | undefined;
  /** The host's height is set by CSS and the plot's share of it not measured yet: nothing drawn. */
  private measuring = false;
  private unobservePlot: (() => void) | undefined;

  protected validate(raw: unknown): Validation<FlowsData> {
    return validateFlows(raw);
  }

  protected loadDetail(data: FlowsData): Record<string, number> {
    return {
      series: data.series.length,
      points: data.series.reduce((n, s) => n + s.points.length, 0),
      events: data.events.length,
    };
  }

  protected override isEmpty(data: FlowsData): boolean {
    return data.series.every((s) => s.points.length === 0);
  }

  private get messages() {
    return messagesFor(flowMessages, this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unobservePlot?.();
    this.unobservePlot = undefined;
    this.plotNode = undefined;
    this.brushDrag = undefined;
  }

  protected override warmUp(): void {
    super.warmUp();
    warmTimeline(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sized = changed as Map<PropertyKey, unknown>;
    const data = this.loadedData;
    if (data !== this.preparedFrom) {
      this.preparedFrom = data;
      this.prepared = data ? prepareFlows(data) : undefined;
      this.facts = this.prepared ? flowFacts(this.prepared) : undefined;
      const ids = new Set(data?.series.map((s) => s.id));
      this.hiddenSeries = new Set([...this.hiddenSeries].filter((id) => ids.has(id)));
      this.domain = null;
      this.active = null;
      this.selectedIndex = null;
      this.currentEvent = null;
      this.dataVersion += 1;
    }
    if (sized.has('width') || sized.has('height')) this.fillHeight = this.hostHeightIsSet();
    this.updateModel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The placeholder now shows the room left for the plot: measure it and draw in this same task.
    if (this.measuring) {
      this.measurePendingPlot();
      // Not laid out (hidden): draw at the usual height; the plot's observer corrects it when shown.
      if (this.plotBoxHeight === 0) this.plotBoxHeight = -1;
    }
    this.observePlot();
  }

  /** `mig-load` waits for the first size, and while the plot's height is being measured (a frame-less moment). */
  protected override isDrawn(): boolean {
    return !this.measuring && (this.model !== undefined || this.measured);
  }

  private updateModel(): void {
    const prepared = this.prepared;
    if (!prepared) {
      this.model = undefined;
      return;
    }
    // The base gives the measured width (a frame late, so redrawing never loops), or
    // `initial-width` before the measure; on a server without one, a default; in a browser
    // without one, wait for the measure.
    const width = this.width || (isServer ? FALLBACK_WIDTH : 0);
    if (!width) {
      this.model = undefined;
      this.modelKey = '';
      return;
    }
    // A host with a CSS height: lay out once, for the room the plot really has.
    const unmeasured = () => this.fillHeight && this.plotBoxHeight === 0 && !isServer && !this.showTable;
    if (unmeasured()) this.measurePendingPlot();
    this.measuring = unmeasured();
    if (this.measuring) {
      this.model = undefined;
      this.modelKey = '';
      return;
    }
    const height = this.plotHeight(width);
    const key = [width, height, this.locale, [...this.hiddenSeries].join('\u0000'), this.domain?.join(':') ?? '', this.dataVersion].join('|');
    if (key === this.modelKey && this.model) return;
    this.modelKey = key;
    this.model = layoutFlows(prepared, {
      width,
      height,
      locale: this.locale,
      hidden: this.hiddenSeries,
      domain: this.domain,
      fontSize: FONT_SIZE,
    });
  }

  private plotHeight(width: number): number {
    if (this.fillHeight && this.plotBoxHeight > 0) return Math.max(MIN_FILL_HEIGHT, this.plotBoxHeight);
    return Math.max(MIN_HEIGHT, Math.min(MAX_AUTO_HEIGHT, Math.round(width * ASPECT)));
  }

  /**
   * The room the placeholder fills, read before the first layout: a layout at a guessed height
   * would be drawn, then measured and drawn again.
   */
  private measurePendingPlot(): void {
    if (isServer) return;
    const pending = this.renderRoot.querySelector<HTMLElement>('.plot.pending');
    const height = pending ? Math.round(pending.getBoundingClientRect().height) : 0;
    if (height > 0) this.plotBoxHeight = height;
  }

  /** Whether CSS gives the host a height (rather than `auto`): then the plot fills what is left. */
  private hostHeightIsSet(): boolean {
    if (isServer || !this.isConnected) return false;
    if (this.style.height && this.style.height !== 'auto') return true;
    if (typeof this.computedStyleMap !== 'function') return false;
    const value = this.computedStyleMap().get('height');
    return value !== undefined && !(value instanceof CSSKeywordValue);
  }

  private observePlot(): void {
    // The placeholder too: a chart that could not measure it yet draws when it gets its size.
    const node = this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined;
    if (node === this.plotNode) return;
    this.unobservePlot?.();
    this.plotNode = node;
    this.unobservePlot = node
      ? onResize(node, (_width, height) => {
          if (this.fillHeight && height > 0 && height !== this.plotBoxHeight) this.plotBoxHeight = height;
        })
      : undefined;
  }

  // ---- the overview brush: pointer drags write `domain`, Lit draws the range ----

  /** x in the chart's own units (the SVG may be scaled by CSS). */
  private chartX(event: PointerEvent): number {
    const svgElement = (event.currentTarget as Element).closest('svg');
    const box = svgElement?.getBoundingClientRect();
    const width = this.model?.width ?? 0;
    return box && box.width > 0 ? ((event.clientX - box.left) * width) / box.width : 0;
  }

  private onBrushDown = (event: PointerEvent): void => {
    const overview = this.model?.overview;
    if (!overview || event.button > 0) return;
    event.preventDefault();
    event.stopPropagation();
    const x = this.chartX(event);
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.brushDrag = { mode: brushModeAt(x, overview.selection), start: x, initial: overview.selection, pointer: event.pointerId };
    this.onBrushMove(event);
  };

  private onBrushMove = (event: PointerEvent): void => {
    const drag = this.brushDrag;
    const overview = this.model?.overview;
    if (!drag || !overview || event.pointerId !== drag.pointer) return;
    event.stopPropagation();
    const range = dragBrush(drag.mode, overview.x.range(), drag.start, this.chartX(event), drag.initial);
    const final = event.type === 'pointerup' || event.type === 'pointercancel';
    if (range) this.setDomain([overview.x.invert(range[0]), overview.x.invert(range[1])], final);
    else if (final) this.setDomain(null);
    if (final) this.brushDrag = undefined;
  };

  private setDomain(domain: [number, number] | null, announce = true): void {
    if (!this.prepared) return;
    const full = clampDomain(this.prepared, null);
    const next = domain ? clampDomain(this.prepared, domain) : null;
    this.domain = next && (next[0] > full[0] || next[1] < full[1]) ? next : null;
    if (announce) {
      const m = this.messages;
      const [a, b] = this.domain ?? full;
      const interval = this.prepared.interval;
      this.announce(
        this.domain
          ? m.zoomedTo(formatPeriod(a, interval, this.locale), formatPeriod(b, interval, this.locale))
          : m.showingAll,
      );
    }
  }

  private zoom(factor: number): void {
    const prepared = this.prepared;
    const model = this.model;
    if (!prepared || !model) return;
    const [a, b] = model.domain;
    const centre = this.active !== null ? prepared.periods[this.active]! : (a + b) / 2;
    const span = (b - a) * factor;
    const ratio = b > a ? (centre - a) / (b - a) : 0.5;
    this.setDomain([centre - span * ratio, centre + span * (1 - ratio)]);
  }

  // ---- keyboard, pointer, selection ----

  /** Move the crosshair to period `index`, panning a zoomed view to keep it in sight. */
  private moveTo(index: number, announce = true): void {
    const prepared = this.prepared;
    const model = this.model;
    if (!prepared || !model || prepared.periods.length === 0) return;
    const i = Math.max(0, Math.min(prepared.periods.length - 1, index));
    const time = prepared.periods[i]!;
    if (this.domain && (time < this.domain[0] || time > this.domain[1])) {
      const span = this.domain[1] - this.domain[0];
      const start = time < this.domain[0] ? time : time - span;
      this.setDomain([start, start + span], false);
    }
    this.active = i;
    this.pointerY = null;
    if (announce) this.announcePeriod(i);
  }

  /** The values of period `index`, as the tooltip and announcements word them. */
  private readoutAt(index: number | null) {
    return this.prepared && index !== null ? periodReadout(this.prepared, index, this.locale, this.hiddenSeries) : null;
  }

  private announcePeriod(index: number): void {
    const readout = this.readoutAt(index);
    if (readout) this.announce(readout.text);
  }

  private onKeydown(event: KeyboardEvent): void {
    const prepared = this.prepared;
    const model = this.model;
    if (!prepared || !model || prepared.periods.length === 0) return;
    const target = event.target as Element | null;
    const eventId = target instanceof SVGGElement ? target.dataset.event : undefined;
    const [from, to] = model.periodRange;
    const current = this.active ?? (event.key === 'ArrowLeft' || event.key === 'End' ? to : from - 1);
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.moveTo(current + (event.shiftKey ? 10 : 1));
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.moveTo(current - (event.shiftKey ? 10 : 1));
        break;
      case 'Home':
        this.moveTo(0);
        break;
      case 'End':
        this.moveTo(prepared.periods.length - 1);
        break;
      case 'PageDown':
      case 'PageUp':
        this.jumpToEvent(event.key === 'PageDown' ? 1 : -1);
        break;
      case 'Enter':
      case ' ':
        if (eventId) this.selectEvent(eventId);
        else this.select();
        break;
      case 'Escape':
        if (this.active === null && this.selectedIndex === null && this.domain) this.setDomain(null);
        this.clear();
        break;
      case '+':
      case '=':
        this.zoom(0.5);
        break;
      case '-':
      case '_':
        this.zoom(2);
        break;
      case '0':
        this.setDomain(null);
        break;
      default:
        handled = false;
    }
    if (!handled) return;
    event.preventDefault();
    // Period keys move the plot's crosshair: bring focus back from an event to the plot.
    if (eventId && event.key !== 'Enter' && event.key !== ' ' && !event.key.startsWith('Page')) this.plotNode?.focus();
  }

  private jumpToEvent(direction: 1 | -1): void {
    const model = this.model;
    const prepared = this.prepared;
    if (!model || !prepared || model.events.length === 0) return;
    const active = this.active ?? (direction > 0 ? -1 : prepared.periods.length);
    const events = direction > 0 ? model.events : [...model.events].reverse();
    const current = this.currentEvent ? model.events.findIndex((e) => e.id === this.currentEvent) : -1;
    const next =
      current >= 0
        ? model.events[current + direction]
        : events.find((e) => (direction > 0 ? e.period > active : e.period < active));
    if (!next) return;
    this.moveTo(next.period, false);
    this.currentEvent = next.id;
    this.announce(`${this.eventName(next.id)}. ${this.readoutAt(next.period)?.text ?? ''}`.trim());
  }

  private eventName(id: string): string {
    const event = this.prepared?.events.find((e) => e.id === id);
    if (!event) return '';
    const m = this.messages;
    return `${m.event}: ${this.text(event.label)}, ${formatDateRange(event.date, event.end, this.locale)}`;
  }

  private select(): void {
    const prepared = this.prepared;
    const readout = this.readoutAt(this.active);
    if (!prepared || !readout) return;
    this.selectedIndex = this.active;
    const values: Record<string, number | null> = {};
    const estimates: string[] = [];
    for (const line of readout.lines) {
      values[line.id] = line.raw;
      if (line.estimate) estimates.push(line.id);
    }
    this.emit('mig-select', { id: readout.period, period: readout.period, interval: prepared.interval, values, estimates });
    this.announce(this.messages.selected(readout.title));
  }

  private selectEvent(id: string): void {
    const event = this.prepared?.events.find((e) => e.id === id);
    const model = this.model?.events.find((e) => e.id === id);
    if (!event || !model) return;
    this.currentEvent = id;
    this.moveTo(model.period, false);
    this.emit('mig-select', { id, event: true, date: event.date, ...(event.end ? { end: event.end } : {}) });
    this.announce(this.messages.selected(this.eventName(id)));
  }

  private clear(): void {
    this.active = null;
    this.selectedIndex = null;
    this.currentEvent = null;
    this.pointerY = null;
  }

  private onPointer(event: PointerEvent): void {
    const model = this.model;
    const prepared = this.prepared;
    const svgNode = event.currentTarget as SVGSVGElement | null;
    if (!model || !prepared || !svgNode) return;
    const box = svgNode.getBoundingClientRect();
    const scale = box.width > 0 ? model.width / box.width : 1;
    const x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * scale;
    if (x < model.plot.left - 8 || x > model.plot.right + 8 || y < model.plot.top - 4 || y > model.plot.bottom + 4) {
      if (event.type === 'pointermove' && event.pointerType === 'mouse') this.onPointerLeave();
      return;
    }
    let index = nearestPeriod(prepared.periods, model.x.invert(x));
    const [from, to] = model.periodRange;
    if (to > from) index = Math.max(from, Math.min(to - 1, index));
    if (index !== this.active) {
      this.active = index;
      this.announcePeriod(index);
    }
    this.pointerY = y;
    this.currentEvent = null;
  }

  private onPointerLeave(): void {
    if (this.plotNode && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.plotNode) return;
    this.active = null;
    this.pointerY = null;
  }

  private onClick(event: MouseEvent): void {
    if ((event.target as Element).closest('g.brush, g.event, [part~=tooltip]') || !(event.target as Element).closest('svg')) return;
    this.select();
  }

  private toggleSeries(id: string): void {
    const next = new Set(this.hiddenSeries);
    const shown = next.has(id);
    if (shown) next.delete(id);
    else next.add(id);
    this.hiddenSeries = next;
    const series = this.prepared?.series.find((s) => s.id === id);
    if (series) {
      const label = this.text(series.label);
      this.announce(shown ? this.messages.seriesShown(label) : this.messages.seriesHidden(label));
    }
  }

  // ---- base hooks ----

  protected tableData(): DataTable | null {
    const prepared = this.prepared;
    if (!prepared) return null;
    const key = `${this.dataVersion}|${this.locale}`;
    if (this.tableCache.key !== key) {
      const caption = this.text(this.loadedData?.title) || this.words.dataTable;
      this.tableCache = { key, table: flowTable(prepared, this.locale, caption) };
    }
    return this.tableCache.table;
  }

  protected summaryText(): string {
    const prepared = this.prepared;
    if (!prepared || !this.facts) return '';
    const key = `${this.dataVersion}|${this.locale}`;
    if (this.summaryCache.key !== key) this.summaryCache = { key, text: flowSummaryText(prepared, this.facts, this.locale) };
    return this.summaryCache.text;
  }

  protected override renderControls(): unknown {
    const prepared = this.prepared;
    const model = this.model;
    if (!prepared || !model || prepared.periods.length < 3) return nothing;
    const m = this.messages;
    const interval = prepared.interval;
    return html`<div class="zoom">
      <button type="button" @click=${() => this.zoom(0.5)} aria-label=${m.zoomIn} title=${m.zoomIn}>+</button>
      <button type="button" @click=${() => this.zoom(2)} ?disabled=${!model.zoomed} aria-label=${m.zoomOut} title=${m.zoomOut}>−</button>
      ${model.zoomed
        ? html`<button type="button" class="reset" @click=${() => this.setDomain(null)}>${m.resetZoom}</button>
            <span class="range"
              >${formatPeriod(model.domain[0], interval, this.locale, 'short')} –
              ${formatPeriod(model.domain[1], interval, this.locale, 'short')}</span
            >`
        : nothing}
    </div>`;
  }

  protected override renderLegend(): unknown {
    const prepared = this.prepared;
    if (!prepared) return nothing;
    const m = this.messages;
    const anyEstimate = this.facts ? this.facts.estimates > 0 : false;
    const unit = this.text(prepared.unit);
    return html`<div class="legend-items" role="group" aria-label=${m.legend}>
      ${unit ? html`<span class="legend-note unit">${m.unit(unit)}</span>` : nothing}
      ${repeat(
        prepared.series,
        (s) => s.id,
        (s) => html`<button
          type="button"
          aria-pressed=${this.hiddenSeries.has(s.id) ? 'false' : 'true'}
          @click=${() => this.toggleSeries(s.id)}
        >
          <svg class="key" width="18" height="10" aria-hidden="true" style=${styleProps({ '--c': s.color })}>
            <line x1="1" y1="5" x2="17" y2="5"></line>
          </svg>
          ${this.text(s.label)}
        </button>`,
      )}
      ${anyEstimate
        ? html`<span class="legend-note"
            ><svg class="key" width="18" height="10" aria-hidden="true"><line class="dashed" x1="1" y1="5" x2="17" y2="5"></line></svg
            >${m.estimate}</span
          >`
        : nothing}
    </div>`;
  }

  protected renderChart(): unknown {
    const model = this.model;
    const prepared = this.prepared;
    if (!prepared) return nothing;
    // Until the width is known: hold the space the picture will most likely take.
    if (!model) {
      return this.fillHeight
        ? html`<div class="plot pending fill"></div>`
        : html`<div class="plot pending" style=${styleProps({ height: `${MIN_HEIGHT}px` })}></div>`;
    }
    const m = this.messages;
    const title = this.text(this.loadedData?.title);
    const tip = this.tooltip(model, prepared);
    const fill = this.fillHeight && this.plotBoxHeight > 0;
    return html`<div
      class=${this.fillHeight ? 'plot fill' : 'plot'}
      style=${styleProps(fill || this.fillHeight ? {} : { height: `${model.height}px` })}
      tabindex="0"
      role="application"
      aria-roledescription=${m.chart('')}
      aria-label=${m.chart(title)}
      aria-describedby="flow-keys"
      @keydown=${this.onKeydown}
      @click=${this.onClick}
      @blur=${(event: FocusEvent) => {
        if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.active = null;
      }}
    >
      ${this.renderSvg(model, prepared)} ${renderTooltip(tip, { width: model.width, height: model.height })}
      <p id="flow-keys" class="visually-hidden">${m.keyboardHint}</p>
    </div>`;
  }

  private tooltip(model: FlowModel, prepared: PreparedFlows) {
    if (this.currentEvent) {
      const event = model.events.find((e) => e.id === this.currentEvent);
      const source = prepared.events.find((e) => e.id === this.currentEvent);
      if (event && source) {
        const readout = this.readoutAt(this.active);
        return {
          x: event.x0,
          y: model.plot.top + 8,
          title: event.label,
          lines: [
            { label: formatDateRange(source.date, source.end, this.locale), value: '' },
            ...(readout ? readout.lines.map((l) => ({ label: `${readout.title} · ${l.label}`, value: l.value, swatch: l.swatch })) : []),
          ],
        };
      }
    }
    const readout = this.readoutAt(this.active);
    const cross = readout && crosshairAt(prepared, model, readout.index, this.hiddenSeries);
    if (!readout || !cross) return null;
    const top = cross.marks.length ? Math.min(...cross.marks.map((mark) => mark.y)) : model.plot.top + model.plot.height / 2;
    return {
      x: cross.x,
      y: this.pointerY ?? top,
      title: readout.title,
      lines: [
        ...readout.lines.map((l) => ({ label: l.label, value: l.value, swatch: l.swatch })),
        ...(readout.total ? [{ label: readout.total.label, value: readout.total.value }] : []),
      ],
    };
  }

  private renderSvg(model: FlowModel, prepared: PreparedFlows) {
    const { plot, width, height } = model;
    const zeroY = model.y(0);
    const animate = !this.reducedMotion;
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      class=${model.stacked ? 'stacked' : nothing}
      @pointermove=${this.onPointer}
      @pointerdown=${this.onPointer}
      @pointerleave=${this.onPointerLeave}
    >
      <g class="grid" aria-hidden="true">
        ${model.yTicks.map(
          (t) => svg`<line class=${t.value === 0 ? 'zero' : nothing} x1=${plot.left} x2=${plot.right} y1=${round(t.y)} y2=${round(t.y)}></line>`,
        )}
      </g>
      ${keyed(
        this.dataVersion,
        svg`<g class=${animate ? 'layer animate' : 'layer'} aria-hidden="true">
          ${repeat(
            model.series,
            (s) => s.id,
            (s) => svg`<g class="series" data-series=${s.id} style=${styleProps({ '--c': s.color })}>
              ${s.shapes.area ? svg`<path class="area" d=${s.shapes.area}></path>` : nothing}
              ${s.shapes.estimateArea ? svg`<path class="area estimate" d=${s.shapes.estimateArea}></path>` : nothing}
              ${s.shapes.line ? svg`<path class="line" d=${s.shapes.line}></path>` : nothing}
              ${s.shapes.estimateLine ? svg`<path class="line estimate" d=${s.shapes.estimateLine}></path>` : nothing}
              ${s.shapes.dots.map((d) => svg`<circle class=${d.estimate ? 'dot estimate' : 'dot'} cx=${d.x} cy=${d.y} r="3"></circle>`)}
            </g>`,
          )}
        </g>`,
      )}
      <g class="axis x" aria-hidden="true">
        <line x1=${plot.left} x2=${plot.right} y1=${round(zeroY)} y2=${round(zeroY)}></line>
        ${model.xTicks.map(
          (t) => svg`<line x1=${round(t.x)} x2=${round(t.x)} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
            <text x=${round(t.labelX)} y=${plot.bottom + 6 + FONT_SIZE}>${t.label}</text>`,
        )}
      </g>
      <g class="axis y" aria-hidden="true">
        ${model.yTicks.map((t) => svg`<text x=${plot.left - 6} y=${round(t.y + FONT_SIZE * 0.35)} text-anchor="end">${t.label}</text>`)}
      </g>
      ${this.renderEvents(model)} ${this.renderCrosshair(model, prepared)} ${this.renderOverview(model)}
    </svg>`;
  }

  private renderEvents(model: FlowModel) {
    const { plot } = model;
    const m = this.messages;
    return svg`<g class="events">
      ${repeat(
        model.events.filter((e) => e.inView),
        (e) => e.id,
        (e) => {
          const source = this.prepared?.events.find((p) => p.id === e.id);
          const when = source ? formatDateRange(source.date, source.end, this.locale) : '';
          const top = e.placed.visible ? e.labelY - FONT_SIZE + 2 : plot.top;
          const hitX = Math.min(e.x0, e.placed.visible ? e.placed.x : e.x0) - 3;
          const hitRight = Math.max(e.x1, e.placed.visible ? e.placed.x + e.placed.width : e.x1) + 3;
          return svg`<g
            class=${this.currentEvent === e.id ? 'event current' : 'event'}
            data-event=${e.id}
            tabindex="0"
            role="button"
            aria-label=${`${m.event}: ${e.label}, ${when}`}
            @focus=${() => {
              this.currentEvent = e.id;
              this.active = e.period;
            }}
            @blur=${() => {
              if (this.currentEvent === e.id) this.currentEvent = null;
            }}
            @click=${() => this.selectEvent(e.id)}
          >
            ${e.span ? svg`<rect class="band" x=${e.x0} y=${plot.top} width=${Math.max(1, e.x1 - e.x0)} height=${plot.height}></rect>` : nothing}
            <line class="rule" x1=${e.x0} x2=${e.x0} y1=${top} y2=${plot.bottom}></line>
            ${e.placed.visible ? svg`<text x=${round(e.placed.x)} y=${e.labelY}>${e.placed.text}</text>` : nothing}
            <rect class="hit" x=${round(hitX)} y=${round(top - 2)} width=${round(Math.max(6, hitRight - hitX))} height=${round(
              (e.placed.visible ? FONT_SIZE + 4 : 6),
            )}></rect>
            <rect class="focus-ring" x=${round(hitX)} y=${round(top - 2)} width=${round(Math.max(6, hitRight - hitX))} height=${round(
              plot.bottom - top + 2,
            )} rx="2"></rect>
          </g>`;
        },
      )}
    </g>`;
  }

  private renderCrosshair(model: FlowModel, prepared: PreparedFlows) {
    const parts: unknown[] = [];
    if (this.selectedIndex !== null) {
      const time = prepared.periods[this.selectedIndex];
      if (time !== undefined && time >= model.domain[0] && time <= model.domain[1]) {
        const x = round(model.x(time));
        parts.push(svg`<line class="selected-period" x1=${x} x2=${x} y1=${model.plot.top} y2=${model.plot.bottom}></line>`);
      }
    }
    if (this.active !== null) {
      const cross = crosshairAt(prepared, model, this.active, this.hiddenSeries);
      if (cross && cross.x >= model.plot.left - 1 && cross.x <= model.plot.right + 1) {
        const x = round(cross.x);
        parts.push(svg`<g class="crosshair">
          <line x1=${x} x2=${x} y1=${model.plot.top} y2=${model.plot.bottom}></line>
          ${cross.marks.map((mark) => svg`<circle style=${styleProps({ '--c': mark.color })} cx=${x} cy=${round(mark.y)} r="4"></circle>`)}
        </g>`);
      }
    }
    return svg`<g aria-hidden="true" pointer-events="none">${parts}</g>`;
  }

  private renderOverview(model: FlowModel) {
    const overview = model.overview;
    if (!overview) return nothing;
    const [x0, x1] = overview.x.range();
    const selection = overview.selection;
    const { top, height } = overview;
    return svg`<g class="overview" aria-hidden="true">
      <rect class="frame-line" x=${x0} y=${top} width=${x1 - x0} height=${height}></rect>
      ${repeat(
        overview.lines,
        (l) => l.id,
        (l) =>
          svg`<path class="line" style=${styleProps({ '--c': l.color })} d=${l.d} transform=${l.transform ?? nothing} vector-effect=${l.transform ? 'non-scaling-stroke' : nothing}></path>`,
      )}
      <g class="brush" @pointerdown=${this.onBrushDown} @pointermove=${this.onBrushMove} @pointerup=${this.onBrushMove} @pointercancel=${this.onBrushMove}>
        <rect class="overlay" x=${x0} y=${top} width=${x1 - x0} height=${height}></rect>
        ${selection
          ? svg`<rect class="selection" x=${round(selection[0])} y=${top} width=${round(selection[1] - selection[0])} height=${height}></rect>
              <rect class="handle handle--w" x=${round(selection[0] - 3)} y=${top} width="6" height=${height}></rect>
              <rect class="handle handle--e" x=${round(selection[1] - 3)} y=${top} width="6" height=${height}></rect>`
          : nothing}
      </g>
    </g>`;
  }
}
