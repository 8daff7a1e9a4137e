import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { svg } from 'lit';
import { array, number, object, oneOrMany, optional, text } from '../../src/core/data/schema.ts';
import type { DatasetMeta, Source, Validation } from '../../src/core/data/types.ts';
import { defineElement } from '../../src/elements/base/define.ts';
import { type DataTable, MigElement } from '../../src/elements/base/mig-element.ts';

/** A minimal widget on the shared base: a dataset of numbers drawn as bars. */
interface Rows extends DatasetMeta {
  rows: number[];
}

const rowsSchema = object({
  title: optional(text()),
  subtitle: optional(text()),
  note: optional(text()),
  source: oneOrMany(object({ name: text() }) as never) as never,
  rows: array(number({ minimum: 0 }), { dropInvalid: true }),
});

class TestWidget extends MigElement<Rows> {
  protected validate(raw: unknown): Validation<Rows> {
    const warnings: Validation<Rows>['warnings'] = [];
    try {
      const value = rowsSchema.parse(raw, { warnings }) as unknown as Rows;
      value.source = (value.source ?? []) as Source[];
      return { ok: true, value, warnings };
    } catch (error) {
      const issue = error as { code: string; reason: string; path: string };
      return { ok: false, error: { code: issue.code, message: issue.reason, path: issue.path }, warnings };
    }
  }
  protected loadDetail(data: Rows) {
    return { rows: data.rows.length };
  }
  protected override isEmpty(data: Rows) {
    return data.rows.length === 0;
  }
  protected renderChart() {
    const rows = this.loadedData?.rows ?? [];
    return html`<svg viewBox="0 0 100 10" role="img" aria-label="bars">
      ${rows.map((value, index) => svg`<rect class="bar" x=${index * 10} width="8" height=${value}></rect>`)}
    </svg>`;
  }
  protected tableData(): DataTable {
    return {
      caption: 'Rows',
      columns: [
        { key: 'index', label: '#' },
        { key: 'value', label: 'Value', numeric: true },
      ],
      rows: (this.loadedData?.rows ?? []).map((value, index) => ({ id: String(index), cells: [String(index + 1), String(value)], values: [index + 1, value] })),
    };
  }
  protected summaryText() {
    return `${this.loadedData?.rows.length ?? 0} rows`;
  }
}
defineElement('test-widget', TestWidget);

const good = { title: 'Good data', rows: [1, 2, 3] };
const okUrl = (title: string, delay = 0) =>
  `/fault/ok?delay=${delay}&payload=${encodeURIComponent(JSON.stringify({ title, rows: [4, 5] }))}`;

function shadow(el: Element) {
  return el.shadowRoot!;
}
function titleOf(el: Element) {
  return shadow(el).querySelector('[part~="title"]')?.textContent?.trim();
}
async function until(check: () => boolean, timeout = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('MigElement: loading paths', () => {
  it('accepts the data property and fires mig-load with counts after drawing', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const loaded = oneEvent(el, 'mig-load');
    el.data = good;
    const event = await loaded;
    expect(event.detail).to.deep.equal({ rows: 3 });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadow(el).querySelectorAll('rect.bar').length).to.equal(3);
    expect(titleOf(el)).to.equal('Good data');
  });

  it('reads a child <script type="application/json"> and follows its changes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget><script type="application/json">{"title":"From script","rows":[1]}</script></test-widget>`);
    await el.updateComplete;
    expect(titleOf(el)).to.equal('From script');
    const loaded = oneEvent(el, 'mig-load');
    el.querySelector('script')!.textContent = '{"title":"Changed","rows":[1,2]}';
    await loaded;
    expect(titleOf(el)).to.equal('Changed');
  });

  it('fetches src', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${okUrl('Fetched')}></test-widget>`);
    expect(el.getAttribute('state')).to.equal('loading');
    await oneEvent(el, 'mig-load');
    expect(titleOf(el)).to.equal('Fetched');
    expect(el.state).to.equal('ready');
  });

  it('reads a body that starts with a byte-order mark', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/fault/bom"></test-widget>`);
    await oneEvent(el, 'mig-load');
    expect(titleOf(el)).to.equal('ok');
  });

  it('shows the empty state for a valid dataset with nothing to draw', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${{ rows: [] }}></test-widget>`);
    expect(el.state).to.equal('empty');
    expect(shadow(el).querySelector('.placeholder')?.textContent).to.contain('no data');
  });
});

describe('MigElement: errors', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['/fault/status?code=404', 'http-404'],
    ['/fault/status?code=503', 'http-503'],
    ['/fault/html', 'not-json'],
    ['/fault/html-as-json', 'not-json'],
    ['/fault/truncated', 'invalid-json'],
    ['/fault/hang?for=3000', 'timeout', { fetchTimeout: 300 }],
    ['/fault/large?bytes=5000', 'too-large', { maxBytes: 1000 }],
    ['/fault/drip?pause=30', 'too-large', { maxBytes: 20 }],
  ];
  for (const [url, code, props] of cases) {
    it(`reports ${code} for ${url}`, async () => {
      const el = document.createElement('test-widget') as TestWidget;
      Object.assign(el, props ?? {});
      const failed = oneEvent(el, 'mig-error');
      el.src = url;
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal(code);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('error');
      const banner = shadow(el).querySelector('[part~="error"]');
      expect(banner?.getAttribute('role')).to.equal('alert');
      expect(banner?.textContent).to.contain(code);
      el.remove();
    });
  }

  it('reports invalid-data with the JSON path of the problem', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const failed = oneEvent(el, 'mig-error');
    el.data = { rows: 'many' };
    const event = await failed;
    expect(event.detail).to.include({ code: 'invalid-data', path: '/rows' });
  });

  it('keeps the last good picture when an update fails', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${good}></test-widget>`);
    el.data = 'not an object';
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(titleOf(el)).to.equal('Good data');
    expect(shadow(el).querySelectorAll('rect.bar').length).to.equal(3);
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain('last data');
  });

  it('clears the error once good data comes again', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${good}></test-widget>`);
    el.data = 'not an object';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')).to.not.equal(null);
    el.data = { ...good, title: 'Good again' };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(titleOf(el)).to.equal('Good again');
    expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('drops invalid rows with a mig-warning carrying the path, and says so in the footer', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const warned = oneEvent(el, 'mig-warning');
    el.data = { rows: [1, -2, 'x', 3] };
    const event = await warned;
    expect(event.detail).to.include({ code: 'dropped-row', path: '/rows/1' });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('rect.bar').length).to.equal(2);
    expect(shadow(el).querySelector('[part~="source"]')?.textContent).to.contain('2 invalid rows were left out');
  });
});

describe('MigElement: races and removal', () => {
  it('lets the newest src win when an older, slower request answers later', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${okUrl('Old', 600)}></test-widget>`);
    el.src = okUrl('New', 0);
    await oneEvent(el, 'mig-load');
    expect(titleOf(el)).to.equal('New');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(titleOf(el)).to.equal('New');
  });

  it('lets a data property set during a fetch win over the fetch', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${okUrl('Fetched', 300)}></test-widget>`);
    el.data = good;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(titleOf(el)).to.equal('Good data');
  });

  it('aborts the request on removal and fires nothing afterwards', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${okUrl('Late', 300)}></test-widget>`);
    const events: string[] = [];
    for (const type of ['mig-load', 'mig-error', 'mig-warning']) el.addEventListener(type, () => events.push(type));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(events).to.deep.equal([]);
    expect(titleOf(el)).to.equal(undefined);
    // Re-inserted, it asks again and draws.
    const loaded = oneEvent(el, 'mig-load');
    document.body.append(el);
    await loaded;
    expect(titleOf(el)).to.equal('Late');
    el.remove();
  });
});

