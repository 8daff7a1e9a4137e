import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { toCsv } from '../../core/data/csv.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchJson, parseJsonText, type Loaded } from '../../core/data/load.ts';
import type { DataIssue, DatasetMeta, Source, Text, Validation } from '../../core/data/types.ts';
import { formatDate, formatNumber, warmFormatters } from '../../core/text/format.ts';
import { normaliseLocale } from '../../core/text/locale.ts';
import { baseMessages } from '../../core/text/messages/base.ts';
import { messagesFor } from '../../core/text/messages/catalogue.ts';
import { pickText } from '../../core/text/pick.ts';
import { fileSlug, saveBlob } from './downloads.ts';
import { onLanguageChange, onReducedMotion, onResize, resolveLanguage, whenIdle } from './environment.ts';
import { baseStyles } from './styles.ts';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
export type ExportFormat = 'csv' | 'svg' | 'png';

/** A table view of the data, shared by the table toggle and the CSV download. */
export interface DataTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[]; values: (string | number | null)[] }[];
}

/** Rows drawn in the table view; the CSV download always has all of them. */
const TABLE_ROW_LIMIT = 1000;
/** Warnings sent as individual mig-warning events; the rest are counted in one more. */
const WARNING_EVENT_LIMIT = 20;

/**
 * The shared base of every widget: data loading (property, child JSON script, `src`),
 * validation, state, events, language, size, theme, and the frame around the picture
 * (title, toolbar, error, table view, summary, source footer, downloads).
 *
 * @fires mig-load - Data accepted and drawn. `detail`: counts of what was drawn.
 * @fires mig-error - Data could not be loaded or used. `detail`: `{ code, message, path? }`.
 * @fires mig-warning - Data accepted with rows dropped or a link removed. `detail`: `{ code, message, path? }`.
 * @csspart title - The dataset title.
 * @csspart subtitle - The dataset subtitle.
 * @csspart chart - The picture.
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart summary - The generated plain-language summary.
 * @csspart source - The footer with source, note and licence.
 * @csspart error - The error message.
 * @csspart toolbar - The row of buttons (table toggle, downloads).
 * @cssprop --mig-font - Font family (inherits from the page by default).
 * @cssprop --mig-font-size - Base font size.
 * @cssprop --mig-fg - Text colour.
 * @cssprop --mig-bg - Background colour.
 * @cssprop --mig-muted - Secondary text colour.
 * @cssprop --mig-grid - Grid line and border colour.
 * @cssprop --mig-surface - Button and panel background.
 * @cssprop --mig-accent - Links and highlights.
 * @cssprop --mig-focus - Focus ring colour.
 * @cssprop --mig-warn - Warning colour.
 * @cssprop --mig-danger - Error and over-capacity colour.
 * @cssprop --mig-series-1 - First series colour (up to --mig-series-8).
 * @cssprop --mig-radius - Corner radius.
 * @cssprop --mig-space - Base spacing.
 */
