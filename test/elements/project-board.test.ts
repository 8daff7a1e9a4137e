import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import iom from '../../data/projects-iom.json';
import { generateProjects } from '../../src/core/data/sample-generators.ts';
import '../../src/project-board.ts';
import { FIRST_PAGE_SIZE, PAGE_SIZE } from '../../src/core/layout/board/layout.ts';
import type { MigProjectBoard } from '../../src/elements/project-board/project-board.ts';

const TODAY = '2025-01-01';

/** A small board touching every case: each status, "other", Cyrillic, two currencies, missing fields. */
const small = {
  title: 'Test projects',
  projects: [
    {
      id: 'sid',
      title: { en: 'Reception in Šid', 'sr-Latn': 'Prihvat u Šidu' },
      status: 'active',
      donors: ['European Union'],
      partners: ['Commissariat for Refugees and Migration'],
      budget: { amount: 1_000_000, currency: 'EUR' },
      start: '2024-01',
      end: '2025-12',
      country: 'RS',
      themes: ['reception'],
      url: 'https://serbia.iom.int/sid',
    },
    {
      id: 'krnjaca',
      title: 'Крњача: смештај',
      status: 'completed',
      donors: ['European Union', 'Switzerland'],
      budget: { amount: 250_000, currency: 'USD' },
      start: '2016',
      end: '2017',
      country: 'RS',
      progress: 1,
    },
    { id: 'bihac', title: 'Bihać emergency response', status: 'planned', donors: ['Italy'], start: '2026-03-15', country: 'BA', themes: ['protection'] },
    { id: 'halted', title: 'Border data exchange', status: 'suspended', donors: ['Switzerland'], start: '2020', end: '2022' },
    { id: 'delivered', title: 'Donation of vehicles', status: 'delivered', donors: ['European Union'] },
    { id: 'unsafe', title: 'Unsafe link', status: 'active', url: 'javascript:alert(1)' },
  ],
};

const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const cardIds = (el: Element) => all(el, '[data-id]').map((card) => card.dataset.id);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focusedId = (el: Element) => (root(el).activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-id]')?.dataset.id;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function board(template = html`<mig-project-board today=${TODAY} .data=${small}></mig-project-board>`) {
  const el = await fixture<MigProjectBoard>(html`<div style="width: 1000px">${template}</div>`);
  const board = el.querySelector('mig-project-board')!;
  await board.updateComplete;
  await frame();
  await board.updateComplete;
  return board;
}

