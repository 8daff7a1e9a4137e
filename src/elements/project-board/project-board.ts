import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { validateProjects } from '../../core/data/contracts/projects.ts';
import { periodStart } from '../../core/data/dates.ts';
import type { Project, ProjectsData, Validation } from '../../core/data/types.ts';
import {
  type BoardCard,
  type BoardEntry,
  type BoardFacts,
  type BoardFilter,
  type BoardGroup,
  type BoardIndex,
  type BoardLayout,
  type BoardStatus,
  BOARD_LAYOUTS,
  BOARD_STATUSES,
  boardFacts,
  boardSummary,
  boardTable,
  createBoardQuery,
  effectiveLayout,
  FIRST_PAGE_SIZE,
  foldKey,
  formatSort,
  formatStatuses,
  groupByStatus,
  indexProjects,
  isFiltered,
  isNavigationKey,
  moveFocus,
  PAGE_SIZE,
  parseLayout,
  parseSort,
  parseStatuses,
  projectCard,
  safeHref,
  warmBoardFormatters,
} from '../../core/layout/board/index.ts';
import { formatNumber } from '../../core/text/format.ts';
import { type BoardMessages, boardMessages } from '../../core/text/messages/board.ts';
import { messagesFor } from '../../core/text/messages/catalogue.ts';
import { type DataTable, MigElement } from '../base/mig-element.ts';
import { boardStyles } from './styles.ts';

/** Sort choices offered, in attribute form. */
const SORT_CHOICES = ['', '-start', 'start', '-end', 'end', '-budget', 'budget', 'title', '-title'] as const;
/** Typing settles for this long before the result count is announced. */
const ANNOUNCE_DELAY_MS = 600;

/** One fact of a card (a term and its description), left out when it has no value. */
const fact = (label: string, value: string): TemplateResult | typeof nothing => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);

/** A choice of a select: ?selected for server-rendered HTML; .selected keeps the live choice in the browser. */
const option = (value: string, label: string, selected: boolean): TemplateResult =>
  html`<option value=${value} ?selected=${selected} .selected=${isServer ? nothing : selected}>${label}</option>`;

/** One column (or the single list) as drawn: the cards rendered now and how many wait behind "show more". */
interface DrawnGroup {
  readonly status: BoardStatus | 'all';
  readonly entries: readonly BoardEntry[];
  readonly shown: readonly BoardEntry[];
}

/**
 * Projects by status (columns), as a list or as a table: donors, budget, period, progress, link.
 * Filters (status, donor, country, theme, text) and sort are attributes, so an embed can preset
 * them, and are written back when a reader changes them. Each column first draws a screen's worth
 * of cards (`FIRST_PAGE_SIZE`; a list or table twice that); "show more" adds `PAGE_SIZE` at a time.
 *
 * @fires mig-select - A project was selected (click, Space, or Enter on a card without a link). `detail`: `{ id, title, status }`.
 * @csspart card - A project card (also `card selected` when selected).
 * @csspart badge - The status badge of a card.
 * @csspart column - A status column.
 * @csspart filters - The filter and sort controls.
 * @cssprop --mig-board-column-width - Smallest width of a status column (default 15rem).
 */
export class MigProjectBoard extends MigElement<ProjectsData> {
  static override styles = [...MigElement.styles, boardStyles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    status: { reflect: true },
    donor: { reflect: true },
    country: { reflect: true },
    projectTheme: { attribute: 'project-theme', reflect: true },
    query: { reflect: true },
    sort: { reflect: true },
    today: { reflect: true },
    extra: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    selectedId: { state: true, attribute: false },
  };

