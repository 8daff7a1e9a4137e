/**
 * Static pre-rendering in Node with `@lit-labs/ssr`.
 *
 * `renderToHtml()` gives a widget as HTML: the element with a declarative shadow root that shows
 * the complete picture (title, axes and their labels, marks, legend, summary, sources) before
 * any script runs, and the dataset as a child `<script type="application/json">`, so that the
 * widget's script, when it loads, takes over the same picture without a request.
 * `renderToSvg()` gives the picture as a standalone SVG file, and `cspHashes()` the hashes a
 * strict Content-Security-Policy needs to allow the pre-rendered styles.
 *
 * Nothing here touches `document` or `window`; the widgets' own server paths draw at
 * `options.width` in the `options.lang` language.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { BASEMAP_NAMES, loadBasemap } from '../core/geo/basemaps.ts';
import { standaloneSvg, type SvgOptions } from './svg.ts';

export const WIDGET_TAGS = ['mig-flow-timeline', 'mig-centre-map', 'mig-project-board'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Attribute values as written on the element; `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /** Language of everything shown (BCP 47: `en`, `sr-Cyrl`, `bs` …), written on the element. Default `en`. */
  lang?: string;
  /**
   * Width in px the picture is drawn for, written as `initial-width`. In the browser the widget
   * follows its container's real width once measured. Default 640.
   */
  width?: number;
  /** `light`, `dark` or `auto` (default: follows the reader's preference, through CSS). */
  theme?: 'light' | 'dark' | 'auto';
  /** Level of the title heading, 1–6 (default 2). */
  headingLevel?: number;
  /** More attributes: a widget's own (`{ layout: 'list' }`, `{ date: '2016-12' }`), `id`, `class` … */
  attributes?: Record<string, AttributeValue>;
}

export const DEFAULT_WIDTH = 640;

const ELEMENT_MODULES: Record<WidgetTag, () => Promise<unknown>> = {
  'mig-flow-timeline': () => import('../flow-timeline.ts'),
  // A server has time to load the basemaps first: the picture is complete in one pass.
  'mig-centre-map': () => Promise.all([import('../centre-map.ts'), ...BASEMAP_NAMES.map(loadBasemap)]),
  'mig-project-board': () => import('../project-board.ts'),
};

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/**
 * Set from the options, or never written: not accepted in `attributes`. A `src` would make the
 * browser fetch and draw something else than the pre-rendered picture.
 */
const RESERVED = new Set(['lang', 'theme', 'heading-level', 'initial-width', 'state', 'src', 'shadowroot', 'shadowrootmode']);

export function isWidgetTag(value: unknown): value is WidgetTag {
  return typeof value === 'string' && (WIDGET_TAGS as readonly string[]).includes(value);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that is safe inside `<script>`: no `</script>`, no `<!--`, and no line separators that old parsers trip on. */
export function scriptSafeJson(data: unknown): string {
  const text = JSON.stringify(data);
  if (text === undefined) throw new TypeError('The data is not JSON');
  return text.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function attributeText(tag: WidgetTag, options: RenderOptions): string {
  const width = Math.round(options.width ?? DEFAULT_WIDTH);
  if (!Number.isFinite(width) || width < 1) throw new RangeError(`width must be a positive number of pixels, not ${options.width}`);
  const theme = options.theme ?? 'auto';
  if (!['light', 'dark', 'auto'].includes(theme)) throw new RangeError(`theme must be light, dark or auto, not ${theme}`);
  const attributes: [string, string][] = [
    ['lang', options.lang?.trim() || 'en'],
    ['initial-width', String(width)],
  ];
  if (theme !== 'auto') attributes.push(['theme', theme]);
  if (options.headingLevel !== undefined) attributes.push(['heading-level', String(options.headingLevel)]);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name) || RESERVED.has(name)) throw new RangeError(`<${tag}>: the attribute "${name}" cannot be set here`);
    if (value === false || value === null || value === undefined) continue;
    attributes.push([name, value === true ? '' : String(value)]);
  }
  return attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
}

/** The element with its declarative shadow root, without the dataset script. */
async function renderElement(tag: WidgetTag, data: unknown, options: RenderOptions): Promise<string> {
  if (!isWidgetTag(tag)) throw new TypeError(`Unknown element <${String(tag)}>: use one of ${WIDGET_TAGS.join(', ')}`);
  const attributes = attributeText(tag, options);
  await ELEMENT_MODULES[tag]();
  const name = unsafeStatic(tag);
  // A static tag (lit/static-html.js): one of the three known tags, never data.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const output = await collectResult(render(html`<${name} ${unsafeStatic(attributes)} .data=${data}></${name}>`));
  // The markers around the host belong to this one-off outer template, which nothing hydrates;
  // the markers inside the shadow root stay: they let the element hydrate its own picture.
  return output
    .replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
}

/**
 * The widget `tag` drawing `data` (or the promise of it), as HTML: the element with its declarative shadow root, and
 * the dataset as a child `<script type="application/json">` so that the browser takes over
 * without a request. Rejects on an unknown tag, bad options or data that is not JSON; data that
 * breaks the contract renders the widget's error message, as in the browser.
 */
export async function renderToHtml(tag: WidgetTag, data: unknown, options: RenderOptions = {}): Promise<string> {
  const value: unknown = await data;
  const json = scriptSafeJson(value);
  const output = await renderElement(tag, value, options);
  const close = `</${tag}>`;
  if (!output.endsWith(close)) throw new Error(`<${tag}> did not render`);
  return `${output.slice(0, -close.length)}<script type="application/json">${json}</script>${close}`;
}

/**
 * The picture of `tag` drawing `data` as a standalone SVG document (with the dataset's title
 * above it and its sources below), in the theme's colours. Rejects for `mig-project-board`,
 * which has no single picture (its data downloads as CSV), and when the data draws nothing.
 */
export async function renderToSvg(tag: WidgetTag, data: unknown, options: RenderOptions & SvgOptions = {}): Promise<string> {
  if (tag === 'mig-project-board') throw new TypeError('<mig-project-board> has no single picture to export as SVG');
  const value: unknown = await data;
  const markup = await renderElement(tag, value, options);
  return standaloneSvg(tag, markup, value, options);
}

/**
 * CSP sources that allow the inline styles of pre-rendered `html`: `'sha256-…'` for each
 * `<style>` element (add them to `style-src`), and for each `style="…"` attribute (add them to
 * `style-src-attr` together with `'unsafe-hashes'`).
 */
export async function cspHashes(markup: string): Promise<{ styleElements: string[]; styleAttributes: string[] }> {
  const elements = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const attributes = [...markup.matchAll(/\sstyle="([^"]*)"/g)].map((match) => decodeAttribute(match[1] ?? ''));
  return { styleElements: await hashes(elements), styleAttributes: await hashes(attributes) };
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function hashes(texts: string[]): Promise<string[]> {
  const unique = [...new Set(texts)];
  const encoder = new TextEncoder();
  const digests = await Promise.all(unique.map((text) => crypto.subtle.digest('SHA-256', encoder.encode(text))));
  return digests.map((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
}
