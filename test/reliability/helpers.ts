/**
 * Shared pieces of the reliability suite (Chromium): the three widgets with a small valid
 * dataset each and the places where text and links go, a page guard that fails a test on any
 * uncaught error or unhandled rejection, and a walker over every element of the rendered
 * shadow DOM (nested shadow roots included).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.ts';
import type { MigElement } from '../../src/elements/base/mig-element.ts';
import type { DatasetMeta } from '../../src/core/data/types.ts';

export type Widget = MigElement<DatasetMeta>;
export type Tag = 'mig-flow-timeline' | 'mig-centre-map' | 'mig-project-board';
export const TAGS: readonly Tag[] = ['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'];

/** A JSON-like value. */
type Json = unknown;

/** Build a dataset with `text` in every Text field, `id` as every id and `url` in every link. */
export interface Fill {
  text: Json;
  id?: Json;
  url?: Json;
}

export const datasets: Record<Tag, (fill?: Partial<Fill>) => Json> = {
  'mig-flow-timeline': ({ text = 'Arrivals', id, url } = {}) => ({
    title: text,
    subtitle: text,
    note: text,
    unit: text,
    source: [{ name: text, url: url ?? 'https://example.org/flows', date: '2016-03', licence: text }],
    series: [
      {
        id: id ?? 'registered',
        label: text,
        note: text,
        points: [
          { date: '2016-01', value: 100, note: text },
          { date: '2016-02', value: 250, estimate: true, note: text },
          { date: '2016-03', value: null },
          { date: '2016-04', value: 180 },
        ],
      },
      { id: id === undefined ? 'second' : `${String(id)}-2`, label: text, points: [{ date: '2016-01', value: 20 }, { date: '2016-04', value: 60 }] },
    ],
    events: [
      { id: id ?? 'closing', date: '2016-02-15', label: text, note: text },
      { date: '2016-03-01', end: '2016-03-20', label: text },
    ],
  }),
  'mig-centre-map': ({ text = 'Krnjača', id, url } = {}) => ({
    title: text,
    subtitle: text,
    note: text,
    asOf: '2017-01',
    source: { name: text, url: url ?? 'https://example.org/centres', licence: text },
    centres: [
      {
        id: id ?? 'krnjaca',
        name: text,
        type: text,
        lat: 44.804,
        lon: 20.465,
        capacity: 1000,
        occupancy: 980,
        history: [
          { date: '2016-12', occupancy: 1100, capacity: 1000 },
          { date: '2017-01', occupancy: 980, capacity: 1000 },
        ],
        status: 'open',
        url: url ?? 'https://example.org/krnjaca',
        note: text,
      },
      { id: id === undefined ? 'obrenovac' : `${String(id)}-2`, name: text, type: 'transit', lat: 44.65, lon: 20.2, capacity: 0, occupancy: 12, url },
    ],
  }),
  'mig-project-board': ({ text = 'Open Communities', id, url } = {}) => ({
    title: text,
    subtitle: text,
    note: text,
    source: { name: text, url: url ?? 'https://example.org/projects' },
    projects: [
      {
        id: id ?? 'open',
        title: text,
        status: 'active',
        summary: text,
        donors: [text, 'EU'],
        partners: [text],
        themes: [text],
        budget: { amount: 130000, currency: 'EUR' },
        start: '2015-09',
        end: '2017',
        country: 'RS',
        url: url ?? 'https://example.org/open',
        progress: 0.5,
      },
      { id: id === undefined ? 'other' : `${String(id)}-2`, title: text, status: text, donors: [text], url },
    ],
  }),
};

/** Place the widget in a sized box and wait until it has drawn. */
export async function mount(tag: Tag, setup: (el: Widget) => void, { width = 640, lang = 'en', dir = '' } = {}): Promise<Widget> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.lang = lang;
  if (dir) box.dir = dir;
  const el = document.createElement(tag) as unknown as Widget;
  setup(el);
  box.append(el);
  document.body.append(box);
  await settle(el);
  return el;
}

export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function settle(el: Widget): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await frames();
  }
}

export async function until(check: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Remove every widget box the suite added. */
export function cleanup(): void {
  for (const el of document.querySelectorAll(TAGS.join(','))) (el.parentElement === document.body ? el : el.parentElement!).remove();
}

/** Every element under `root`, descending into open shadow roots. */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element instanceof HTMLTemplateElement) visit(element.content);
      visit(element);
    }
  };
  visit(root);
  return found;
}

const NON_FINITE = /\bNaN\b|Infinity|undefined|\[object /;

/** Attributes of rendered elements whose value prints NaN, Infinity, undefined or an object. */
export function badAttributes(host: Element): string[] {
  const problems: string[] = [];
  for (const element of [host, ...allElements(host.shadowRoot ?? host)]) {
    for (const attribute of element.attributes) {
      if (NON_FINITE.test(attribute.value)) problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 80)}">`);
    }
  }
  return problems;
}

/** Elements and attributes that would mean data became markup or script. */
export function activeContent(host: Element): string[] {
  const problems: string[] = [];
  for (const element of allElements(host.shadowRoot ?? host)) {
    if (/^(script|img|iframe|object|embed|frame|frameset|style|link|meta|base|form|foreignobject|animate|set|image|use|video|audio|source)$/i.test(element.localName)) {
      // Lit's own <style> for adoptedStyleSheets fallbacks never appears in Chromium.
      problems.push(`<${element.localName}>`);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`<${element.localName} ${attribute.name}>`);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(attribute.name) && !/^https?:\/\//i.test(attribute.value) && !/^#/.test(attribute.value)) {
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`<a href="${element.getAttribute('href')}" rel="${element.getAttribute('rel')}">`);
    }
  }
  return problems;
}

/** All text a reader could see or hear in the widget (shadow DOM included). */
export function shadowText(host: Element): string {
  return allElements(host.shadowRoot ?? host)
    .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? ''))
    .join(' ');
}

/** The flag hostile payloads try to set. */
export const pwned = () => (window as unknown as { __migPwned?: unknown }).__migPwned;

/** Object.prototype, Array.prototype and friends as they are now. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, EventTarget.prototype, HTMLElement.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

/**
 * Fails the current test on any uncaught error or unhandled rejection in the page, and on any
 * change to built-in prototypes. Call once per describe block.
 */
export function guardPage(): { errors: string[] } {
  const state = { errors: [] as string[] };
  let snapshot = '';
  const onError = (event: ErrorEvent) => state.errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => state.errors.push(`unhandled rejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
  beforeEach(() => {
    state.errors.length = 0;
    snapshot = prototypeSnapshot();
    delete (window as unknown as { __migPwned?: unknown }).__migPwned;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Give late handlers (img onerror, rejected promises) a chance to surface.
    await sleep(30);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
    expect(state.errors, 'errors reached the page').to.deep.equal([]);
    expect(pwned(), 'a payload executed').to.equal(undefined);
    expect(prototypeSnapshot(), 'built-in prototypes changed').to.equal(snapshot);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
  return state;
}

/** Record the widget's events from now on. */
export function recordEvents(el: Element): { type: string; detail: Record<string, unknown> }[] {
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  for (const type of ['mig-load', 'mig-error', 'mig-warning', 'mig-select']) {
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}
