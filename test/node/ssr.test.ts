/**
 * Server rendering in Node: the complete picture as declarative shadow DOM (title, axes, marks,
 * legend, summary, sources), in the requested language and width, the dataset embedded as
 * script-safe JSON, and a standalone SVG; all without a `document` or `window`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHashes, renderToHtml, renderToSvg } from '../../src/ssr/render.ts';

const root = resolve(import.meta.dirname, '../..');
const dataset = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(root, 'data', `${name}.json`), 'utf8'));
const flows = dataset('flows-serbia');
const centres = dataset('centres-serbia');
const projects = dataset('projects-iom');

/** The shadow root's markup without Lit's part markers. */
function shadow(html: string): string {
  const match = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html);
  expect(match, 'a declarative shadow root').not.toBeNull();
  return match![1]!.replace(/<!--[\s\S]*?-->/g, '');
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** The JSON of the child data script. */
function embedded(html: string): unknown {
  const match = /<script type="application\/json">([\s\S]*?)<\/script><\/mig-[a-z-]+>$/.exec(html);
  expect(match, 'the dataset as a child JSON script').not.toBeNull();
  return JSON.parse(match![1]!);
}

describe('renderToHtml: <mig-flow-timeline>', async () => {
  const html = await renderToHtml('mig-flow-timeline', flows, { lang: 'en', width: 720 });
  const picture = shadow(html);

  it('is the element with its attributes, a declarative shadow root and the data', () => {
    expect(html).toMatch(/^<mig-flow-timeline lang="en" initial-width="720"[^>]* state="ready">/);
    expect(html.endsWith('</mig-flow-timeline>')).toBe(true);
    expect(embedded(html)).toEqual(flows);
    expect(count(html, /<template shadowroot/g)).toBe(1);
  });

  it('draws the title, subtitle, both axes with their labels, the series, events, legend, summary and sources', () => {
    expect(picture).toContain('Registered intentions to seek asylum in Serbia, 2015–2018');
    expect(picture).toContain('part="subtitle"');
    expect(picture).toMatch(/<g class="axis x"[\s\S]*<text[^>]*>Jan 2016<\/text>/);
    expect(picture).toMatch(/<g class="axis y"[\s\S]*<text[^>]*>150,000<\/text>/);
    expect(count(picture, /<path class="line" d="M[^"]+"/g)).toBeGreaterThanOrEqual(2);
    expect(picture).toContain('class="line estimate"');
    expect(picture).toContain('Hungary seals its border with Serbia');
    expect(picture).toMatch(/part="legend"[\s\S]*Registered intentions to seek asylum/);
    expect(picture).toMatch(/<p part="summary"[^>]*>[^<]*\S/);
    expect(picture).toMatch(/part="source"[\s\S]*UNHCR/);
  });

  it('draws at the requested width', () => {
    expect(picture).toMatch(/<svg\s+width="720"/);
  });

  it('speaks the requested language: Serbian Cyrillic from Latin data', async () => {
    const cyrillic = shadow(await renderToHtml('mig-flow-timeline', flows, { lang: 'sr-Cyrl' }));
    expect(cyrillic).toContain('Регистроване намере да се затражи азил у Србији');
    expect(cyrillic).toContain('150.000');
    expect(cyrillic).not.toContain('Show as table');
  });

  it('touches no document or window', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });
});

describe('renderToHtml: <mig-centre-map>', async () => {
  const html = await renderToHtml('mig-centre-map', centres, { lang: 'sr-Latn', theme: 'dark', width: 600 });
  const picture = shadow(html);

  it('draws the basemap, one marker per centre, labels, the legend and the date control', () => {
    expect(html).toMatch(/^<mig-centre-map lang="sr-Latn" initial-width="600" theme="dark"[^>]* state="ready">/);
    expect(picture).toMatch(/<svg\s+width="600"/);
    expect(picture).toMatch(/<g class="land">\s*<path/);
    const centreIds = (centres.centres as { id: string }[]).map((centre) => centre.id);
    for (const id of centreIds) expect(picture, `marker of ${id}`).toContain(`data-id="${id}"`);
    expect(picture).toMatch(/<g class="labels">\s*<text/);
    expect(picture).toContain('part="legend"');
    expect(picture).toContain('part="dates"');
    expect(picture).toContain('Centri za azil i prihvatni centri u Srbiji');
  });
});