  /** `columns` (one per status), `list` or `table`. Columns become a list below 600 px. */
  declare layout: BoardLayout;
  /** Statuses to show, comma-separated (`active,planned`); none = all. Includes `other`. */
  declare status: string | null;
  /** A donor's name, in any language it is written in. */
  declare donor: string | null;
  /** An ISO 3166-1 alpha-2 country code. */
  declare country: string | null;
  /** A project theme, in any language it is written in. (`theme` is the colour theme.) */
  declare projectTheme: string | null;
  /** Free-text search: case, accents and script (Latin/Cyrillic) do not matter. */
  declare query: string | null;
  /** `start`, `end`, `budget` or `title`; prefix `-` for descending. None = as listed. */
  declare sort: string | null;
  /** ISO date that "time elapsed" progress is measured at (default: the current date). */
  declare today: string | null;

  /** Cards rendered per group beyond the first page ("show more"), by group. */
  private declare extra: Readonly<Record<string, number>>;
  /** The card that holds the roving tab stop. */
  private declare activeId: string | null;
  private declare selectedId: string | null;

  constructor() {
    super();
    this.layout = 'columns';
    this.status = null;
    this.donor = null;
    this.country = null;
    this.projectTheme = null;
    this.query = null;
    this.sort = null;
    this.today = null;
    this.extra = {};
    this.activeId = null;
    this.selectedId = null;
  }

  private index: BoardIndex | undefined;
  private readonly runQuery = createBoardQuery();
  private entries: readonly BoardEntry[] = [];
  private filter: BoardFilter | undefined;
  private drawn: DrawnGroup[] = [];
  private shownLayout: BoardLayout = 'columns';
  private todayMs = Date.now();
  /** Card models by id, for the current dataset, locale and date. */
  private cards = new Map<string, BoardCard>();
  /** Summary facts, kept while the filtered set is the same (a new sort order does not change them). */
  private facts: { key: string; index: BoardIndex; facts: BoardFacts } | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Focus the active card after the next render (keyboard moves that needed a render first). */
  private focusPending = false;

  private get m(): BoardMessages {
    return messagesFor(boardMessages, this.locale);
  }

  protected validate(raw: unknown): Validation<ProjectsData> {
    return validateProjects(raw);
  }

  protected loadDetail(data: ProjectsData): Record<string, number> {
    return { projects: data.projects.length };
  }

  protected override isEmpty(data: ProjectsData): boolean {
    return data.projects.length === 0;
  }

  protected override warmUp(): void {
    super.warmUp();
    warmBoardFormatters(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** Cards flow to any height: a change of the host's height alone redraws nothing. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return (changed.size !== 1 || !changed.has('height')) && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loadedData;
    if (!data) return;
    const todayMs = this.today ? periodStart(this.today) : NaN;
    const today = Number.isNaN(todayMs) ? this.todayMs : todayMs;
    if (!this.index || this.index.data !== data || this.index.locale !== this.locale || today !== this.todayMs) {
      this.index = indexProjects(data, this.locale);
      this.todayMs = today;
      this.cards = new Map();
    }
    const filter: BoardFilter = {
      statuses: parseStatuses(this.status),
      donor: this.donor ?? '',
      country: this.country ?? '',
      theme: this.projectTheme ?? '',
      query: this.query ?? '',
    };
    const previous = this.entries;
    this.entries = this.runQuery(this.index, filter, parseSort(this.sort));
    this.filter = filter;
    if (previous !== this.entries && previous.length) this.extra = {};
    this.shownLayout = effectiveLayout(parseLayout(this.layout), this.width);
    this.drawn = this.drawGroups();
    const activeId = this.activeId;
    const drawn = (group: DrawnGroup) => group.shown.some((entry) => entry.id === activeId);
    if (!activeId || !this.drawn.some(drawn)) this.activeId = this.drawn.find((group) => group.shown.length)?.shown[0]!.id ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPending) {
      this.focusPending = false;
      this.focusActive();
    }
  }

  private drawGroups(): DrawnGroup[] {
    const take = (key: string, entries: readonly BoardEntry[], page: number) =>
      entries.slice(0, page + (this.extra[key] ?? 0));
    if (this.shownLayout === 'columns') {
      return groupByStatus(this.entries).map((group: BoardGroup) => ({
        status: group.status,
        entries: group.entries,
        shown: take(group.status, group.entries, FIRST_PAGE_SIZE),
      }));
    }
    // A list or table starts with twice as many rows as a column: it is one long run, not six.
    return [{ status: 'all', entries: this.entries, shown: take('all', this.entries, FIRST_PAGE_SIZE * 2) }];
  }