describe('<mig-project-board>: columns', () => {
  it('draws one column per status with counts, hides an empty "other", collapses empty ones', async () => {
    const el = await board();
    const heads = all(el, '.column-head').map(text);
    expect(heads).to.deep.equal(['Planned 1', 'Active 2', 'Completed 1', 'Suspended 1', 'Cancelled 0', 'Other 1']);
    expect(one(el, '.column.status-cancelled').classList.contains('empty')).to.equal(true);
    expect(text(one(el, '.column.status-cancelled .none'))).to.equal('None');
    el.status = 'active';
    await el.updateComplete;
    expect(all(el, '.column-head').map(text)).to.deep.equal(['Active 2']);
  });

  it('fills a card: badge words, donors, partners, country, period, budget, progress, themes, safe link', async () => {
    const el = await board();
    const sid = one(el, '[data-id="sid"]');
    expect(text(sid.querySelector('.badge'))).to.equal('Active');
    expect(text(sid.querySelector('.card-title'))).to.equal('Reception in Šid');
    const facts = [...sid.querySelectorAll('dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
    expect(facts).to.deep.equal([
      'Donor: European Union',
      'Partner: Commissariat for Refugees and Migration',
      'Country: Serbia',
      'Period: Jan 2024 – Dec 2025',
      'Budget: €1,000,000',
    ]);
    // 2024-01-01 to 2025-12-31, measured at 2025-01-01: 366 of 731 days.
    expect(text(sid.querySelector('.progress-text'))).to.equal('Time elapsed: 50% of the planned period');
    expect(sid.querySelector('.progress')!.classList.contains('elapsed')).to.equal(true);
    expect([...sid.querySelectorAll('.themes li')].map(text)).to.deep.equal(['reception']);
    const link = sid.querySelector<HTMLAnchorElement>('a.link')!;
    expect(link.getAttribute('href')).to.equal('https://serbia.iom.int/sid');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(text(link)).to.equal('Project page (opens in a new tab)');

    const krnjaca = one(el, '[data-id="krnjaca"]');
    expect(text(krnjaca.querySelector('.progress-text'))).to.equal('Progress: 100% (reported)');
    expect(krnjaca.querySelector('.progress')!.classList.contains('reported')).to.equal(true);
    expect(text(krnjaca.querySelector('dt'))).to.equal('Donors');
    // A planned project without an end is "ongoing"; a halted one shows no time-elapsed bar.
    expect(text(one(el, '[data-id="bihac"]').querySelectorAll('dd')[2])).to.match(/ongoing$/);
    expect(one(el, '[data-id="halted"] .progress')).to.equal(null);
    expect(text(one(el, '[data-id="delivered"] .badge'))).to.equal('Other: delivered');
  });

  it('draws a progress bar as its share of the track, from the inline start', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await board(html`<div dir=${dir}><mig-project-board today=${TODAY} .data=${small}></mig-project-board></div>`);
      const track = one(el, '[data-id="sid"] .track').getBoundingClientRect();
      const fill = one(el, '[data-id="sid"] .fill').getBoundingClientRect();
      expect(fill.width / track.width, dir).to.be.closeTo(0.5, 0.01);
      expect(fill.height, dir).to.equal(track.height);
      expect(dir === 'rtl' ? track.right - fill.right : fill.left - track.left, dir).to.be.closeTo(0, 0.5);
    }
  });

  it('drops an unsafe link with a mig-warning and renders no href for it', async () => {
    const el = document.createElement('mig-project-board');
    const warned = oneEvent(el, 'mig-warning');
    el.data = small;
    document.body.append(el);
    const warning = await warned;
    expect(warning.detail.code).to.equal('unsafe-url');
    await el.updateComplete;
    expect(one(el, '[data-id="unsafe"] a')).to.equal(null);
    for (const anchor of all<HTMLAnchorElement>(el, 'a[href]')) expect(anchor.protocol).to.match(/^https?:$/);
    el.remove();
  });

  it('totals budgets per currency in the summary, never adding currencies', async () => {
    const el = await board();
    const summary = text(one(el, '[part~="summary"]'));
    expect(summary).to.contain('€1,000,000 for 1 project');
    expect(summary).to.contain('$250,000 for 1 project');
    expect(summary).to.contain('6 projects: 1 planned, 2 active, 1 completed, 1 suspended, and 1 other.');
    expect(summary).to.contain('4 projects have no budget listed.');
    expect(summary).to.contain('Main donors: European Union (3 projects), Switzerland (2 projects), and Italy (1 project).');
  });

  it('offers CSV only: a board has no single picture', async () => {
    const el = await board();
    const formats = all(el, '.menu-items button').map((button) => button.dataset.format);
    expect(formats).to.deep.equal(['csv']);
  });

  it('is accessible', async () => {
    const el = await board();
    await expect(el).to.be.accessible();
  });
});

