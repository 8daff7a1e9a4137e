import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { validateCentres } from '../../core/data/contracts/centres.ts';
import { periodStart } from '../../core/data/dates.ts';
import { fetchJson } from '../../core/data/load.ts';
import type { CentresData, DataIssue, Validation } from '../../core/data/types.ts';
import { BASEMAP_NAMES, isBasemapName, loadBasemap } from '../../core/geo/basemaps.ts';
import { parseBasemap } from '../../core/geo/parse.ts';
import type { Basemap } from '../../core/geo/types.ts';
import { textWidth } from '../../core/layout/map/labels.ts';
import { DENSE_THRESHOLD, markerAt, markerGroups, type MarkerGroup } from '../../core/layout/map/dense.ts';
import { historyDates } from '../../core/layout/map/history.ts';
import {
  type BasemapChoice,
  type CentresModel,
  layoutCentres,
  layoutFrame,
  type MapFrame,
  type MarkerModel,
  stepCentre,
  withBasemap,
  withCountryLabels,
} from '../../core/layout/map/model.ts';
import { RATE_THRESHOLDS, type RateClass } from '../../core/layout/map/rate.ts';
import { symbolPath } from '../../core/layout/map/scales.ts';
import { round1 as round } from '../../core/layout/path-text.ts';
import { mapFacts, mapSummary, warmMapFormatters } from '../../core/layout/map/summary.ts';
import { mapTable, rateText, typeLabel } from '../../core/layout/map/table.ts';
import { formatDate, formatNumber, formatPercent } from '../../core/text/format.ts';
import { messagesFor } from '../../core/text/messages/catalogue.ts';
import { mapMessages } from '../../core/text/messages/map.ts';
import type { DataTable } from '../base/mig-element.ts';
import { MigPictureElement } from '../base/picture-element.ts';
import { renderTooltip, type Tooltip } from '../base/tooltip.ts';
import { centreMapStyles } from './styles.ts';

/** Width used before the host is measured (server rendering): the SVG scales through its viewBox. */
const FALLBACK_WIDTH = 640;
/**
 * How long the first picture waits for the shipped basemap it needs (a chunk, often already on
 * its way) before it is drawn without it: drawing it twice costs more than a short wait.
 */
const BASEMAP_WAIT_MS = 200;
/** Time each date is shown while playing. */
const PLAY_STEP_MS = 1200;
const FOOTNOTE_FONT_SIZE = 10;
const FOOTNOTE_LINE = 13;

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Break text into lines that fit `width` at the footnote size (estimated widths). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, FOOTNOTE_FONT_SIZE) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Centres as symbols on a basemap: area by the number of people, colour by occupancy against
 * capacity (over capacity also hatched and outlined), shape by type, hollow outlines for closed
 * and standby centres. A date control steps through the centres' history. The basemap is chosen
 * from the centres' extent among the shipped Natural Earth outlines, or named, or fetched.
 *
 * Keyboard (on the focused map): ← and → walk the centres from west to east; ↑ and ↓ from the
 * largest to the smallest number of people (Home, End: the largest, the smallest); Enter or
 * Space selects; Escape clears; Page Up and Page Down step through the dates.
 *
 * @fires mig-select - A centre was selected: `{ id, name, occupancy, capacity, date }`.
 * @fires mig-load - Data accepted and drawn: `{ centres, dates }`.
 * @fires mig-error - Data or a basemap could not be loaded; a basemap error has `source: 'basemap'`.
 * @fires mig-warning - Data accepted with rows dropped or a link removed; or a basemap with outlines dropped.
 * @csspart chart - The map.
 * @csspart legend - Size, colour, type and status keys.
 * @csspart tooltip - The tooltip.
 * @csspart dates - The date control.
 * @cssprop --mig-land - Land fill.
 * @cssprop --mig-border - Country borders (the background colour by default).
 * @cssprop --mig-rate-1 - Occupancy under 50 % (then --mig-rate-2 to 75 %, --mig-rate-3 to 90 %, --mig-rate-4 to 100 %).
 * @cssprop --mig-rate-over - Over capacity.
 * @cssprop --mig-rate-unknown - Capacity unknown.
 * @cssprop --mig-hatch - Hatching over centres above capacity.
 */