  private card(entry: BoardEntry): BoardCard {
    let card = this.cards.get(entry.id);
    if (!card) {
      card = projectCard(entry.project, this.locale, this.todayMs, this.m);
      this.cards.set(entry.id, card);
    }
    return card;
  }

  /** "Showing 5 of 22 projects" while filters hide some; null when all are shown. */
  private showing(index: BoardIndex): string | null {
    const total = index.entries.length;
    const count = this.entries.length;
    return count < total ? this.m.showing(formatNumber(count, this.locale), total, formatNumber(total, this.locale)) : null;
  }

  // ---- base hooks: table, summary -------------------------------------------------------

  protected tableData(): DataTable | null {
    if (!this.index) return null;
    const m = this.m;
    return boardTable(
      this.entries.map((entry) => ({ project: entry.project, card: this.card(entry) })),
      this.showing(this.index) ?? m.tableCaption,
      this.locale,
      m,
    );
  }

  protected summaryText(): string {
    if (!this.index || !this.filter) return '';
    const { statuses, donor, country, theme, query } = this.filter;
    const key = JSON.stringify([statuses, donor, country, theme, query]);
    if (this.facts?.key !== key || this.facts.index !== this.index) {
      const projects: Project[] = this.entries.map((entry) => entry.project);
      this.facts = { key, index: this.index, facts: boardFacts(projects, this.index.entries.length, isFiltered(this.filter), this.locale) };
    }
    return boardSummary(this.facts.facts, this.locale, this.m);
  }

  // ---- reader input -------------------------------------------------------------------