export abstract class MigElement<TData extends DatasetMeta> extends LitElement {
  static override styles = baseStyles;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    fetchTimeout: { attribute: 'fetch-timeout', type: Number },
    maxBytes: { attribute: 'max-bytes', type: Number },
    initialWidth: { attribute: 'initial-width', type: Number },
    state: { reflect: true },
    loadedData: { state: true, attribute: false },
    locale: { state: true, attribute: false },
    width: { state: true, attribute: false },
    measured: { state: true, attribute: false },
    height: { state: true, attribute: false },
    reducedMotion: { state: true, attribute: false },
    showTable: { state: true, attribute: false },
    error: { state: true, attribute: false },
    droppedRows: { state: true, attribute: false },
    liveMessage: { state: true, attribute: false },
  };

  /**
   * The dataset as an object (never an attribute), or a promise of it. Setting it replaces any
   * earlier source.
   */
  declare data: unknown;

  /** URL of a JSON dataset to fetch. Setting it replaces any earlier source. */
  declare src: string | null;

  /** `light`, `dark` or `auto` (follows the reader's colour-scheme preference). */
  declare theme: 'light' | 'dark' | 'auto';

  /** Heading level of the title (1–6), to fit the host page's outline. */
  declare headingLevel: number;

  /** Milliseconds before a `src` request gives up with `timeout`. */
  declare fetchTimeout: number;

  /** Largest `src` response accepted, in bytes (`too-large` above). */
  declare maxBytes: number;

  /**
   * Width in px to draw at until the element has measured its container: on a server, and in
   * the first render of a pre-rendered element, so that the browser takes over the same picture.
   */
  declare initialWidth: number | null;

  /** `loading`, `ready`, `empty` or `error` (reflected; read-only for embedders). */
  declare state: WidgetState;

  /** The last good validated dataset: kept when a later update fails. */
  protected declare loadedData: TData | undefined;
  /** Canonical BCP 47 tag of the page language that applies to this element. */
  protected declare locale: string;
  /** Content width of the host in px (0 until measured, e.g. during server rendering). */
  protected declare width: number;
  /**
   * Whether the element's size is known (measured once, or given by `initial-width`, or on a
   * server): until then a widget that draws to its width has nothing to show, and `mig-load` waits.
   */
  protected declare measured: boolean;
  /** Content height of the host in px (0 until measured). */
  protected declare height: number;
  protected declare reducedMotion: boolean;
  protected declare showTable: boolean;
  protected declare error: DataIssue | undefined;
  protected declare droppedRows: number;
  private declare liveMessage: string;

  constructor() {
    super();
    this.src = null;
    this.theme = 'auto';
    this.headingLevel = 2;
    this.fetchTimeout = DEFAULT_TIMEOUT_MS;
    this.maxBytes = DEFAULT_MAX_BYTES;
    this.initialWidth = null;
    this.state = 'empty';
    this.locale = 'en';
    this.width = 0;
    this.measured = isServer;
    this.height = 0;
    this.reducedMotion = false;
    this.showTable = false;
    this.droppedRows = 0;
    this.liveMessage = '';
  }

  /** Increases with every new data source; a late answer for an older one is ignored. */
  private generation = 0;
  private request: AbortController | undefined;
  /** A request was in flight when the element was removed. */
  private interrupted = false;
  private cleanups: (() => void)[] = [];
  private childObserver: MutationObserver | undefined;
  private pendingLoad: Record<string, number> | undefined;

  /** Validate raw JSON into this widget's contract. */
  protected abstract validate(raw: unknown): Validation<TData>;
  /** Counts for the `mig-load` detail (e.g. `{ series: 3, points: 2190 }`). */
  protected abstract loadDetail(data: TData): Record<string, number>;
  /** The picture, placed inside `part="chart"`. */
  protected abstract renderChart(): unknown;
  /** The data as a table, for the table view and the CSV download. */
  protected abstract tableData(): DataTable | null;
  /** A plain-language summary in the page language. */
  protected abstract summaryText(): string;

  /** Whether a valid dataset has nothing to draw. */
  protected isEmpty(_data: TData): boolean {
    return false;
  }
  private cancelWarmUp: (() => void) | undefined;

  /** Make what the first picture will need (formatters in the page's language) while waiting for data. */
  protected warmUp(): void {
    warmFormatters(this.locale);
  }

  /**
   * Whether the picture is complete: `mig-load` waits until it is (e.g. a map whose basemap is
   * still loading). A widget that draws in steps overrides this and re-renders when done.
   */
  protected isDrawn(): boolean {
    return true;
  }
  /** Optional legend, placed in `part="legend"`. */
  protected renderLegend(): unknown {
    return nothing;
  }
  /** Optional widget controls above the chart (filters, date slider …). */
  protected renderControls(): unknown {
    return nothing;
  }
  /** Which downloads this widget offers: the data as CSV (a picture adds SVG and PNG, see MigPictureElement). */
  protected exportFormats(): ExportFormat[] {
    return ['csv'];
  }
  /** Base of download file names. */
  protected exportName(): string {
    return fileSlug(this.text(this.loadedData?.title), this.localName);
  }

  /** A dataset Text in the page language. */
  protected text(value: Text | undefined): string {
    return pickText(value, this.locale);
  }

  protected get words() {
    return messagesFor(baseMessages, this.locale);
  }

  /** Dispatch a bubbling, composed event, unless the element has left the page. */
  protected emit(type: string, detail: object): void {
    if (!this.isConnected) return;
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Say `message` to screen readers through a polite live region. */
  protected announce(message: string): void {
    // A trailing no-break space toggles so a repeated message is announced again.
    this.liveMessage = message === this.liveMessage.trimEnd() && !this.liveMessage.endsWith('\u00a0') ? `${message}\u00a0` : message;
  }

  /**
   * A pre-rendered (declarative) shadow root is taken over as it is when Lit's hydration support
   * is loaded. Otherwise Lit would render before the server's DOM, showing the picture twice:
   * the server's DOM is removed here, just before the first render draws the same picture.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const preRendered = !isServer && this.shadowRoot !== null && this.shadowRoot.firstChild !== null;
    const root = super.createRenderRoot();
    // Hydration leaves `renderBefore` unset; a plain first render puts it at the server's first node.
    if (preRendered && root === this.shadowRoot && this.renderOptions.renderBefore) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLanguage(this);
    const motion = onReducedMotion((reduced) => (this.reducedMotion = reduced));
    this.reducedMotion = motion.reduced;
    this.cleanups.push(
      motion.unsubscribe,
      onLanguageChange(() => (this.locale = resolveLanguage(this))),
      onResize(this, (width, height) => {
        // A hidden element measures 0: keep the last real width rather than collapsing the picture.
        if (width > 0) this.width = width;
        this.height = height;
        this.measured = true;
      }),
    );
    // Waiting for data: make this language's formatters while the page is idle.
    if (!this.loadedData) {
      this.cancelWarmUp = whenIdle(() => this.warmUp());
      this.cleanups.push(() => this.cancelWarmUp?.());
    }
    this.childObserver = new MutationObserver(() => this.readChildScript());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.data === undefined && !this.src) this.readChildScript();
    // The child script changed while the element was away: it is the newest source.
    else if (this.hasUpdated && this.scriptChangedWhileAway()) this.readChildScript();
    // Re-inserted while its request was cut off by the removal, or `src` changed while away: ask now.
    else if (this.hasUpdated && this.interrupted && this.src) this.loadSrc(this.src);
    this.interrupted = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.interrupted = this.request !== undefined;
    this.scriptAtRemoval = this.childScriptText();
    this.cancelRequest();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server calls no connectedCallback and has no document: the element's own `lang` decides.
    if (isServer) this.locale = normaliseLocale(this.getAttribute('lang'));
    if (!this.width && this.initialWidth && this.initialWidth > 0) {
      this.width = Math.round(this.initialWidth);
      this.measured = true;
    }
    if (changed.has('data') && this.data !== undefined) {
      this.cancelRequest();
      const generation = ++this.generation;
      if (isThenable(this.data)) this.awaitData(this.data, generation);
      else this.accept(this.data);
    } else if (changed.has('src')) {
      // Set while the element is out of the page: fetched when it is inserted again.
      if (!this.isConnected) this.interrupted = Boolean(this.src);
      else if (this.src) this.loadSrc(this.src);
      else if (changed.get('src')) this.cancelRequest();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingLoad && this.isDrawn()) {
      const detail = this.pendingLoad;
      this.pendingLoad = undefined;
      this.emit('mig-load', detail);
    }
  }

  private childScriptText(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }
  private scriptAtRemoval: string | undefined;
  private scriptChangedWhileAway(): boolean {
    const source = this.childScriptText();
    return source !== undefined && source !== this.scriptAtRemoval;
  }

  private readChildScript(): void {
    const source = this.childScriptText();
    if (source === undefined) return;
    if (source === this.childSource) return;
    this.childSource = source;
    this.cancelRequest();
    this.generation++;
    this.acceptLoaded(parseJsonText(source));
  }
  private childSource: string | undefined;

  private loadSrc(url: string): void {
    this.cancelRequest();
    const generation = ++this.generation;
    const controller = new AbortController();
    this.request = controller;
    this.state = 'loading';
    let resolved: string;
    try {
      resolved = new URL(url, document.baseURI).href;
    } catch {
      this.acceptLoaded({ ok: false, error: { code: 'network', message: 'The data address is not a valid URL' } });
      return;
    }
    void fetchJson(resolved, { signal: controller.signal, timeoutMs: this.fetchTimeout, maxBytes: this.maxBytes }).then((loaded) => {
      if (generation !== this.generation || controller.signal.aborted) return;
      this.request = undefined;
      this.acceptLoaded(loaded);
    });
  }

  /** `data` may be a promise of the dataset (e.g. from a framework's own fetch). */
  private awaitData(pending: PromiseLike<unknown>, generation: number): void {
    this.state = 'loading';
    const current = () => generation === this.generation && this.isConnected;
    Promise.resolve(pending).then(
      (value) => current() && this.accept(value),
      (reason: unknown) => current() && this.fail({ code: 'network', message: String((reason as Error)?.message ?? reason) }),
    );
  }

  private cancelRequest(): void {
    this.request?.abort();
    this.request = undefined;
  }

  private acceptLoaded(loaded: Loaded): void {
    if (loaded.ok) this.accept(loaded.value);
    else this.fail(loaded.error);
  }

  private accept(raw: unknown): void {
    // Too late to prepare ahead: the picture makes what it needs now.
    this.cancelWarmUp?.();
    const result = this.validate(raw);
    this.reportWarnings(result.warnings);
    if (!result.ok) {
      this.fail(result.error);
      return;
    }
    this.loadedData = result.value;
    this.error = undefined;
    this.droppedRows = result.warnings.filter((warning) => warning.code !== 'unsafe-url').length;
    this.state = this.isEmpty(result.value) ? 'empty' : 'ready';
    this.pendingLoad = this.loadDetail(result.value);
  }

  private fail(error: DataIssue): void {
    this.error = error;
    this.state = 'error';
    this.emit('mig-error', { ...error });
  }

  private reportWarnings(warnings: DataIssue[]): void {
    warnings.slice(0, WARNING_EVENT_LIMIT).forEach((warning) => this.emit('mig-warning', { ...warning }));
    if (warnings.length > WARNING_EVENT_LIMIT) {
      this.emit('mig-warning', { code: 'more-warnings', message: `${warnings.length - WARNING_EVENT_LIMIT} more warnings` });
    }
  }

  private async download(format: ExportFormat): Promise<void> {
    try {
      await this.saveExport(format, this.exportName());
    } catch (error) {
      this.emit('mig-error', { code: 'export-failed', message: (error as Error).message });
    }
  }

  /** Save the download `format` as `name` plus its extension; throws what went wrong. */
  protected async saveExport(format: ExportFormat, name: string): Promise<void> {
    if (format !== 'csv') throw new Error('No picture');
    const table = this.tableData();
    if (!table) throw new Error('No table');
    const csv = toCsv(
      table.columns.map((column) => column.label),
      table.rows.map((row) => row.values),
    );
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  }

  override render() {
    const words = this.words;
    const data = this.loadedData;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = this.text(data?.title);
    const subtitle = this.text(data?.subtitle);
    return html`<div class="frame" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${title ? html`<div part="title" class="title" role="heading" aria-level=${level}>${title}</div>` : nothing}
      ${subtitle ? html`<p part="subtitle" class="subtitle">${subtitle}</p>` : nothing}
      ${this.renderError()} ${data ? this.renderToolbar() : nothing}
      <div class="body">${this.renderBody()}</div>
      ${data && this.state !== 'empty' ? html`<div part="legend" class="legend">${this.renderLegend()}</div>` : nothing}
      ${data && this.state !== 'empty'
        ? html`<p part="summary" class="summary" aria-label=${words.summary}>${this.summaryText()}</p>`
        : nothing}
      ${data ? this.renderFooter(data) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveMessage}</div>
    </div>`;
  }

  private renderBody() {
    const words = this.words;
    if (!this.loadedData) {
      if (this.state === 'loading') return html`<div class="placeholder">${words.loading}</div>`;
      if (this.state === 'error') return nothing;
      return html`<div class="placeholder">${words.empty}</div>`;
    }
    if (this.state === 'empty') return html`<div class="placeholder">${words.empty}</div>`;
    if (this.showTable) return this.renderTable();
    return html`<div part="chart">${this.renderChart()}</div>`;
  }

  private renderError() {
    const error = this.error;
    if (!error) return nothing;
    const words = this.words;
    return html`<div part="error" role="alert">
      <strong>${words.errorTitle}</strong>
      ${words.errorReason(error.code)} ${this.loadedData ? words.keptPrevious : nothing}
      <br /><code>${error.code}${error.path ? ` ${error.path}` : ''}: ${error.message}</code>
    </div>`;
  }

  private renderToolbar() {
    const words = this.words;
    const formats = this.exportFormats();
    const empty = this.state === 'empty';
    return html`<div part="toolbar" class="toolbar">
      <div class="controls">${empty ? nothing : this.renderControls()}</div>
      ${empty
        ? nothing
        : html`<button type="button" class="table-toggle" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
            ${this.showTable ? words.showChart : words.showTable}
          </button>`}
      ${formats.length && !empty
        ? html`<details class="menu">
            <summary>${words.download}</summary>
            <div class="menu-items">
              ${formats.map(
                (format) =>
                  html`<button type="button" data-format=${format} @click=${() => void this.download(format)}>
                    ${format === 'csv' ? words.downloadCsv : format === 'svg' ? words.downloadSvg : words.downloadPng}
                  </button>`,
              )}
            </div>
          </details>`
        : nothing}
    </div>`;
  }

  private renderTable() {
    const table = this.tableData();
    if (!table) return nothing;
    const rows = table.rows.length > TABLE_ROW_LIMIT ? table.rows.slice(0, TABLE_ROW_LIMIT) : table.rows;
    const [first, ...rest] = table.columns;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${table.caption}>
      <table part="table">
        <caption>
          ${table.caption}
          ${rows.length < table.rows.length
            ? ` (${formatNumber(rows.length, this.locale)} / ${formatNumber(table.rows.length, this.locale)})`
            : nothing}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col" class=${column.numeric ? 'numeric' : ''}>${column.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row" class=${first?.numeric ? 'numeric' : ''}>${row.cells[0]}</th>
              ${rest.map((column, index) => html`<td class=${column.numeric ? 'numeric' : ''}>${row.cells[index + 1]}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderFooter(data: TData) {
    const words = this.words;
    const note = this.text(data.note);
    const sources = data.source;
    if (!sources.length && !note && !this.droppedRows) return nothing;
    // A div, not <footer>: several widgets on one page must not add contentinfo landmarks.
    return html`<div part="source" class="footer">
      ${sources.length
        ? html`<p>
            ${sources.length > 1 ? words.sources : words.source}:
            ${sources.map((source, index) => html`${index ? '; ' : ''}${this.renderSource(source)}`)}
          </p>`
        : nothing}
      ${note ? html`<p>${words.note}: ${note}</p>` : nothing}
      ${this.droppedRows ? html`<p>${words.rowsLeftOut(this.droppedRows, formatNumber(this.droppedRows, this.locale))}</p>` : nothing}
    </div>`;
  }

  private renderSource(source: Source) {
    const name = this.text(source.name);
    const licence = this.text(source.licence);
    return html`${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${name}</a>` : name}${source.date
      ? ` (${formatDate(source.date, this.locale)})`
      : ''}${licence ? `, ${this.words.licence}: ${licence}` : ''}`;
  }
}