export class MigCentreMap extends MigPictureElement<CentresData> {
  static override styles = [...MigPictureElement.styles, centreMapStyles];

  static override properties: PropertyDeclarations = {
    basemap: {},
    date: {},
    shownDate: { state: true, attribute: false },
    active: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    hovered: { state: true, attribute: false },
    playing: { state: true, attribute: false },
    customBasemap: { state: true, attribute: false },
    basemapError: { state: true, attribute: false },
  };

  /**
   * `western-balkans`, `europe`, `none`, or the URL of a TopoJSON or GeoJSON file. Without it the
   * shipped basemap that covers the centres is chosen (the dataset may name one).
   */
  declare basemap: string | null;

  /** The date shown (ISO); the latest figures on or before it. Defaults to the dataset's `asOf`. */
  declare date: string | null;

  private declare shownDate: string | undefined;
  private declare active: string | null;
  private declare selected: string | null;
  /** The centre under the pointer (tooltip), as opposed to the keyboard's active one. */
  private declare hovered: string | null;
  private declare playing: boolean;
  private declare customBasemap: Basemap | null;
  private declare basemapError: DataIssue | null;

  constructor() {
    super();
    this.basemap = null;
    this.date = null;
    this.active = null;
    this.selected = null;
    this.hovered = null;
    this.playing = false;
    this.customBasemap = null;
    this.basemapError = null;
  }

  private frame: MapFrame | undefined;
  /** Inputs of the frame and of the model: recomputed only when one of them changes. */
  private frameInputs: readonly unknown[] = [];
  private model: CentresModel | undefined;
  private modelInputs: readonly unknown[] = [];
  private dataFrom: CentresData | undefined;
  /** By the markers (not the model): a model that only gained a basemap keeps its markers. */
  private summaryCache: { markers: readonly MarkerModel[] | undefined; locale: string; text: string } = { markers: undefined, locale: '', text: '' };
  private tableCache: { markers: readonly MarkerModel[] | undefined; locale: string; table: DataTable | null } = { markers: undefined, locale: '', table: null };
  private groupsCache: { markers: readonly MarkerModel[] | undefined; groups: MarkerGroup[] } = { markers: undefined, groups: [] };
  /** The basemap the frame waited for has arrived: lay the frame out again. */
  private basemapArrived = false;
  private basemapRequest: AbortController | undefined;
  private basemapUrl: string | null = null;
  /** Settles when the first picture stops waiting for its basemap; undefined when not waiting. */
  private basemapWait: Promise<void> | undefined;
  private stopBasemapWait: (() => void) | undefined;
  /** Whether a picture was drawn (only the first one waits for its basemap). */
  private drewChart = false;
  private playTimer: ReturnType<typeof setTimeout> | undefined;

  protected validate(raw: unknown): Validation<CentresData> {
    return validateCentres(raw);
  }

  protected loadDetail(data: CentresData): Record<string, number> {
    return { centres: data.centres.length, dates: historyDates(data).length };
  }

  protected override isEmpty(data: CentresData): boolean {
    return data.centres.length === 0;
  }

  private get messages() {
    return messagesFor(mapMessages, this.locale);
  }

