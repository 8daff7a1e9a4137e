/**
 * A standalone SVG document from a server-rendered widget: its chart `<svg>`, the widget's CSS
 * with every design token resolved to the theme's colour (so the file looks the same outside
 * the page), the dataset's title above and its sources below.
 */
import { validateCentres, validateFlows } from '../core/data/contracts.ts';
import type { DatasetMeta, Source, Validation } from '../core/data/types.ts';
import { formatDate } from '../core/text/format.ts';
import { normaliseLocale } from '../core/text/locale.ts';
import { baseMessages } from '../core/text/messages/base.ts';
import { messagesFor } from '../core/text/messages/catalogue.ts';
import { pickText } from '../core/text/pick.ts';

export interface SvgOptions {
  /** Values for public custom properties, e.g. `{ '--mig-series-1': '#b30000' }`. */
  tokens?: Record<string, string>;
  /** Font family written on the document (the widgets inherit the page's font). */
  fontFamily?: string;
}

interface Context {
  tokens: Map<string, string>;
  overrides: Record<string, string>;
  dark: boolean;
  depth: number;
}

const DEFAULT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 8;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 11;
/** Average glyph width in em, for wrapping lines without measuring text. */
const GLYPH_EM = 0.56;

/** The validators of the widgets that draw one picture. */
const VALIDATORS: Record<PictureTag, (raw: unknown) => Validation<DatasetMeta>> = {
  'mig-flow-timeline': validateFlows,
  'mig-centre-map': validateCentres,
};

export type PictureTag = 'mig-flow-timeline' | 'mig-centre-map';

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Lit's part markers and any other comment. */
export function stripComments(markup: string): string {
  return markup.replace(/<!--[\s\S]*?-->/g, '');
}

/** The `<svg>…</svg>` that starts at or after `from`, with its nested `<svg>`s. */
export function svgElementAt(markup: string, from: number): string | undefined {
  const start = markup.indexOf('<svg', from);
  if (start < 0) return undefined;
  const tags = /<svg[\s>]|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    depth += match[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return markup.slice(start, match.index + match[0].length);
  }
  return undefined;
}

/** Index of the matching `)` for the `(` at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Arguments of a CSS function, split at top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * `value` with `light-dark()` decided and `var()` of the design tokens replaced by their values.
 * A custom property that is not a token (such as a series' `--c`) stays a `var()`.
 */
export function resolveValue(value: string, context: Context): string {
  if (context.depth > 20) return value;
  const pattern = /\b(light-dark|var)\(/g;
  let output = '';
  let last = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const open = match.index + match[0].length - 1;
    const close = closingParen(value, open);
    if (close < 0) break;
    const args = splitArguments(value.slice(open + 1, close));
    const inner = { ...context, depth: context.depth + 1 };
    let replacement: string;
    if (match[1] === 'light-dark') {
      replacement = resolveValue((context.dark ? args[1] : args[0]) ?? '', inner);
    } else {
      const name = args[0] ?? '';
      const fallback = args.length > 1 ? args.slice(1).join(', ') : undefined;
      const override = context.overrides[name];
      const token = context.tokens.get(name);
      if (override !== undefined) replacement = resolveValue(override, inner);
      else if (token !== undefined) replacement = resolveValue(token, inner);
      else if (name.startsWith('--mig-') && fallback !== undefined) replacement = resolveValue(fallback, inner);
      else replacement = `var(${name}${fallback !== undefined ? `, ${resolveValue(fallback, inner)}` : ''})`;
    }
    output += value.slice(last, match.index) + replacement;
    last = close + 1;
    pattern.lastIndex = close + 1;
  }
  return output + value.slice(last);
}

interface Rule {
  prelude: string;
  body: string;
}

/** Top-level rules of a stylesheet (an at-rule's block stays whole in `body`). */
export function cssRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0 && open >= 0) {
        rules.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
        start = i + 1;
        open = -1;
      }
    }
  }
  return rules;
}

/** Custom property declarations (`--name: value`) of a rule body. */
function declarations(body: string): [string, string][] {
  return body
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration.startsWith('--'))
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [string, string];
    });
}

/**
 * The stylesheet for the standalone file: the design tokens (declared on `:host`) resolved into
 * the rules that draw the picture; host, animation and media rules left out.
 */
export function standaloneCss(css: string, dark: boolean, overrides: Record<string, string>): { css: string; resolve: (value: string) => string } {
  const rules = cssRules(css);
  const tokens = new Map<string, string>();
  for (const rule of rules) {
    if (rule.prelude === ':host') for (const [name, value] of declarations(rule.body)) tokens.set(name, value);
  }
  const context: Context = { tokens, overrides, dark, depth: 0 };
  const resolve = (value: string) => resolveValue(value, context);
  const kept = rules
    .filter((rule) => !rule.prelude.startsWith('@') && !rule.prelude.includes(':host'))
    .map((rule) => `${rule.prelude} {${resolve(rule.body)}}`);
  return { css: kept.join('\n'), resolve };
}