describe('<mig-project-board>: filters and sort', () => {
  it('applies preset attributes', async () => {
    const el = await board(html`<mig-project-board today=${TODAY} .data=${small} status="active,completed" donor="european union" sort="-budget" layout="list"></mig-project-board>`);
    expect(one(el, '.board').classList.contains('layout-list')).to.equal(true);
    expect(cardIds(el)).to.deep.equal(['sid', 'krnjaca']);
    const donorSelect = all<HTMLSelectElement>(el, 'select')[0]!;
    expect(donorSelect.value).to.equal('European Union');
    const pressed = all(el, '.chip[aria-pressed="true"]').map(text);
    expect(pressed).to.deep.equal(['Active', 'Completed']);
    expect(text(one(el, '.results'))).to.equal('Showing 2 of 6 projects');
  });

  it('searches ignoring case, accents and script', async () => {
    const el = await board(html`<mig-project-board today=${TODAY} .data=${small} layout="list" query="sid"></mig-project-board>`);
    expect(cardIds(el)).to.deep.equal(['sid']);
    el.query = 'krnjaca';
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['krnjaca']);
    el.query = 'БИХАЋ';
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['bihac']);
    el.query = 'nothing like this';
    await el.updateComplete;
    expect(text(one(el, '.no-matches p'))).to.equal('No projects match these filters.');
  });

  it('reflects a reader’s changes back to the attributes', async () => {
    const el = await board();
    const input = one<HTMLInputElement>(el, 'input[type="search"]');
    input.focus();
    await sendKeys({ type: 'Šid' });
    await el.updateComplete;
    expect(el.getAttribute('query')).to.equal('Šid');
    expect(cardIds(el)).to.deep.equal(['sid']);

    const chip = all(el, '.chip').find((button) => text(button) === 'Active')!;
    chip.click();
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('active');

    const [donor, country, theme, sort, layout] = all<HTMLSelectElement>(el, 'select');
    const choose = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose(donor!, 'European Union');
    expect(el.getAttribute('donor')).to.equal('European Union');
    await choose(country!, 'RS');
    expect(el.getAttribute('country')).to.equal('RS');
    await choose(theme!, 'reception');
    expect(el.getAttribute('project-theme')).to.equal('reception');
    await choose(sort!, '-start');
    expect(el.getAttribute('sort')).to.equal('-start');
    await choose(layout!, 'table');
    expect(el.getAttribute('layout')).to.equal('table');
    expect(one(el, 'table.projects')).to.not.equal(null);

    one(el, 'button.clear').click();
    await el.updateComplete;
    for (const name of ['query', 'status', 'donor', 'country', 'project-theme']) expect(el.hasAttribute(name), name).to.equal(false);
    expect(el.getAttribute('sort')).to.equal('-start');
    expect(input.value).to.equal('');
  });

  it('sorts titles with the page language’s collation', async () => {
    const data = { projects: ['Zenica', 'Čačak', 'Cetinje', 'Šid', 'Sombor'].map((title, i) => ({ id: `p${i}`, title })) };
    const el = await board(html`<div lang="sr-Latn"><mig-project-board .data=${data} layout="list" sort="title"></mig-project-board></div>`);
    expect(all(el, '.card-title').map(text)).to.deep.equal(['Cetinje', 'Čačak', 'Sombor', 'Šid', 'Zenica']);
    el.sort = '-title';
    await el.updateComplete;
    expect(all(el, '.card-title').map(text)[0]).to.equal('Zenica');
  });

  it('announces the number of results after a filter change', async () => {
    const el = await board();
    all(el, '.chip').find((button) => text(button) === 'Planned')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(text(one(el, '[role="status"]'))).to.equal('1 project shown');
  });
});