  protected override warmUp(): void {
    super.warmUp();
    warmMapFormatters(this.locale);
    // The shipped outlines it may draw (not for a URL or `none`), fetched and read now rather than after the data.
    const asked = this.basemapAsked();
    const names = asked === 'auto' ? BASEMAP_NAMES : isBasemapName(asked) ? [asked] : [];
    for (const name of names) void loadBasemap(name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-inserted while a basemap was loading: ask again.
    if (this.hasUpdated && this.basemapUrl && !this.customBasemap && !this.basemapError) this.loadBasemap(this.basemapUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.basemapRequest?.abort();
    this.basemapRequest = undefined;
    this.stopBasemapWait?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.model && !this.basemapWait) this.drewChart = true;
  }

  /** Complete once the first picture has stopped waiting for its basemap and is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.basemapWait) {
      await this.basemapWait;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('basemap')) this.applyBasemapAttribute();
    const data = this.loadedData;
    if (data !== this.dataFrom) {
      this.dataFrom = data;
      this.stop();
      this.hovered = null;
      if (this.active && !data?.centres.some((centre) => centre.id === this.active)) this.active = null;
      if (this.selected && !data?.centres.some((centre) => centre.id === this.selected)) this.selected = null;
      this.shownDate = this.date ?? undefined;
    } else if (changed.has('date')) {
      this.shownDate = this.date ?? undefined;
    }
    this.updateModel();
  }

  /** The measured width (the base delivers sizes a frame late, so redrawing never loops). */
  private layoutWidth(): number {
    if (this.width > 0) return this.width;
    // Not measured yet: the width as laid out now, so the picture is not drawn twice; the
    // fallback applies where nothing is laid out (a server without `initial-width`).
    const laidOut = this.isConnected && typeof this.getBoundingClientRect === 'function' ? Math.round(this.getBoundingClientRect().width) : 0;
    return laidOut || FALLBACK_WIDTH;
  }

  /**
   * A pre-rendered map drew its outlines on the server: it is taken over only once they are
   * here too, so that the first render in the browser matches the server's DOM.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !isServer && this.shadowRoot?.firstChild) await Promise.all(BASEMAP_NAMES.map(loadBasemap));
    super.scheduleUpdate();
  }

  /** Drawn once the basemap it needs has arrived (mig-load waits for it). */
  protected override isDrawn(): boolean {
    return this.frame ? !this.frame.pendingBasemap : this.measured;
  }

  /** What the `basemap` attribute asks for: nothing (null), `auto`, a shipped basemap's name, or else a URL. */
  private basemapAsked(): string | null {
    const value = this.basemap?.trim() || 'auto';
    return value === 'none' ? null : value;
  }

  private basemapChoice(): BasemapChoice {
    const asked = this.basemapAsked();
    return asked === null || isBasemapName(asked) ? asked : (this.customBasemap ?? 'auto');
  }

  private updateModel(): void {
    const data = this.loadedData;
    if (!data || data.centres.length === 0) {
      this.frame = undefined;
      this.model = undefined;
      return;
    }
    const width = this.layoutWidth();
    const choice = this.basemapChoice();
    const frameInputs = [data, width, this.locale, choice];
    const previous = { frame: this.frame, inputs: this.frameInputs };
    if (!this.frame || this.basemapArrived || !sameInputs(frameInputs, this.frameInputs)) {
      this.basemapArrived = false;
      // The same centres at the same width keep their places: only the outlines and names change.
      this.frame =
        this.frame && sameInputs(frameInputs.slice(0, 2), this.frameInputs.slice(0, 2))
          ? withBasemap(this.frame, data, { locale: this.locale, basemap: choice })
          : layoutFrame(data, { width, locale: this.locale, basemap: choice });
      this.frameInputs = frameInputs;
      const pending = this.frame.pendingBasemap;
      // The outlines arrive in their own chunk: lay the frame out again once they are here.
      if (pending) {
        this.waitForBasemap();
        void loadBasemap(pending).then(() => {
          this.basemapArrived = true;
          this.stopBasemapWait?.();
          this.requestUpdate();
        });
      }
    }
    const modelInputs = [this.frame, this.shownDate];
    if (this.model && sameInputs(modelInputs, this.modelInputs)) return;
    // Only the basemap changed (same data, width, locale and date): the symbols and names stay.
    const basemapOnly = previous.frame && this.model && this.modelInputs[1] === this.shownDate && sameInputs(frameInputs.slice(0, 3), previous.inputs.slice(0, 3));
    this.model = basemapOnly
      ? withCountryLabels(this.model!, this.frame)
      : layoutCentres(data, this.frame, this.shownDate ? { locale: this.locale, date: this.shownDate } : { locale: this.locale });
    this.modelInputs = modelInputs;
  }

  /** Hold the first picture back until its basemap is here, or for BASEMAP_WAIT_MS at most. */
  private waitForBasemap(): void {
    if (isServer || this.drewChart || this.basemapWait) return;
    this.basemapWait = new Promise((resolve) => {
      const timer = setTimeout(() => this.stopBasemapWait?.(), BASEMAP_WAIT_MS);
      this.stopBasemapWait = () => {
        clearTimeout(timer);
        this.basemapWait = undefined;
        this.stopBasemapWait = undefined;
        this.requestUpdate();
        resolve();
      };
    });
  }

  // ---- basemap from the attribute ----

  private applyBasemapAttribute(): void {
    const asked = this.basemapAsked();
    const url = asked !== null && asked !== 'auto' && !isBasemapName(asked) ? asked : null;
    if (url === this.basemapUrl) return;
    this.basemapRequest?.abort();
    this.basemapRequest = undefined;
    this.basemapUrl = url;
    this.customBasemap = null;
    this.basemapError = null;
    if (url && this.isConnected) this.loadBasemap(url);
  }

  private loadBasemap(url: string): void {
    this.basemapRequest?.abort();
    const controller = new AbortController();
    this.basemapRequest = controller;
    let resolved: string;
    try {
      resolved = new URL(url, document.baseURI).href;
    } catch {
      this.failBasemap({ code: 'network', message: 'The basemap address is not a valid URL' });
      return;
    }
    void fetchJson(resolved, { signal: controller.signal, timeoutMs: this.fetchTimeout, maxBytes: this.maxBytes }).then((loaded) => {
      if (controller.signal.aborted || this.basemapUrl !== url) return;
      this.basemapRequest = undefined;
      if (!loaded.ok) {
        this.failBasemap(loaded.error);
        return;
      }
      const parsed = parseBasemap(loaded.value);
      if (!parsed.ok) {
        this.failBasemap(parsed.error);
        return;
      }
      if (parsed.dropped > 0) {
        this.emit('mig-warning', { code: 'basemap-shapes-dropped', message: `${parsed.dropped} basemap outlines were not usable`, source: 'basemap' });
      }
      this.customBasemap = parsed.basemap;
    });
  }

  private failBasemap(error: DataIssue): void {
    this.basemapError = error;
    this.emit('mig-error', { ...error, source: 'basemap' });
  }

  // ---- dates ----

  private get dates(): readonly string[] {
    return this.frame?.dates ?? [];
  }

  /** Index of the latest data date on or before the shown date. */
  private dateIndex(): number {
    const dates = this.dates;
    const shown = this.model?.date;
    if (!shown || dates.length === 0) return Math.max(0, dates.length - 1);
    const target = periodStart(shown);
    let index = 0;
    dates.forEach((date, i) => {
      if (periodStart(date) <= target) index = i;
    });
    return index;
  }

  private showDateAt(index: number, announce = true): void {
    const dates = this.dates;
    if (dates.length === 0) return;
    const i = Math.max(0, Math.min(dates.length - 1, index));
    this.shownDate = dates[i];
    if (announce) this.announce(formatDate(dates[i]!, this.locale, 'long'));
  }

  private togglePlay(): void {
    if (this.playing) {
      this.stop();
      this.announce(formatDate(this.dates[this.dateIndex()] ?? '', this.locale, 'long'));
      return;
    }
    if (this.dates.length < 2) return;
    this.playing = true;
    // From the start again when already at the end.
    if (this.dateIndex() >= this.dates.length - 1) this.showDateAt(0, false);
    this.schedule();
  }

  /** Step to the next date after a pause; under reduced motion the steps simply change, without transitions. */
  private schedule(): void {
    clearTimeout(this.playTimer);
    this.playTimer = setTimeout(() => {
      if (!this.playing || !this.isConnected) return;
      const next = this.dateIndex() + 1;
      if (next >= this.dates.length) {
        this.stop();
        return;
      }
      this.showDateAt(next, false);
      if (next >= this.dates.length - 1) this.stop();
      else this.schedule();
    }, PLAY_STEP_MS);
  }

  private stop(): void {
    clearTimeout(this.playTimer);
    this.playTimer = undefined;
    this.playing = false;
  }

  // ---- keyboard, pointer, selection ----

  private onKeydown(event: KeyboardEvent): void {
    const model = this.model;
    if (!model) return;
    const current = this.active;
    let next: string | null | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = stepCentre(model.westToEast, current, 1);
        break;
      case 'ArrowLeft':
        next = stepCentre(model.westToEast, current, -1);
        break;
      case 'ArrowDown':
        next = stepCentre(model.byOccupancy, current, 1);
        break;
      case 'ArrowUp':
        // Up means larger; from nowhere it starts at the largest, as Down does.
        next = current === null ? stepCentre(model.byOccupancy, null, 1) : stepCentre(model.byOccupancy, current, -1);
        break;
      case 'Home':
        next = stepCentre(model.byOccupancy, current, -Infinity);
        break;
      case 'End':
        next = stepCentre(model.byOccupancy, current, Infinity);
        break;
      case 'PageUp':
      case 'PageDown':
        if (this.dates.length < 2) return;
        this.stop();
        this.showDateAt(this.dateIndex() + (event.key === 'PageDown' ? 1 : -1));
        event.preventDefault();
        return;
      case 'Enter':
      case ' ':
        if (current) this.select(current);
        event.preventDefault();
        return;
      case 'Escape':
        this.active = null;
        this.selected = null;
        this.hovered = null;
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      this.active = next;
      this.hovered = null;
      const marker = model.byId.get(next);
      if (marker) this.announce(this.describe(marker));
    }
  }