describe('renderToHtml: <mig-project-board>', async () => {
  const html = await renderToHtml('mig-project-board', projects, { lang: 'bs', attributes: { layout: 'columns' }, headingLevel: 3 });
  const picture = shadow(html);

  it('draws one card per project in status columns, with filters', () => {
    expect(html).toMatch(/^<mig-project-board lang="bs" initial-width="640" heading-level="3" layout="columns"[^>]* state="ready"/);
    expect(count(picture, /<article\s+class="card/g)).toBe((projects.projects as unknown[]).length);
    expect(count(picture, /part="column"/g)).toBeGreaterThanOrEqual(3);
    expect(picture).toContain('part="filters"');
    expect(picture).toContain('aria-level="3"');
  });

  it('marks at most one option of each control as selected (HTML has no selected="false")', () => {
    const selects = [...picture.matchAll(/<select[\s\S]*?<\/select>/g)].map((match) => match[0]);
    expect(selects.length).toBeGreaterThan(0);
    for (const select of selects) expect(count(select, /<option\b[^>]*\sselected\b/g), select.slice(0, 80)).toBeLessThanOrEqual(1);
  });
});

describe('renderToHtml: safety and errors', () => {
  it('keeps data text: a title cannot close the data script or add markup', async () => {
    const hostile = { title: '</script><script>alert(1)</script><!--', projects: [{ id: 'a', title: '<img src=x onerror=alert(1)>', status: 'active' }] };
    const html = await renderToHtml('mig-project-board', hostile);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(count(html, /<\/script>/g)).toBe(1);
    expect(embedded(html)).toEqual(hostile);
    expect(shadow(html)).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders the widget error for data that breaks the contract', async () => {
    const html = await renderToHtml('mig-flow-timeline', { series: 'none' });
    expect(html).toContain('state="error"');
    expect(shadow(html)).toContain('part="error"');
  });

  it('rejects an unknown element, a reserved attribute and bad options', async () => {
    await expect(renderToHtml('mig-chart' as never, {})).rejects.toThrow(/Unknown element/);
    await expect(renderToHtml('mig-flow-timeline', flows, { attributes: { src: '/x.json' } })).rejects.toThrow(/src/);
    await expect(renderToHtml('mig-flow-timeline', flows, { attributes: { 'on click': 'x' } })).rejects.toThrow();
    await expect(renderToHtml('mig-flow-timeline', flows, { width: -5 })).rejects.toThrow(/width/);
  });

  it('escapes attribute values', async () => {
    const html = await renderToHtml('mig-project-board', projects, { attributes: { query: '"><script>x</script>' } });
    expect(html).toContain('query="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });
});

describe('renderToSvg', () => {
  it('writes the flow timeline as a standalone SVG document in the theme colours', async () => {
    const svg = await renderToSvg('mig-flow-timeline', flows, { lang: 'en', theme: 'dark' });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
    expect(svg).toContain('<title>Registered intentions to seek asylum in Serbia, 2015–2018</title>');
    expect(svg).toContain('class="mig-source"');
    expect(svg).toMatch(/<path class="line" d="M/);
    expect(svg).not.toContain('var(--_');
    expect(svg).not.toContain('light-dark(');
    expect(svg).not.toContain('<!--');
    expect(svg).toContain('#15191e'); // the dark background
    expect(count(svg, /<svg[\s>]/g)).toBe(count(svg, /<\/svg>/g));
  });

  it('writes the map, and takes public token values', async () => {
    const svg = await renderToSvg('mig-centre-map', centres, { tokens: { '--mig-land': '#abcdef' } });
    expect(svg).toContain('#abcdef');
    expect(svg).toMatch(/<path class="\s*marker[^"]*" d="M/);
    expect(svg).toContain('<title>Asylum and reception centres in Serbia</title>');
  });

  it('rejects the project board, which has no single picture', async () => {
    await expect(renderToSvg('mig-project-board', projects)).rejects.toThrow(/no single picture/);
  });
});

describe('cspHashes', () => {
  it('hashes each inline <style> and style attribute', async () => {
    const html = await renderToHtml('mig-flow-timeline', flows);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const expected = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
    const hashes = await cspHashes(html);
    expect(hashes.styleElements).toEqual([expected]);
    expect(hashes.styleAttributes.length).toBeGreaterThan(0);
  });
});