  /** After a reader changes a filter: tell screen readers how many projects remain. */
  private announceResults(delay = 0): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = this.entries.length;
      this.announce(this.m.resultsAnnounced(count, formatNumber(count, this.locale)));
    }, delay);
  }

  private onQuery(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.query = value.trim() ? value : null;
    this.announceResults(ANNOUNCE_DELAY_MS);
  }

  private toggleStatus(status: BoardStatus): void {
    const current = parseStatuses(this.status);
    const next = current.includes(status) ? current.filter((s) => s !== status) : [...current, status];
    this.status = next.length ? formatStatuses(parseStatuses(next.join(','))) : null;
    this.announceResults();
  }

  private onSelect(key: 'donor' | 'country' | 'projectTheme' | 'sort' | 'layout', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (key === 'layout') this.layout = parseLayout(value);
    else this[key] = value || null;
    if (key !== 'sort' && key !== 'layout') this.announceResults();
  }

  private clearFilters(): void {
    this.status = this.donor = this.country = this.projectTheme = this.query = null;
    this.announceResults();
  }

  private showMore(key: string, count: number): void {
    this.extra = { ...this.extra, [key]: (this.extra[key] ?? 0) + count };
  }

  private select(entry: BoardEntry): void {
    this.selectedId = entry.id;
    this.activeId = entry.id;
    this.emit('mig-select', { id: entry.id, title: this.card(entry).title, status: entry.project.status });
  }

  private entryOf(element: Element | null): BoardEntry | undefined {
    const id = element?.closest<HTMLElement>('[data-id]')?.dataset.id;
    return id === undefined ? undefined : this.index?.byId.get(id);
  }

  private onCardClick(event: MouseEvent): void {
    // The link does its own thing; a click anywhere else on the card selects it.
    if ((event.target as Element).closest('a')) return;
    const entry = this.entryOf(event.target as Element);
    if (entry) this.select(entry);
  }

  private onFocusIn(event: FocusEvent): void {
    const entry = this.entryOf(event.target as Element);
    if (entry && entry.id !== this.activeId) this.activeId = entry.id;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[data-id]');
    if (!item || event.altKey) return;
    const entry = this.entryOf(item);
    if (!entry) return;
    const onItem = target === item;
    if (onItem && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      const link = item.querySelector<HTMLAnchorElement>('a[href]');
      // Enter follows the link when there is one (the same check as rendering), otherwise selects.
      if (event.key === 'Enter' && link && safeHref(link.href)) link.click();
      else this.select(entry);
      return;
    }
    if (!isNavigationKey(event.key)) return;
    const columns = this.drawn.map((group) => group.shown.map((shown) => shown.id));
    const rtl = this.isRightToLeft();
    let next = moveFocus(columns, entry.id, event.key, { whole: event.ctrlKey || event.metaKey, rtl });
    if (next === null && event.key === 'ArrowDown') {
      // At the last rendered card of a group with more waiting: render the next page and go on.
      const group = this.drawn.find((drawn) => drawn.shown.at(-1)?.id === entry.id);
      const following = group && group.entries[group.shown.length];
      if (group && following) {
        this.showMore(group.status, PAGE_SIZE);
        next = following.id;
      }
    }
    event.preventDefault();
    if (next === null) return;
    this.activeId = next;
    this.focusPending = true;
    this.requestUpdate();
  }

  /** `:dir()` answers from the DOM alone, where computed style would first bring style up to date. */
  private isRightToLeft(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return getComputedStyle(this).direction === 'rtl';
    }
  }

  private focusActive(): void {
    if (!this.activeId) return;
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')) {
      if (element.dataset.id === this.activeId) {
        element.focus();
        return;
      }
    }
  }

  // ---- rendering ----------------------------------------------------------------------

  protected override renderControls(): unknown {
    const index = this.index;
    if (!index) return nothing;
    const m = this.m;
    const statuses = parseStatuses(this.status);
    const sort = formatSort(parseSort(this.sort));
    const facet = (key: 'donor' | 'country' | 'projectTheme', label: string, any: string, facets: BoardIndex['donors']) => {
      const current = (this[key] ?? '').trim();
      if (facets.length < 2 && !current) return nothing;
      // A preset value matches its option whatever its case, accents or script.
      const folded = current && foldKey(current);
      const selected = (folded && facets.find((f) => foldKey(f.value) === folded)?.value) || current;
      return html`<label class="field">
        <span class="label">${label}</span>
        <select @change=${(event: Event) => this.onSelect(key, event)}>
          ${option('', any, !selected)}
          ${facets.map((f) => option(f.value, `${f.label} (${formatNumber(f.count, this.locale)})`, f.value === selected))}
          ${selected && !facets.some((f) => f.value === selected) ? option(selected, selected, true) : nothing}
        </select>
      </label>`;
    };
    return html`<div class="filters" part="filters" role="search" aria-label=${m.filters}>
      <label class="field search">
        <span class="label">${m.search}</span>
        <input type="search" .value=${this.query ?? ''} @input=${this.onQuery} autocomplete="off" spellcheck="false" />
      </label>
      <fieldset class="statuses">
        <legend class="label">${m.statusLabel}</legend>
        ${BOARD_STATUSES.filter((status) => index.statuses.has(status) || statuses.includes(status)).map(
          (status) => html`<button
            type="button"
            class="chip status-${status}"
            aria-pressed=${statuses.includes(status) ? 'true' : 'false'}
            @click=${() => this.toggleStatus(status)}
          >
            ${m.status(status)}
          </button>`,
        )}
      </fieldset>
      ${facet('donor', m.donor, m.anyDonor, index.donors)} ${facet('country', m.country, m.anyCountry, index.countries)}
      ${facet('projectTheme', m.theme, m.anyTheme, index.themes)}
      <label class="field">
        <span class="label">${m.sort}</span>
        <select @change=${(event: Event) => this.onSelect('sort', event)} aria-describedby=${sort.endsWith('budget') ? 'budget-note' : nothing}>
          ${SORT_CHOICES.map((choice) => option(choice, m.sortName(choice), choice === sort))}
        </select>
      </label>
      <label class="field">
        <span class="label">${m.layout}</span>
        <select @change=${(event: Event) => this.onSelect('layout', event)}>
          ${BOARD_LAYOUTS.map((layout) => option(layout, m.layoutName(layout), layout === parseLayout(this.layout)))}
        </select>
      </label>
      ${this.filter && isFiltered(this.filter) ? html`<button type="button" class="clear" @click=${this.clearFilters}>${m.clearFilters}</button>` : nothing}
      ${sort.endsWith('budget') ? html`<p class="note" id="budget-note">${m.budgetSortNote}</p>` : nothing}
    </div>`;
  }

  protected renderChart(): unknown {
    const index = this.index;
    if (!index) return nothing;
    const m = this.m;
    const total = index.entries.length;
    const count = this.entries.length;
    const results = this.showing(index) ?? m.projects(total, formatNumber(total, this.locale));
    return html`<div class="board layout-${this.shownLayout}" @keydown=${this.onKeyDown} @click=${this.onCardClick} @focusin=${this.onFocusIn}>
      <p class="results">${results}</p>
      <p class="visually-hidden" id="keyboard-hint">${m.keyboardHint}</p>
      ${count === 0
        ? html`<div class="no-matches">
            <p>${m.noMatches}</p>
            <button type="button" @click=${this.clearFilters}>${m.clearFilters}</button>
          </div>`
        : this.shownLayout === 'columns'
          ? this.renderColumns()
          : this.shownLayout === 'table'
            ? this.renderRows()
            : this.renderList()}
    </div>`;
  }

  /** Heading level below the title's (the base's `heading-level`). */
  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  private renderColumns(): TemplateResult {
    const m = this.m;
    // "other" appears only when some project is in it; empty known statuses stay, collapsed.
    const groups = this.drawn.filter((group) => group.entries.length > 0 || (group.status !== 'other' && !this.filter?.statuses.length));
    return html`<div class="columns">
      ${repeat(
        groups,
        (group) => group.status,
        (group) => {
          const status = group.status as BoardStatus;
          const empty = group.entries.length === 0;
          return html`<div class="column status-${status} ${empty ? 'empty' : ''}" part="column" role="group" aria-labelledby="column-${status}">
            <div class="column-head" id="column-${status}" role="heading" aria-level=${this.level(1)}>
              <span class="column-name">${m.status(status)}</span>
              <span class="count">${formatNumber(group.entries.length, this.locale)}</span>
            </div>
            ${empty ? html`<p class="none">${m.emptyGroup}</p>` : this.renderCards(group, this.level(2))}
          </div>`;
        },
      )}
    </div>`;
  }

  private renderList(): TemplateResult {
    const [group] = this.drawn;
    return group ? this.renderCards(group, this.level(1)) : html``;
  }

  private renderCards(group: DrawnGroup, level: number): TemplateResult {
    return html`<ul class="cards" aria-describedby="keyboard-hint">
        ${repeat(
          group.shown,
          (entry) => entry.id,
          (entry) => this.renderCard(entry, level),
        )}
      </ul>
      ${this.renderMore(group)}`;
  }

  private renderMore(group: DrawnGroup): unknown {
    const left = group.entries.length - group.shown.length;
    if (left <= 0) return nothing;
    const more = Math.min(left, PAGE_SIZE);
    return html`<button type="button" class="more" @click=${() => this.showMore(group.status, more)}>
      ${this.m.showMore(formatNumber(more, this.locale), formatNumber(left, this.locale))}
    </button>`;
  }

  private renderCard(entry: BoardEntry, level: number): TemplateResult {
    const m = this.m;
    const card = this.card(entry);
    const active = entry.id === this.activeId;
    const selected = entry.id === this.selectedId;
    const titleId = `title-${entry.order}`;
    // One template per card, list item included: a thousand-project board renders many.
    return html`<li><article
      class="card status-${card.status}"
      part=${selected ? 'card selected' : 'card'}
      data-id=${entry.id}
      tabindex=${active ? '0' : '-1'}
      aria-labelledby=${titleId}
      aria-current=${selected ? 'true' : nothing}
    >
      <div class="card-top">
        <span class="badge status-${card.status}" part="badge">${card.statusText}${card.statusDetail ? html`<span class="detail">: ${card.statusDetail}</span>` : nothing}</span>
        ${selected ? html`<span class="selected-mark">${m.selected}</span>` : nothing}
      </div>
      <div class="card-title" id=${titleId} role="heading" aria-level=${level}>${card.title}</div>
      ${card.summary ? html`<p class="card-summary">${card.summary}</p>` : nothing}
      <dl class="facts">
        ${fact(m.donors(card.donors.length), card.donorList)} ${fact(m.partners(card.partners.length), card.partnerList)}
        ${fact(m.country, card.country)} ${fact(m.period, card.period)} ${fact(m.budget, card.budget)}
      </dl>
      ${card.progress
        ? html`<div class="progress ${card.progress.kind}">
            <div class="track" aria-hidden="true"><svg class="fill" width="${Math.round(card.progress.ratio * 1000) / 10}%"></svg></div>
            <span class="progress-text">${card.progress.text}</span>
          </div>`
        : nothing}
      ${card.themes.length
        ? html`<ul class="themes" aria-label=${m.themes(card.themes.length)}>
            ${card.themes.map((theme) => html`<li>${theme}</li>`)}
          </ul>`
        : nothing}
      ${card.url
        ? html`<a class="link" href=${card.url} target="_blank" rel="noopener noreferrer" tabindex=${active ? '0' : '-1'}
            >${m.link}<span class="visually-hidden"> ${m.newTab}</span></a
          >`
        : nothing}
    </article></li>`;
  }

  private renderRows(): TemplateResult {
    const m = this.m;
    const [group] = this.drawn;
    if (!group) return html``;
    const sort = parseSort(this.sort);
    const ariaSort = (key: string) =>
      sort.key === key ? (sort.descending ? 'descending' : 'ascending') : nothing;
    return html`<div class="table-scroll">
        <table class="projects">
          <caption class="visually-hidden">${m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort=${ariaSort('title')}>${m.column('title')}</th>
              <th scope="col">${m.column('status')}</th>
              <th scope="col">${m.column('donors')}</th>
              <th scope="col">${m.column('country')}</th>
              <th scope="col" aria-sort=${ariaSort(sort.key === 'end' ? 'end' : 'start')}>${m.period}</th>
              <th scope="col" class="numeric" aria-sort=${ariaSort('budget')}>${m.column('budget')}</th>
              <th scope="col">${m.column('progress')}</th>
            </tr>
          </thead>
          <tbody aria-describedby="keyboard-hint">
            ${repeat(
              group.shown,
              (entry) => entry.id,
              (entry) => {
                const card = this.card(entry);
                const active = entry.id === this.activeId;
                const selected = entry.id === this.selectedId;
                return html`<tr data-id=${entry.id} tabindex=${active ? '0' : '-1'} class=${selected ? 'selected' : ''} aria-current=${selected ? 'true' : nothing}>
                  <th scope="row">
                    ${card.url
                      ? html`<a href=${card.url} target="_blank" rel="noopener noreferrer" tabindex=${active ? '0' : '-1'}
                          >${card.title}<span class="visually-hidden"> ${m.newTab}</span></a
                        >`
                      : card.title}
                  </th>
                  <td><span class="badge status-${card.status}" part="badge">${card.statusText}</span>${card.statusDetail ? html` <span class="detail">${card.statusDetail}</span>` : nothing}</td>
                  <td>${card.donorList}</td>
                  <td>${card.country}</td>
                  <td>${card.period}</td>
                  <td class="numeric">${card.budget}</td>
                  <td>${card.progress ? card.progress.text : ''}</td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>
      ${this.renderMore(group)}`;
  }
}