  private get dense(): boolean {
    return (this.model?.markers.length ?? 0) >= DENSE_THRESHOLD;
  }

  /** The centre under the pointer: the symbol hit, or in a grouped drawing the one drawn on top there. */
  private markerAt(event: MouseEvent): string | null {
    if (this.dense && this.model && this.frame) {
      const svgNode = event.currentTarget as SVGSVGElement;
      const box = svgNode.getBoundingClientRect();
      const scale = box.width > 0 ? this.frame.width / box.width : 1;
      return markerAt(this.model.markers, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale)?.id ?? null;
    }
    const target = event.target as Element | null;
    const node = target?.closest?.('[data-id]');
    return node ? node.getAttribute('data-id') : null;
  }

  private onPointerMove(event: PointerEvent): void {
    const id = this.markerAt(event);
    if (id !== this.hovered) this.hovered = id;
  }

  private onClick(event: MouseEvent): void {
    const id = this.markerAt(event);
    if (!id) return;
    this.active = id;
    this.select(id);
  }

  private select(id: string): void {
    const marker = this.model?.byId.get(id);
    if (!marker) return;
    this.selected = id;
    const date = marker.known ? (marker.date ?? this.model?.date) : this.model?.date;
    this.emit('mig-select', {
      id,
      name: marker.name,
      occupancy: marker.occupancy,
      capacity: marker.capacity,
      date: date ?? null,
    });
    this.announce(this.describe(marker));
  }