describe('MigElement: data is text', () => {
  it('renders markup in data as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><svg/onload="window.__pwned=1"></title></style></script>';
    const el = await fixture<TestWidget>(html`<test-widget .data=${{ title: hostile, subtitle: hostile, note: hostile, rows: [1] }}></test-widget>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(titleOf(el)).to.equal(hostile);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('ignores __proto__ keys and never changes prototypes', async () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "title": "t", "rows": [1], "constructor": {"prototype": {"polluted": true}}}');
    const el = await fixture<TestWidget>(html`<test-widget .data=${raw}></test-widget>`);
    expect(el.state).to.equal('ready');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });
});

describe('MigElement: language, theme, table and registration', () => {
  it('follows the nearest ancestor lang and reacts when it changes', async () => {
    const wrapper = await fixture(html`<div lang="sr-Latn"><test-widget .data=${good}></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await el.updateComplete;
    const toggle = () => shadow(el).querySelector('.table-toggle')?.textContent?.trim();
    expect(toggle()).to.equal('Prikaži kao tabelu');
    wrapper.setAttribute('lang', 'sr-Cyrl');
    await until(() => toggle() === 'Прикажи као табелу');
    el.setAttribute('lang', 'en');
    await until(() => toggle() === 'Show as table');
  });

  it('shows the data as an accessible table through a visible toggle', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${good}></test-widget>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const table = shadow(el).querySelector('table[part~="table"]')!;
    expect(table.querySelectorAll('tbody tr').length).to.equal(3);
    expect(table.querySelector('caption')?.textContent).to.contain('Rows');
    expect(table.querySelectorAll('th[scope="col"]').length).to.equal(2);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('reflects theme and tracks its width', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><test-widget theme="dark" .data=${good}></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await until(() => (el as unknown as { width: number }).width === 320);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    (wrapper as HTMLElement).style.width = '500px';
    await until(() => (el as unknown as { width: number }).width === 500);
  });

  it('warns once and never throws when a tag is defined twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends TestWidget {}
      defineElement('test-widget', Other);
      defineElement('test-widget', class Third extends TestWidget {});
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
  });

  it('is accessible in the error state', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${{ rows: 5 }}></test-widget>`);
    expect(el.state).to.equal('error');
    await expect(el).to.be.accessible();
  });
});

describe('MigElement: data as a promise', () => {
  it('shows loading until the promise settles, then draws; the newest assignment wins', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    let resolveOld!: (value: unknown) => void;
    el.data = new Promise((resolve) => (resolveOld = resolve));
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadow(el).querySelector('.placeholder')?.textContent).to.contain('Loading');
    const loaded = oneEvent(el, 'mig-load');
    el.data = Promise.resolve({ title: 'New', rows: [1] });
    await loaded;
    resolveOld({ title: 'Old', rows: [1] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(titleOf(el)).to.equal('New');
  });

  it('turns a rejected promise into mig-error, never an unhandled rejection', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const failed = oneEvent(el, 'mig-error');
    el.data = Promise.reject(new Error('offline'));
    const event = await failed;
    expect(event.detail).to.include({ code: 'network', message: 'offline' });
  });
});
