/**
 * Hostile data against all three widgets (README promises 1, 2 and 4): markup, template syntax,
 * bidi and zero-width characters, lone surrogates and 10,000-character labels in every text
 * field; every flavour of unsafe link; prototype keys and ids; bad counts, dates and
 * coordinates; empty, deeply nested and 100,000-row datasets. Nothing executes, prototypes stay,
 * problems are reported with a path, and no rendered attribute holds NaN or Infinity.
 */
import { expect } from '@open-wc/testing';
import {
  activeContent,
  badAttributes,
  datasets,
  guardPage,
  mount,
  recordEvents,
  settle,
  shadowText,
  sleep,
  TAGS,
  type Tag,
  type Widget,
} from './helpers.ts';

const HOSTILE_TEXT: [string, string][] = [
  ['img onerror', '<img src=x onerror="window.__migPwned=1">'],
  ['svg onload', '<svg/onload=window.__migPwned=1>'],
  ['polyglot closing tags', '</title></style></script><script>window.__migPwned=1</script><img src=x onerror=window.__migPwned=1>'],
  ['attribute breakout', '" onmouseover="window.__migPwned=1" x="'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__migPwned=1</script>"></iframe>'],
  ['template literal', '${window.__migPwned=1}'],
  ['mustache', '{{constructor.constructor("window.__migPwned=1")()}}'],
  ['lit marker lookalike', '<?lit$123$>lit$123$<!--?lit$123$-->'],
  ['CSS breakout', '</style><style>*{background:url(javascript:window.__migPwned=1)}</style>'],
  ['bidi overrides', '\u202eevil\u202c \u2066isolated\u2069 \u200fRTL mark'],
  ['zero-width characters', 'zero\u200bwidth\u200c\u200d\ufeffjoin'],
  ['lone surrogates', 'high \ud800 low \udc00 end'],
  ['control characters', 'bell \u0007 escape \u001b[31m null-free'],
  ['10,000 characters', `${'Долгачко ime '.repeat(769)}kraj`.slice(0, 10_000)],
];

const HOSTILE_URLS = [
  'javascript:window.__migPwned=1',
  'JAVASCRIPT:window.__migPwned=1',
  'JaVaScRiPt:window.__migPwned=1',
  ' javascript:window.__migPwned=1',
  '\tjavascript:window.__migPwned=1',
  'java\tscript:window.__migPwned=1',
  'java\nscript:window.__migPwned=1',
  'java\u0000script:window.__migPwned=1',
  'javascript&colon;window.__migPwned=1',
  '&#106;avascript:window.__migPwned=1',
  'data:text/html,<script>window.__migPwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'relative/path',
  'https://user:pass@example.org/',
];

const LIST: Record<Tag, string> = { 'mig-flow-timeline': 'series', 'mig-centre-map': 'centres', 'mig-project-board': 'projects' };

/** Put the widget's data on it by one of the three routes. */
type Route = 'property' | 'script';
function setData(el: Widget, data: unknown, route: Route): void {
  if (route === 'property') {
    el.data = data;
    return;
  }
  const script = document.createElement('script');
  script.type = 'application/json';
  // A host writing JSON into a page must escape `</script>`; here the DOM API needs no escaping.
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  el.append(script);
}

async function render(tag: Tag, data: unknown, route: Route = 'property', options: { width?: number } = {}) {
  let events: ReturnType<typeof recordEvents> = [];
  const el = await mount(tag, (element) => {
    events = recordEvents(element);
    setData(element, data, route);
  }, options);
  await sleep(20);
  await settle(el);
  return { el, events };
}

/** Open the table view too: it renders every text a second way. */
async function withTable(el: Widget, check: () => void): Promise<void> {
  check();
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle');
  if (!toggle) return;
  toggle.click();
  await settle(el);
  check();
  toggle.click();
  await settle(el);
}

function expectClean(el: Widget): void {
  expect(activeContent(el), 'active content in the shadow DOM').to.deep.equal([]);
  expect(badAttributes(el), 'attributes with NaN or Infinity').to.deep.equal([]);
}

for (const tag of TAGS) {
  describe(`${tag}: hostile data`, function () {
    this.timeout(30_000);
    guardPage();

    for (const [name, text] of HOSTILE_TEXT) {
      it(`renders ${name} in every text field as text`, async () => {
        for (const value of [text, { en: text, 'sr-Latn': text }]) {
          const { el, events } = await render(tag, datasets[tag]({ text: value }));
          expect(el.state, JSON.stringify(events.filter((event) => event.type === 'mig-error'))).to.equal('ready');
          await withTable(el, () => expectClean(el));
          // The text is there, as text: the title shows exactly what the data said.
          const title = el.shadowRoot!.querySelector('[part~="title"]')!;
          expect(title.textContent).to.equal(text);
          expect(title.children.length).to.equal(0);
        }
      });
    }

    it('uses hostile strings as ids and CSS-looking values without breaking out', async () => {
      for (const [, text] of HOSTILE_TEXT.slice(0, 7)) {
        const { el } = await render(tag, datasets[tag]({ text: 'Plain', id: text.slice(0, 200) }));
        expect(el.state).to.equal('ready');
        expectClean(el);
      }
    });

    it('removes every unsafe link variant with a mig-warning that names its path', async () => {
      // One dataset holding every variant: a source and a row per URL.
      const data = datasets[tag]() as Record<string, unknown>;
      const list = LIST[tag];
      const template = (data[list] as Record<string, unknown>[])[0]!;
      data.source = HOSTILE_URLS.map((url) => ({ name: 'Source', url }));
      data[list] = HOSTILE_URLS.map((url, index) => ({ ...template, id: `row-${index}`, url }));
      const { el, events } = await render(tag, data);
      expect(el.state).to.equal('ready');
      await withTable(el, () => expectClean(el));
      const paths = events.filter((event) => event.detail.code === 'unsafe-url').map((event) => String(event.detail.path));
      // Series carry no link; centres and projects do.
      const rowsHaveLinks = tag !== 'mig-flow-timeline';
      const expected = HOSTILE_URLS.flatMap((_, index) => [`/source/${index}/url`, ...(rowsHaveLinks ? [`/${list}/${index}/url`] : [])]);
      // Twenty warnings are sent one by one, the rest counted in one more: every one sent has a real path.
      expect(paths.length).to.equal(Math.min(expected.length, 20));
      for (const path of paths) expect(expected).to.include(path);
      for (const anchor of el.shadowRoot!.querySelectorAll('a')) expect(anchor.href).to.match(/^https:\/\/example\.org\//);
    });

    it('renders safe links with rel="noopener noreferrer"', async () => {
      const { el } = await render(tag, datasets[tag]({ url: 'https://example.org/safe' }));
      const anchors = [...el.shadowRoot!.querySelectorAll('a[href]')];
      expect(anchors.length).to.be.greaterThan(0);
      for (const anchor of anchors) expect(anchor.getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
    });

    it('ignores __proto__, constructor and prototype keys at every level; ids like toString work', async () => {
      const ids = ['toString', '__proto__', 'constructor', 'hasOwnProperty'];
      for (const id of ids) {
        const base = JSON.stringify(datasets[tag]({ id }));
        // Add the hostile keys as JSON.parse makes them: own properties named __proto__ and so on.
        const hostile = base.replace(/\{"/g, '{"__proto__":{"polluted":true,"title":"bad"},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"');
        for (const route of ['property', 'script'] as const) {
          const { el } = await render(tag, route === 'property' ? JSON.parse(hostile) : hostile, route);
          expect(el.state, `${id} by ${route}`).to.equal('ready');
          expectClean(el);
          const text = shadowText(el);
          expect(text).not.to.contain('polluted');
          expect(text).not.to.contain('[object Object]');
          expect(text).not.to.match(/function \w*\(\) \{ \[native code\] \}/);
        }
      }
    });

    it('a dataset that is not an object fails with invalid-data, no throw, and shows the error', async () => {
      for (const raw of [null, 42, 'text', [], true]) {
        const { el, events } = await render(tag, raw);
        expect(el.state).to.equal('error');
        const error = events.find((event) => event.type === 'mig-error');
        expect(error?.detail).to.include({ code: 'invalid-data', path: '/' });
        expect(el.shadowRoot!.querySelector('[part~="error"]')?.getAttribute('role')).to.equal('alert');
      }
    });

    it('an empty dataset shows the empty state', async () => {
      const { el, events } = await render(tag, { [LIST[tag]]: [] });
      expect(el.state).to.equal('empty');
      expect(events.filter((event) => event.type === 'mig-error')).to.deep.equal([]);
      expectClean(el);
    });

    it('deeply nested JSON in a child script: a clear error with a path, the page goes on', async () => {
      const depth = 20_000;
      const deep = `${'{"en":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
      const json = JSON.stringify(datasets[tag]()).replace(/"title":"[^"]*"/, `"title":${deep}`);
      const { el, events } = await render(tag, json, 'script');
      const error = events.find((event) => event.type === 'mig-error');
      expect(el.state).to.equal('error');
      expect(error?.detail.code).to.match(/^invalid-(json|data)$/);
      if (error?.detail.code === 'invalid-data') expect(String(error.detail.path)).to.match(/^\/title/);
      expectClean(el);
    });
  });
}

describe('bad counts, dates and coordinates', function () {
  this.timeout(30_000);
  guardPage();

  it('flows: null is a gap; strings, negatives, 1e309 and non-numbers are left out with paths', async () => {
    const raw = `{"series":[{"id":"a","label":"A","points":[
      {"date":"2016-01","value":1},{"date":"2016-02","value":null},{"date":"2016-03","value":"120"},
      {"date":"2016-04","value":-5},{"date":"2016-05","value":1e309},{"date":"2016-06","value":{}},
      {"date":"2016-07","value":true},{"date":"2016-08","value":3}]}]}`;
    const { el, events } = await render('mig-flow-timeline', raw, 'script');
    expect(el.state).to.equal('ready');
    const paths = events.filter((event) => event.detail.code === 'dropped-row').map((event) => event.detail.path);
    expect(paths).to.deep.equal([3, 4, 5, 6, 7].map((index) => `/series/0/points/${index - 1}/value`));
    expect(el.shadowRoot!.querySelector('[part~="source"]')?.textContent).to.match(/5/);
    expectClean(el);
  });

  it('flows: values summing past Number.MAX_VALUE, stacked or not, draw finite marks', async () => {
    for (const stacked of [false, true]) {
      const series = [0, 1, 2].map((index) => ({
        id: `s${index}`,
        label: `S${index}`,
        points: [
          { date: '2016-01', value: Number.MAX_VALUE },
          { date: '2016-02', value: 1.7e308 },
          { date: '2016-03', value: 0 },
        ],
      }));
      const { el } = await render('mig-flow-timeline', { stacked, series });
      expect(el.state).to.equal('ready');
      await withTable(el, () => expectClean(el));
    }
  });

  it('flows: dates that roll over, repeat, come out of order or lie far out of range', async () => {
    const points = [
      { date: '2016-03', value: 3 },
      { date: '2016-01', value: 1 },
      { date: '2016-02-30', value: 9 },
      { date: '2016-13', value: 9 },
      { date: '2016-01', value: 7 },
      { date: '0000', value: 9 },
      { date: '9999-12-31', value: 9 },
      { date: '275760-09-13', value: 9 },
      { date: '2016-02', value: 2 },
    ];
    const { el, events } = await render('mig-flow-timeline', {
      series: [{ id: 'a', label: 'A', points }],
      events: [{ date: '2016-02-15', end: '2016-01-01', label: 'backwards' }, { date: '1799-12-31', label: 'too early' }],
    });
    expect(el.state).to.equal('ready');
    const codes = events.filter((event) => event.type === 'mig-warning').map((event) => `${event.detail.code} ${event.detail.path}`);
    expect(codes).to.include.members([
      'dropped-row /series/0/points/2/date',
      'dropped-row /series/0/points/3/date',
      'dropped-row /series/0/points/5/date',
      'dropped-row /series/0/points/6/date',
      'dropped-row /series/0/points/7/date',
      'duplicate-date /series/0/points/4',
      'dropped-row /events/0/end',
      'dropped-row /events/1/date',
    ]);
    expectClean(el);
  });

  it('centres: coordinates out of range or swapped, counts that are not counts', async () => {
    const raw = `{"centres":[
      {"id":"ok","name":"OK","lat":44.8,"lon":20.4,"capacity":10,"occupancy":5},
      {"id":"swapped","name":"Swapped","lat":20.4,"lon":44.8,"capacity":10,"occupancy":5},
      {"id":"lat","name":"Lat","lat":144,"lon":20},
      {"id":"lon","name":"Lon","lat":44,"lon":-200},
      {"id":"swapped-out","name":"Out","lat":120.4,"lon":44.8},
      {"id":"inf","name":"Inf","lat":1e309,"lon":20},
      {"id":"text","name":"Text","lat":"44.8","lon":"20.4"},
      {"id":"neg","name":"Neg","lat":44,"lon":21,"capacity":-1},
      {"id":"huge","name":"Huge","lat":43,"lon":21,"capacity":1e308,"occupancy":1.7976931348623157e308},
      {"id":"tiny","name":"Tiny","lat":43.5,"lon":21,"capacity":0,"occupancy":3},
      {"id":"nulls","name":"Nulls","lat":43.2,"lon":20.9,"capacity":null,"occupancy":null}
    ]}`;
    const { el, events } = await render('mig-centre-map', raw, 'script');
    expect(el.state).to.equal('ready');
    const paths = events.filter((event) => event.detail.code === 'dropped-row').map((event) => event.detail.path);
    expect(paths).to.deep.equal(['/centres/2/lat', '/centres/3/lon', '/centres/4/lat', '/centres/5/lat', '/centres/6/lat', '/centres/7/capacity']);
    await withTable(el, () => expectClean(el));
  });

  it('centres: a centre on a pole (lat ±90 is inside the contract) draws finite marks', async () => {
    const north = { id: 'n', name: 'North', lat: 90, lon: 0, capacity: 10, occupancy: 5 };
    const south = { id: 's', name: 'South', lat: -90, lon: 0, capacity: 10, occupancy: 5 };
    const belgrade = { id: 'b', name: 'Belgrade', lat: 44.8, lon: 20.4, capacity: 10, occupancy: 5 };
    for (const centres of [[north, belgrade], [north], [south, belgrade]]) {
      const { el } = await render('mig-centre-map', { centres });
      expect(el.state).to.equal('ready');
      expectClean(el);
      el.parentElement!.remove();
    }
  });

  it('centres: a tiny capacity never shows an infinite rate', async () => {
    const { el } = await render('mig-centre-map', { centres: [{ id: 'a', name: 'A', lat: 44.8, lon: 20.4, capacity: 5e-324, occupancy: 1 }] });
    await withTable(el, () => {
      expectClean(el);
      expect(shadowText(el)).not.to.match(/∞|\(\s+of/);
    });
  });

  it('projects: budgets past the 10^15 cap, bad progress and dates', async () => {
    const raw = `{"projects":[
      {"id":"a","title":"A","budget":{"amount":1.7976931348623157e308,"currency":"EUR"},"progress":0.5},
      {"id":"b","title":"B","budget":{"amount":1e14,"currency":"EUR"},"progress":1.5},
      {"id":"c","title":"C","budget":{"amount":1e309,"currency":"EUR"}},
      {"id":"d","title":"D","start":"2017-02-29","end":"2016"},
      {"id":"e","title":"E","start":"2018","end":"2016"},
      {"id":"f","title":"F","budget":{"amount":"100","currency":"EUR"}},
      {"id":"g","title":"G","budget":{"amount":9e14,"currency":"EUR"}},
      {"id":"h","title":"H","budget":{"amount":9e14,"currency":"EUR"}}
    ]}`;
    const { el, events } = await render('mig-project-board', raw, 'script');
    expect(el.state).to.equal('ready');
    const paths = events.filter((event) => event.detail.code === 'dropped-row').map((event) => event.detail.path);
    expect(paths).to.deep.equal(['/projects/0/budget/amount', '/projects/1/progress', '/projects/2/budget/amount', '/projects/3/start', '/projects/4/end', '/projects/5/budget/amount']);
    await withTable(el, () => {
      expectClean(el);
      expect(shadowText(el)).not.to.match(/∞|NaN/);
    });
    const summary = el.shadowRoot!.querySelector('[part~="summary"]')!.textContent!;
    expect(summary, 'the budget total names an amount').not.to.match(/:\s+for \d/);
  });
});

describe('100,000-row datasets keep the page working', function () {
  this.timeout(60_000);
  guardPage();

  const day = (index: number) => new Date(Date.UTC(1850, 0, 1 + index)).toISOString().slice(0, 10);
  const big: Record<Tag, () => unknown> = {
    'mig-flow-timeline': () => ({ series: [{ id: 'a', label: 'A', points: Array.from({ length: 100_000 }, (_, index) => ({ date: day(index), value: (index * 7919) % 1000 })) }] }),
    'mig-centre-map': () => ({
      centres: Array.from({ length: 100_000 }, (_, index) => ({ id: `c${index}`, name: `Centre ${index}`, lat: 41 + (index % 500) / 100, lon: 18 + Math.floor(index / 500) / 25, capacity: 100, occupancy: index % 150 })),
    }),
    'mig-project-board': () => ({ projects: Array.from({ length: 100_000 }, (_, index) => ({ id: index, title: `Project ${index}`, status: ['active', 'planned', 'completed'][index % 3], budget: { amount: index, currency: 'EUR' } })) }),
  };

  const small: Record<Tag, unknown> = {
    'mig-flow-timeline': { title: 'After', series: [{ id: 'a', label: 'A', points: [{ date: '2016-01', value: 1 }] }] },
    'mig-centre-map': { title: 'After', centres: [{ id: 'c', name: 'C', lat: 44, lon: 20, capacity: 1, occupancy: 1 }] },
    'mig-project-board': { title: 'After', projects: [{ id: 'p', title: 'P' }] },
  };

  for (const tag of TAGS) {
    it(`${tag}: draws 100,000 rows and the page keeps working afterwards`, async () => {
      const { el } = await render(tag, big[tag]());
      expect(el.state).to.equal('ready');
      expectClean(el);
      // The page keeps working: timers run, and the widget takes new data after the big set.
      await sleep(0);
      el.data = small[tag];
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('After');
    });
  }
});