  /** What a centre's tooltip says, as one sentence for screen readers. */
  private describe(marker: MarkerModel): string {
    const tip = this.tooltipFor(marker);
    return [tip.title, ...tip.lines.map((line) => (line.value ? `${line.label}: ${line.value}` : line.label))].join('; ');
  }

  private tooltipFor(marker: MarkerModel): Tooltip {
    const m = this.messages;
    const unknown = this.words.unknown;
    const count = (value: number | null) => (value === null ? unknown : formatNumber(value, this.locale));
    const lines: Tooltip['lines'] = [{ label: typeLabel(marker, this.locale), value: '' }];
    if (marker.status !== 'open') lines.push({ label: m.statusName(marker.status), value: '' });
    if (!marker.known) {
      lines.push({ label: m.noDataOnDate, value: '' });
    } else {
      lines.push({ label: m.occupancy, value: count(marker.occupancy) });
      lines.push({ label: m.capacity, value: marker.capacityIssue === 'none' ? m.noPlaces : count(marker.capacity) });
      lines.push({
        label: m.rate,
        value: `${rateText(marker, this.locale)}${marker.over ? ` (${m.overCapacity})` : ''}`,
        swatch: `var(--_rate-${marker.rateClass})`,
      });
      if (this.model?.timeline && marker.date) lines.push({ label: m.date, value: formatDate(marker.date, this.locale) });
    }
    return { x: marker.x, y: marker.y, title: marker.name, lines };
  }