/** Words of `text` in lines of at most `width` px at `size` px (estimated glyph widths). */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function sourceLine(sources: readonly Source[], locale: string): string {
  const words = messagesFor(baseMessages, locale);
  if (!sources.length) return '';
  const parts = sources.map((source) => {
    const date = source.date ? ` (${formatDate(source.date, locale)})` : '';
    const licence = pickText(source.licence, locale);
    return `${pickText(source.name, locale)}${date}${licence ? `, ${words.licence}: ${licence}` : ''}`;
  });
  return `${sources.length > 1 ? words.sources : words.source}: ${parts.join('; ')}`;
}

/** Text of the rendered summary paragraph, as escaped markup (Lit escaped it). */
function summaryOf(markup: string): string {
  const match = /<p part="summary"[^>]*>([\s\S]*?)<\/p>/.exec(markup);
  return match ? stripComments(match[1] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
}

/** The standalone SVG document for server-rendered `markup` of `tag` drawing `data`. */
export function standaloneSvg(
  tag: PictureTag,
  markup: string,
  data: unknown,
  options: SvgOptions & { lang?: string; theme?: 'light' | 'dark' | 'auto' },
): string {
  const chartAt = markup.indexOf('part="chart"');
  const chart = chartAt >= 0 ? svgElementAt(markup, chartAt) : undefined;
  if (!chart) throw new Error(`<${tag}> drew no picture for this data`);
  const style = /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? '';
  const { css, resolve } = standaloneCss(style, options.theme === 'dark', options.tokens ?? {});
  const locale = normaliseLocale(options.lang);
  const validation = VALIDATORS[tag](data);
  const meta: DatasetMeta = validation.ok ? validation.value : { source: [] };

  const open = /^<svg([^>]*)>/.exec(chart);
  const width = Number(/\swidth="([\d.]+)"/.exec(open?.[1] ?? '')?.[1] ?? 640);
  const chartHeight = Number(/\sheight="([\d.]+)"/.exec(open?.[1] ?? '')?.[1] ?? 400);
  const textWidth = width - 2 * PAD;

  const title = pickText(meta.title, locale);
  const subtitle = pickText(meta.subtitle, locale);
  const heading: string[] = [];
  let y = PAD;
  for (const line of title ? wrapText(title, textWidth, TITLE_SIZE) : []) {
    y += TITLE_SIZE * 1.25;
    heading.push(`<text class="mig-title" x="${PAD}" y="${y}">${escapeText(line)}</text>`);
  }
  for (const line of subtitle ? wrapText(subtitle, textWidth, SUBTITLE_SIZE) : []) {
    y += SUBTITLE_SIZE * 1.35;
    heading.push(`<text class="mig-subtitle" x="${PAD}" y="${y}">${escapeText(line)}</text>`);
  }
  const chartTop = Math.ceil(heading.length ? y + PAD : 0);
  y = chartTop + chartHeight;
  const footer: string[] = [];
  for (const line of wrapText(sourceLine(meta.source, locale), textWidth, SOURCE_SIZE)) {
    y += SOURCE_SIZE * 1.4;
    footer.push(`<text class="mig-source" x="${PAD}" y="${y}">${escapeText(line)}</text>`);
  }
  const height = Math.ceil(y + (footer.length ? PAD : 0));

  const body = stripComments(chart)
    .replace(/^<svg/, `<svg x="0" y="${chartTop}"`)
    .replace(/\s(?:tabindex|aria-hidden|role|aria-[a-z]+|data-[a-z-]+)="[^"]*"/g, '')
    .replace(/\sstyle="([^"]*)"/g, (_all, value: string) => ` style="${escapeAttribute(resolve(value.replace(/&quot;/g, '"')))}"`);
  const fg = resolve('var(--_fg)');
  const muted = resolve('var(--_muted)');
  const background = resolve('var(--_bg)');
  const font = options.fontFamily ?? DEFAULT_FONT;
  const summary = summaryOf(markup);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(font)}" lang="${escapeAttribute(locale)}" role="img">`,
    title ? `<title>${escapeText(title)}</title>` : '',
    summary ? `<desc>${summary}</desc>` : '',
    `<style>\n${css}\n.mig-title { fill: ${fg}; font-size: ${TITLE_SIZE}px; font-weight: 700; }\n.mig-subtitle { fill: ${muted}; font-size: ${SUBTITLE_SIZE}px; }\n.mig-source { fill: ${muted}; font-size: ${SOURCE_SIZE}px; }\n</style>`,
    `<rect width="100%" height="100%" fill="${escapeAttribute(background)}"></rect>`,
    ...heading,
    body,
    ...footer,
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