describe('<mig-project-board>: keyboard and events', () => {
  it('moves a roving focus with arrows across and within columns, Home and End', async () => {
    const el = await board();
    expect(all(el, '[data-id][tabindex="0"]').map((card) => card.dataset.id)).to.deep.equal(['bihac']);
    one(el, '[data-id="bihac"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('sid');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('unsafe');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // Row 2 of "Active" → the nearest card of "Completed" (its only one).
    expect(focusedId(el)).to.equal('krnjaca');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The empty "Cancelled" column is skipped.
    expect(focusedId(el)).to.equal('delivered');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('bihac');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('unsafe');
    // One tab stop: the active card (and its link).
    expect(all(el, '[data-id][tabindex="0"]').map((card) => card.dataset.id)).to.deep.equal(['unsafe']);
  });

  it('selects with Space, and with Enter where there is no link: mig-select {id, title, status}', async () => {
    const el = await board();
    one(el, '[data-id="krnjaca"]').focus();
    let selected = oneEvent(el, 'mig-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'krnjaca', title: 'Крњача: смештај', status: 'completed' });
    await el.updateComplete;
    expect(one(el, '[data-id="krnjaca"]').getAttribute('aria-current')).to.equal('true');
    expect(text(one(el, '[data-id="krnjaca"] .selected-mark'))).to.equal('Selected');

    one(el, '[data-id="delivered"]').focus();
    selected = oneEvent(el, 'mig-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail).to.deep.equal({ id: 'delivered', title: 'Donation of vehicles', status: 'delivered' });
  });

  it('follows the link on Enter', async () => {
    const el = await board();
    const link = one<HTMLAnchorElement>(el, '[data-id="sid"] a.link');
    const clicked = new Promise<string>((resolve) =>
      link.addEventListener('click', (event) => {
        event.preventDefault();
        resolve(link.href);
      }),
    );
    one(el, '[data-id="sid"]').focus();
    await sendKeys({ press: 'Enter' });
    expect(await clicked).to.equal('https://serbia.iom.int/sid');
  });

  it('selects on click, but leaves link clicks alone', async () => {
    const el = await board();
    const selected = oneEvent(el, 'mig-select');
    one(el, '[data-id="bihac"] .card-title').click();
    expect((await selected).detail.id).to.equal('bihac');
    let fired = false;
    el.addEventListener('mig-select', () => (fired = true));
    const link = one<HTMLAnchorElement>(el, '[data-id="sid"] a.link');
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(fired).to.equal(false);
  });
});

describe('<mig-project-board>: layouts and size', () => {
  it('collapses columns to a list on narrow widths', async () => {
    // Chromium reports a benign "ResizeObserver loop" error when a resize changes the host's
    // height within the same frame; it is not a failure of the widget.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest));
    try {
      const el = await board();
      expect(one(el, '.board').classList.contains('layout-columns')).to.equal(true);
      (el.parentElement as HTMLElement).style.width = '320px';
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(one(el, '.board').classList.contains('layout-list')).to.equal(true);
      expect(el.getAttribute('layout')).to.equal('columns');
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      window.onerror = onerror;
    }
  });

  it('draws a table layout with one row per project and the sorted column marked', async () => {
    const el = await board(html`<mig-project-board today=${TODAY} .data=${small} layout="table" sort="-budget"></mig-project-board>`);
    const rows = all(el, 'table.projects tbody tr');
    expect(rows.map((row) => row.dataset.id)).to.deep.equal(['sid', 'krnjaca', 'bihac', 'halted', 'delivered', 'unsafe']);
    expect(one(el, 'table.projects th[aria-sort]').textContent!.trim()).to.equal('Budget');
    expect(one(el, 'table.projects th[aria-sort]').getAttribute('aria-sort')).to.equal('descending');
    rows[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('krnjaca');
    await expect(el).to.be.accessible();
  });

  it('gives the base table view one row per project', async () => {
    const el = await board();
    one(el, '.table-toggle').click();
    await el.updateComplete;
    expect(all(el, '[part~="table"] tbody tr').length).to.equal(6);
    expect(all(el, '[part~="table"] thead th').map(text).slice(0, 3)).to.deep.equal(['Title', 'Status', 'Donors']);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await board(html`<mig-project-board theme="dark" today=${TODAY} .data=${small}></mig-project-board>`);
    await expect(el).to.be.accessible();
  });

  it('keeps the DOM light with 1,000 projects and pages on with "show more" and ArrowDown', async () => {
    const el = await board(html`<mig-project-board today=${TODAY} .data=${generateProjects({ count: 1000, seed: 3 })}></mig-project-board>`);
    // A first screen's worth of cards per column; "show more" and ArrowDown add a page each.
    const perColumn = all(el, '.column').map((column) => column.querySelectorAll('[data-id]').length);
    expect(Math.max(...perColumn)).to.equal(FIRST_PAGE_SIZE);
    const active = one(el, '.column.status-active');
    const before = active.querySelectorAll('[data-id]').length;
    expect(text(active.querySelector('button.more'))).to.match(new RegExp(`^Show ${PAGE_SIZE} more`));
    active.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    expect(active.querySelectorAll("[data-id]").length).to.equal(before + PAGE_SIZE);
    const cards = [...active.querySelectorAll<HTMLElement>('[data-id]')];
    cards.at(-1)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(active.querySelectorAll("[data-id]").length).to.equal(before + 2 * PAGE_SIZE);
    expect(focusedId(el)).to.equal(active.querySelectorAll<HTMLElement>('[data-id]')[before + PAGE_SIZE]!.dataset.id);
  });
});

describe('<mig-project-board>: languages', () => {
  it('speaks Serbian Cyrillic: words, country names, dates, money, summary', async () => {
    const el = await board(html`<div lang="sr-Cyrl"><mig-project-board today=${TODAY} .data=${small}></mig-project-board></div>`);
    expect(all(el, '.column-name').map(text)).to.deep.equal(['Планирано', 'Активно', 'Завршено', 'Обустављено', 'Отказано', 'Остало']);
    const sid = one(el, '[data-id="sid"]');
    expect(text(sid.querySelector('.card-title'))).to.equal('Прихват у Шиду');
    const facts = [...sid.querySelectorAll('dd')].map(text);
    expect(facts[2]).to.equal('Србија');
    expect(facts[4]).to.equal('1.000.000 €');
    expect(text(one(el, '[part~="summary"]'))).to.match(/^6 пројеката: планирано 1, активно 2/);
  });

  it('finds Latin text from a Cyrillic query on a Latin page and back', async () => {
    const el = await board(html`<div lang="sr-Latn"><mig-project-board today=${TODAY} .data=${small} layout="list" query="Шид"></mig-project-board></div>`);
    expect(cardIds(el)).to.deep.equal(['sid']);
    el.query = 'smestaj';
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['krnjaca']);
  });
});

/** The cards as text, one line per field: the golden picture of what a reader gets. */
function outline(el: MigProjectBoard): string {
  const lines: string[] = [];
  for (const group of all(el, '.column, .layout-list')) {
    const head = group.querySelector('.column-head');
    if (head) lines.push(`## ${text(head)}`);
    for (const card of group.querySelectorAll<HTMLElement>('article.card')) {
      lines.push(`- [${text(card.querySelector('.badge'))}] ${text(card.querySelector('.card-title'))} (h${card.querySelector('[aria-level]')!.getAttribute('aria-level')})`);
      const summary = card.querySelector('.card-summary');
      if (summary) lines.push(`  > ${text(summary)}`);
      for (const dt of card.querySelectorAll('dt')) lines.push(`  ${text(dt)}: ${text(dt.nextElementSibling)}`);
      const progress = card.querySelector('.progress');
      if (progress) lines.push(`  ${text(progress)} [bar ${progress.querySelector('.fill')!.getAttribute('width')}]`);
      const themes = [...card.querySelectorAll('.themes li')].map(text);
      if (themes.length) lines.push(`  # ${themes.join(' | ')}`);
      const link = card.querySelector('a');
      if (link) lines.push(`  -> ${link.getAttribute('href')} (${link.getAttribute('rel')}, ${link.getAttribute('target')})`);
    }
  }
  lines.push(`summary: ${text(one(el, '[part~="summary"]'))}`);
  return `${lines.join('\n').replace(/[\u00a0\u202f\u2009]/g, ' ')}\n`;
}

describe('<mig-project-board>: golden cards', () => {
  for (const lang of ['en', 'sr-Latn', 'sr-Cyrl']) {
    it(`IOM Serbia and BiH sample (${lang})`, async () => {
      const el = await board(html`<div lang=${lang}><mig-project-board today=${TODAY} .data=${iom}></mig-project-board></div>`);
      // Every card, not only the first page of each column.
      for (const more of all(el, 'button.more')) more.click();
      await el.updateComplete;
      expect(all(el, 'button.more')).to.have.length(0);
      await compareSnapshot({ name: `project-board-iom-${lang}`, content: outline(el) });
    });
  }
});