  // ---- base hooks ----

  protected tableData(): DataTable | null {
    const model = this.model;
    if (!model) return null;
    if (this.tableCache.markers !== model.markers || this.tableCache.locale !== this.locale) {
      this.tableCache = { markers: model.markers, locale: this.locale, table: mapTable(model, this.locale) };
    }
    return this.tableCache.table;
  }

  protected summaryText(): string {
    const model = this.model;
    if (!model) return '';
    if (this.summaryCache.markers !== model.markers || this.summaryCache.locale !== this.locale) {
      this.summaryCache = { markers: model.markers, locale: this.locale, text: mapSummary(mapFacts(model), this.locale) };
    }
    return this.summaryCache.text;
  }

  protected override exportName(): string {
    const base = super.exportName();
    return this.model?.timeline && this.model.date ? `${base}-${this.model.date}` : base;
  }

  protected override renderControls(): unknown {
    const dates = this.dates;
    if (!this.model?.timeline || dates.length < 2) return nothing;
    const m = this.messages;
    const index = this.dateIndex();
    const label = formatDate(dates[index]!, this.locale, 'long');
    return html`<div class="dates" part="dates" role="group" aria-label=${m.dateControl}>
      <button
        type="button"
        class="play"
        aria-pressed=${this.playing ? 'true' : 'false'}
        aria-label=${this.playing ? m.pause : m.play}
        title=${this.playing ? m.pause : m.play}
        @click=${this.togglePlay}
      >
        ${this.playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        class="previous"
        aria-label=${m.previousDate}
        title=${m.previousDate}
        ?disabled=${index <= 0}
        @click=${() => {
          this.stop();
          this.showDateAt(index - 1);
        }}
      >
        ‹
      </button>
      <input
        type="range"
        min="0"
        max=${dates.length - 1}
        step="1"
        .value=${String(index)}
        aria-label=${m.dateControl}
        aria-valuetext=${label}
        @input=${(event: Event) => {
          this.stop();
          this.showDateAt(Number((event.target as HTMLInputElement).value), false);
        }}
      />
      <button
        type="button"
        class="next"
        aria-label=${m.nextDate}
        title=${m.nextDate}
        ?disabled=${index >= dates.length - 1}
        @click=${() => {
          this.stop();
          this.showDateAt(index + 1);
        }}
      >
        ›
      </button>
      <output aria-live="off">${label}</output>
    </div>`;
  }

