/**
 * Network faults against the real dev server (test/server/faulty-server.mjs), for all three
 * widgets (README "Error codes", promises 4 and 5): each fault gives its documented code, the
 * newest request wins whatever order answers arrive in, nothing is retried, a removed widget is
 * silent and its request aborted, and nothing is thrown or rejected into the page.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { datasets, guardPage, mount, recordEvents, settle, sleep, TAGS, type Tag, until, type Widget } from './helpers.ts';

const payload = (tag: Tag, title: string) => encodeURIComponent(JSON.stringify(datasets[tag]({ text: title })));
const okUrl = (tag: Tag, title: string, delay = 0, key = '') => `/fault/ok?delay=${delay}&payload=${payload(tag, title)}${key ? `&key=${key}` : ''}`;
let keys = 0;
const newKey = () => `k${Date.now().toString(36)}-${(keys += 1)}`;

async function requestsFor(key: string): Promise<{ hits: number; aborted: number }> {
  return (await fetch(`/fault/requests?key=${key}`)).json();
}

const titleOf = (el: Widget) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent ?? null;

async function fetchInto(tag: Tag, src: string, props: Record<string, unknown> = {}) {
  let events: ReturnType<typeof recordEvents> = [];
  const el = await mount(tag, (element) => {
    events = recordEvents(element);
    Object.assign(element, props);
    element.src = src;
  });
  await until(() => events.some((event) => event.type === 'mig-error' || event.type === 'mig-load'), 8000, `an answer for ${src}`);
  await settle(el);
  return { el, events };
}

const FAULTS: [string, (key: string) => string, string, Record<string, unknown>?][] = [
  ['hang', (key) => `/fault/hang?for=5000&key=${key}`, 'timeout', { fetchTimeout: 300 }],
  ['a slow drip past the timeout', (key) => `/fault/drip?pause=120&key=${key}`, 'timeout', { fetchTimeout: 400 }],
  ['404', (key) => `/fault/status?code=404&key=${key}`, 'http-404'],
  ['429', (key) => `/fault/status?code=429&key=${key}`, 'http-429'],
  ['500', (key) => `/fault/status?code=500&key=${key}`, 'http-500'],
  ['502', (key) => `/fault/status?code=502&key=${key}`, 'http-502'],
  ['503', (key) => `/fault/status?code=503&key=${key}`, 'http-503'],
  ['HTML with status 200', (key) => `/fault/html?key=${key}`, 'not-json'],
  ['HTML labelled as JSON', (key) => `/fault/html-as-json?key=${key}`, 'not-json'],
  ['an image type', (key) => `/fault/type?type=image/png&key=${key}`, 'not-json'],
  ['truncated JSON', (key) => `/fault/truncated?key=${key}`, 'invalid-json'],
  ['a body over the size cap', (key) => `/fault/large?bytes=50000&key=${key}`, 'too-large', { maxBytes: 10_000 }],
  ['a streamed body over the size cap', (key) => `/fault/drip?pause=5&key=${key}`, 'too-large', { maxBytes: 16 }],
  ['a connection cut mid-body', (key) => `/fault/reset?key=${key}`, 'network'],
  ['an unknown host port', () => 'http://127.0.0.1:9/nothing.json', 'network'],
  ['an invalid URL', () => 'http://[not-a-host/data.json', 'network'],
];

for (const tag of TAGS) {
  describe(`${tag}: network faults`, function () {
    this.timeout(20_000);
    guardPage();

    for (const [name, url, code, props] of FAULTS) {
      it(`${name} → ${code}, shown in the widget, asked once`, async () => {
        const key = newKey();
        const { el, events } = await fetchInto(tag, url(key), props);
        const errors = events.filter((event) => event.type === 'mig-error');
        expect(errors.map((event) => event.detail.code)).to.deep.equal([code]);
        expect(el.state).to.equal('error');
        const banner = el.shadowRoot!.querySelector('[part~="error"]');
        expect(banner?.getAttribute('role')).to.equal('alert');
        expect(banner?.textContent).to.contain(code);
        // No retry: the server saw exactly one request, even after a while.
        await sleep(200);
        if (url(key).startsWith('/')) expect((await requestsFor(key)).hits).to.equal(1);
      });
    }

    it('fetch-timeout and max-bytes that are not numbers mean the defaults, never "no time" or "no limit"', async () => {
      for (const [name, value] of [['fetch-timeout', 'soon'], ['max-bytes', '20MB'], ['fetch-timeout', '0'], ['max-bytes', '-1']]) {
        let events: ReturnType<typeof recordEvents> = [];
        const el = await mount(tag, (element) => {
          events = recordEvents(element);
          element.setAttribute(name!, value!);
          element.src = okUrl(tag, `With ${name}=${value}`, 150);
        });
        await until(() => events.some((event) => event.type === 'mig-error' || event.type === 'mig-load'), 5000, 'an answer');
        expect(events.filter((event) => event.type === 'mig-error').map((event) => event.detail.code), `${name}="${value}"`).to.deep.equal([]);
        await settle(el);
        expect(titleOf(el)).to.equal(`With ${name}=${value}`);
      }
    });

    it('a body with a byte-order mark loads', async () => {
      const { el, events } = await fetchInto(tag, `/fault/bom?payload=${payload(tag, 'With BOM')}`);
      expect(events.map((event) => event.type)).to.include('mig-load');
      expect(titleOf(el)).to.equal('With BOM');
    });

    it('a slow drip within the timeout loads', async () => {
      const { el } = await fetchInto(tag, `/fault/drip?pause=2&payload=${payload(tag, 'Dripped')}`, { fetchTimeout: 8000 });
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Dripped');
    });

    it('a second origin without a CORS header → network; with it → loads', async () => {
      const { origin } = await (await fetch('/fault/second-origin')).json();
      expect(new URL(origin).origin).not.to.equal(location.origin);
      const blocked = await fetchInto(tag, `${origin}/no-cors?payload=${payload(tag, 'Blocked')}`);
      expect(blocked.events.filter((event) => event.type === 'mig-error').map((event) => event.detail.code)).to.deep.equal(['network']);
      const allowed = await fetchInto(tag, `${origin}/cors?payload=${payload(tag, 'Allowed')}`);
      expect(titleOf(allowed.el)).to.equal('Allowed');
    });

    it('keeps the last good picture when a later src fails', async () => {
      const { el, events } = await fetchInto(tag, okUrl(tag, 'Good'));
      const chartBefore = el.shadowRoot!.querySelector('[part~="chart"]');
      expect(chartBefore).not.to.equal(null);
      el.src = '/fault/status?code=503';
      await until(() => events.some((event) => event.type === 'mig-error'), 5000, 'mig-error');
      await settle(el);
      expect(el.state).to.equal('error');
      expect(titleOf(el)).to.equal('Good');
      expect(el.shadowRoot!.querySelector('[part~="chart"]')).not.to.equal(null);
    });

    it('removed mid-fetch: the request is aborted, no event follows; re-inserted: it loads', async () => {
      const key = newKey();
      const el = await mount(tag, (element) => {
        element.src = okUrl(tag, 'Late', 400, key);
      });
      const events = recordEvents(el);
      const box = el.parentElement!;
      el.remove();
      await sleep(700);
      expect(events).to.deep.equal([]);
      expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborted: 1 });
      box.append(el);
      await until(() => events.some((event) => event.type === 'mig-load'), 5000, 'mig-load after re-insertion');
      await settle(el);
      expect(titleOf(el)).to.equal('Late');
      expect((await requestsFor(key)).hits).to.equal(2);
    });

    it('src changed while removed is fetched on re-insertion', async () => {
      const { el, events } = await fetchInto(tag, okUrl(tag, 'First'));
      const box = el.parentElement!;
      el.remove();
      el.src = okUrl(tag, 'Changed while away');
      await sleep(100);
      box.append(el);
      await until(() => titleOf(el) === 'Changed while away', 3000, 'the new src drawn');
      expect(events.filter((event) => event.type === 'mig-error')).to.deep.equal([]);
    });

    it('a child script changed while removed wins over the request the removal cut off', async () => {
      const key = newKey();
      const el = await mount(tag, (element) => {
        element.src = okUrl(tag, 'Old request', 300, key);
      });
      const box = el.parentElement!;
      el.remove();
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(datasets[tag]({ text: 'Newer script' }));
      el.append(script);
      box.append(el);
      await until(() => titleOf(el) === 'Newer script', 3000, 'the script drawn');
      await sleep(500);
      expect(titleOf(el)).to.equal('Newer script');
      expect((await requestsFor(key)).hits).to.equal(1);
    });

    it('removed for good mid-fetch: silent forever, also for errors and timeouts', async () => {
      for (const src of ['/fault/status?code=500&delay=200', '/fault/hang?for=2000', '/fault/truncated?delay=200']) {
        const el = await mount(tag, (element) => {
          element.fetchTimeout = 300;
          element.src = src;
        });
        const events = recordEvents(el);
        el.remove();
        await sleep(500);
        expect(events, src).to.deep.equal([]);
      }
    });

    it('src changed mid-flight in random orders: the newest source wins, every time', async () => {
      type Step = { kind: 'src' | 'data'; delay: number; gap: number };
      const step = fc.record({ kind: fc.constantFrom('src', 'src', 'data'), delay: fc.integer({ min: 0, max: 250 }), gap: fc.integer({ min: 0, max: 60 }) }) as fc.Arbitrary<Step>;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
          const el = await mount(tag, () => {});
          const events = recordEvents(el);
          let last = '';
          for (const [index, { kind, delay, gap }] of steps.entries()) {
            last = `Step ${index} ${kind}`;
            if (kind === 'src') el.src = okUrl(tag, last, delay);
            else el.data = datasets[tag]({ text: last });
            await sleep(gap);
          }
          await until(() => titleOf(el) === last && el.state === 'ready', 3000, `"${last}" shown`);
          const loads = events.filter((event) => event.type === 'mig-load').length;
          // Late answers to older requests change nothing and fire nothing.
          await sleep(300);
          await settle(el);
          expect(titleOf(el)).to.equal(last);
          expect(events.filter((event) => event.type === 'mig-load').length).to.equal(loads);
          expect(events.filter((event) => event.type === 'mig-error')).to.deep.equal([]);
          el.parentElement!.remove();
        }),
        { numRuns: 8, seed: 20_261_123 },
      );
    });

    it('src and the child script interleaved with removal and re-insertion in random orders', async () => {
      type Step = 'src-slow' | 'src-fast' | 'script' | 'remove' | 'insert';
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom<Step>('src-slow', 'src-fast', 'script', 'remove', 'insert'), { minLength: 2, maxLength: 5 }), async (steps) => {
          const el = await mount(tag, () => {});
          const box = el.parentElement!;
          const events = recordEvents(el);
          let last = '';
          let connected = true;
          let eventsWhileOut = 0;
          for (const [index, step] of steps.entries()) {
            if (step === 'remove' || step === 'insert') {
              if (step === 'remove' && connected) el.remove();
              if (step === 'insert' && !connected) box.append(el);
              connected = step === 'insert' ? true : step === 'remove' ? false : connected;
            } else {
              last = `Step ${index}`;
              if (step === 'script') {
                el.querySelector('script')?.remove();
                const script = document.createElement('script');
                script.type = 'application/json';
                script.textContent = JSON.stringify(datasets[tag]({ text: last }));
                el.append(script);
              } else el.src = okUrl(tag, last, step === 'src-slow' ? 200 : 0);
            }
            const before = events.length;
            await sleep(40);
            if (!connected) eventsWhileOut += events.length - before;
          }
          if (!connected) {
            const before = events.length;
            await sleep(300);
            eventsWhileOut += events.length - before;
            box.append(el);
          }
          expect(eventsWhileOut, 'events while removed').to.equal(0);
          if (last) await until(() => titleOf(el) === last, 3000, `"${last}" shown after ${steps.join(', ')}`);
          box.remove();
        }),
        { numRuns: 10, seed: 20_261_124 },
      );
    });
  });
}

describe('<mig-centre-map>: basemap requests', function () {
  this.timeout(20_000);
  guardPage();

  it('a basemap URL that hangs is aborted on removal, and nothing fires afterwards', async () => {
    const key = newKey();
    const el = await mount('mig-centre-map', (element) => {
      element.setAttribute('basemap', `/fault/hang?for=3000&key=${key}`);
      element.data = datasets['mig-centre-map']();
    });
    await until(() => el.state === 'ready', 3000, 'ready');
    const events = recordEvents(el);
    await sleep(100);
    el.remove();
    await sleep(300);
    expect(events).to.deep.equal([]);
    expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborted: 1 });
  });

  it('a basemap that fails reports its code, and the centres stay drawn', async () => {
    let events: ReturnType<typeof recordEvents> = [];
    const el = await mount('mig-centre-map', (element) => {
      events = recordEvents(element);
      element.setAttribute('basemap', '/fault/status?code=404');
      element.data = datasets['mig-centre-map']();
    });
    await until(() => events.some((event) => event.type === 'mig-error'), 5000, 'basemap mig-error');
    expect(events.find((event) => event.type === 'mig-error')?.detail).to.include({ code: 'http-404', source: 'basemap' });
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="chart"]')).not.to.equal(null);
  });
});