  protected override renderLegend(): unknown {
    const frame = this.frame;
    if (!frame) return nothing;
    const m = this.messages;
    const legend = frame.legend;
    const percent = (value: number) => formatPercent(value, this.locale);
    const [t1, t2, t3] = RATE_THRESHOLDS;
    const classLabel: Record<RateClass, string> = {
      r0: m.rateUnder(percent(t1)),
      r1: m.rateBetween(percent(t1), percent(t2)),
      r2: m.rateBetween(percent(t2), percent(t3)),
      r3: m.rateBetween(percent(t3), percent(1)),
      over: m.overCapacity,
      unknown: m.rateUnknown,
    };
    const swatch = (rate: RateClass) =>
      svg`<svg class="legend-key" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
        <path class=${`marker ${rate}`} d=${symbolPath('reception', 5)}></path>
        ${rate === 'over' ? svg`<path class="hatch" d=${symbolPath('reception', 5)} fill="url(#mig-hatch-legend)"></path>` : nothing}
      </svg>`;
    const sizes = legend.sizes;
    const biggest = sizes[0]?.r ?? 0;
    const sizeHeight = Math.ceil(biggest * 2 + 8);
    const sizeWidth = Math.ceil(biggest * 2 + 56);
    // Value labels at the top of each circle, pushed apart so that they never touch.
    let lastY = -Infinity;
    const sizeKeys = sizes.map((size) => {
      const top = sizeHeight - 2 - size.r * 2;
      const y = Math.max(top + 3.5, lastY + 11);
      lastY = y;
      return { ...size, top, y };
    });
    return html`<div class="legend-grid">
      <svg width="0" height="0" aria-hidden="true" focusable="false">
        <defs>${this.hatchPattern('mig-hatch-legend')}</defs>
      </svg>
      ${sizes.length
        ? html`<div class="legend-group" role="group" aria-label=${m.sizeTitle}>
            <span class="legend-title">${m.sizeTitle}</span>
            <svg class="legend-key size-key" width=${sizeWidth} height=${sizeHeight} aria-hidden="true">
              ${sizeKeys.map(
                (size) => svg`<circle cx=${round(biggest + 1)} cy=${round(sizeHeight - 2 - size.r)} r=${round(size.r)}></circle>
                  <polyline points=${`${round(biggest + 1)},${round(size.top)} ${round(biggest * 2 + 6)},${round(size.top)} ${round(biggest * 2 + 10)},${round(size.y - 3.5)}`}></polyline>
                  <text x=${round(biggest * 2 + 12)} y=${round(size.y)}>${formatNumber(size.value, this.locale)}</text>`,
              )}
            </svg>
            <span class="visually-hidden">${sizes.map((size) => formatNumber(size.value, this.locale)).join(', ')}</span>
          </div>`
        : nothing}
      ${legend.classes.length
        ? html`<div class="legend-group" role="group" aria-label=${m.rateTitle}>
            <span class="legend-title">${m.rateTitle}</span>
            <ul class="legend-items">
              ${legend.classes.map((rate) => html`<li>${swatch(rate)}${classLabel[rate]}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="legend-group" role="group" aria-label=${m.typeTitle}>
        <span class="legend-title">${m.typeTitle}</span>
        <ul class="legend-items">
          ${legend.kinds.map(
            (kind) => html`<li>
              <svg class="legend-key" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                <path class="marker kind" d=${symbolPath(kind, 5)}></path>
              </svg>
              ${m.kindName(kind)}
            </li>`,
          )}
          ${legend.statuses.map(
            (status) => html`<li>
              <svg class="legend-key" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                <path class=${`marker ${status}`} d=${symbolPath('asylum', 5)}></path>
              </svg>
              ${m.statusName(status)}
            </li>`,
          )}
        </ul>
      </div>
    </div>
    ${legend.classes.includes('unknown') ? html`<p class="legend-note">${m.capacityUnknownNote}</p>` : nothing}
    ${legend.noPlaces ? html`<p class="legend-note">${m.noPlacesNote}</p>` : nothing}`;
  }

  private hatchPattern(id: string) {
    return svg`<pattern id=${id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line class="hatch-lines" x1="0" y1="0" x2="0" y2="4"></line>
    </pattern>`;
  }

  protected renderChart(): unknown {
    const frame = this.frame;
    const model = this.model;
    if (!frame || !model) return nothing;
    // Room for the picture while it waits for its basemap, so that nothing below moves.
    if (this.basemapWait) return html`<svg width=${frame.width} height=${frame.height} aria-hidden="true"></svg>`;
    const m = this.messages;
    const focusId = this.hovered ?? this.active;
    const focus = focusId ? model.byId.get(focusId) : undefined;
    const footnote = frame.kosovo ? wrap(m.kosovoFootnote, frame.width - 8) : [];
    const height = frame.height + (footnote.length ? footnote.length * FOOTNOTE_LINE + 6 : 0);
    return html`${this.basemapError ? html`<p class="notice" role="status">${m.basemapFailed} (${this.basemapError.code})</p>` : nothing}
      <div
        class="map"
        tabindex="0"
        role="application"
        aria-roledescription=${m.mapLabel(model.markers.length, formatNumber(model.markers.length, this.locale))}
        aria-label=${`${this.text(this.loadedData?.title) || m.mapLabel(model.markers.length, formatNumber(model.markers.length, this.locale))}`}
        aria-describedby="map-keys"
        @keydown=${this.onKeydown}
        @blur=${(event: FocusEvent) => {
          if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.active = null;
        }}
      >
        <svg
          width=${frame.width}
          height=${height}
          viewBox="0 0 ${frame.width} ${height}"
          aria-hidden="true"
          @pointermove=${this.onPointerMove}
          @pointerleave=${() => (this.hovered = null)}
          @click=${this.onClick}
        >
          <defs>${this.hatchPattern('mig-hatch')}</defs>
          <g class="land">
            ${repeat(
              frame.shapes,
              (shape) => shape.key,
              (shape) => svg`<path class=${shape.line ? (shape.focus ? 'line focus' : 'line') : shape.focus ? 'focus' : ''} d=${shape.d}></path>`,
            )}
          </g>
          ${frame.graticule ? svg`<path class="graticule" d=${frame.graticule}></path>` : nothing}
          <g class="country-labels">
            ${model.countryLabels.map(
              (label) => svg`<text x=${round(label.x)} y=${round(label.y)} text-anchor=${label.anchor}>${label.text}</text>`,
            )}
          </g>
          <g class=${this.dense ? 'markers dense' : 'markers'}>${this.dense ? this.renderGroups(model) : repeat(
                  model.markers,
                  (marker) => marker.id,
                  (marker) => this.renderMarker(marker),
                )}</g>
          <g class="labels">
            ${model.labels.map(
              (label) => svg`<text x=${round(label.x)} y=${round(label.y)} text-anchor=${label.anchor}>${label.text}</text>`,
            )}
          </g>
          ${this.renderRing(this.selected ? model.byId.get(this.selected) : undefined, true)} ${this.renderRing(focus, false)}
          ${footnote.length
            ? svg`<g class="footnote">${footnote.map(
                (line, index) => svg`<text x="4" y=${frame.height + 4 + (index + 1) * FOOTNOTE_LINE - 3}>${line}</text>`,
              )}</g>`
            : nothing}
        </svg>
        ${focus ? renderTooltip(this.tooltipFor(focus), { width: frame.width, height: frame.height }) : nothing}
        <p id="map-keys" class="visually-hidden">${m.keyboardHelp}</p>
      </div>
      ${footnote.length ? html`<p class="visually-hidden">${m.kosovoFootnote}</p>` : nothing}`;
  }

  private renderMarker(marker: MarkerModel) {
    // A plain class string: cheaper than a class-map directive on hundreds of symbols.
    let classes = `marker ${marker.rateClass} ${marker.kind}`;
    if (marker.over && marker.rateClass !== 'over') classes += ' over';
    if (marker.status !== 'open') classes += ` ${marker.status}`;
    if (!marker.known) classes += ' nodata';
    // Paths placed in their own data (no transform, no group): fewer elements and attributes to style and lay out.
    const d = marker.path;
    if (!marker.over || marker.status !== 'open') return svg`<path class=${classes} data-id=${marker.id} d=${d}></path>`;
    return svg`<path class=${classes} data-id=${marker.id} d=${d}></path><path class="hatch" d=${d} fill="url(#mig-hatch)"></path>`;
  }

  /** Thousands of centres: a few grouped paths (see core/layout/map/dense.ts). */
  private renderGroups(model: CentresModel) {
    if (this.groupsCache.markers !== model.markers) this.groupsCache = { markers: model.markers, groups: markerGroups(model.markers) };
    return this.groupsCache.groups.map(
      (group) => svg`<path class=${`marker ${group.look === 'over' ? 'r3 over' : group.look}`} data-look=${group.look} d=${group.d}></path>
        ${group.look === 'over' ? svg`<path class="hatch" d=${group.d} fill="url(#mig-hatch)"></path>` : nothing}`,
    );
  }

  private renderRing(marker: MarkerModel | undefined, selected: boolean) {
    if (!marker) return nothing;
    return svg`<circle class=${selected ? 'ring selected' : 'ring'} cx=${round(marker.x)} cy=${round(marker.y)} r=${round(marker.r + (selected ? 5 : 3.5))}></circle>`;
  }
}
