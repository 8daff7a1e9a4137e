#!/usr/bin/env node
/**
 * npm run render -- <element> <data.json> [--lang en] [--width 640] [--theme light|dark|auto]
 *                   [--heading-level 2] [--attr name=value]... [--out out.html] [--svg out.svg]
 *
 * Pre-renders a widget in Node: HTML with a declarative shadow root (to stdout, or to --out),
 * and/or the picture as a standalone SVG file (--svg). <element> is `mig-flow-timeline`,
 * `mig-centre-map` or `mig-project-board` (the `mig-` may be left out).
 * With --csp, also prints the CSP hashes that allow the pre-rendered inline styles.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage = `usage: npm run render -- <element> <data.json> [options]

  <element>            mig-flow-timeline, mig-centre-map or mig-project-board
  <data.json>          the dataset (- reads standard input)
  --lang <tag>         language of the picture (default en), e.g. sr-Cyrl, bs
  --width <px>         width the picture is drawn for (default 640)
  --theme <name>       light, dark or auto (default auto)
  --heading-level <n>  level of the title heading (default 2)
  --attr name=value    another attribute, e.g. --attr layout=list (repeatable)
  --out <file>         write the HTML there instead of standard output
  --svg <file>         also write the picture as a standalone SVG file
  --csp                print the CSP hashes for the inline styles (to standard error)`;

/**
 * The server renderer as a Node module: src/ssr/render.ts compiled by esbuild (dependencies stay
 * imports from node_modules). Exported for the tests.
 */
export async function loadRenderer() {
  const { build } = await import('esbuild');
  const outfile = resolve(root, 'node_modules/.cache/migration-widgets/ssr-render.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [resolve(root, 'src/ssr/render.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        width: { type: 'string' },
        theme: { type: 'string' },
        'heading-level': { type: 'string' },
        attr: { type: 'string', multiple: true },
        out: { type: 'string' },
        svg: { type: 'string' },
        csp: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 2) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const [element, file] = positionals;
  const tag = element.startsWith('mig-') ? element : `mig-${element}`;
  const data = JSON.parse(file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8'));
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const equals = pair.indexOf('=');
    if (equals < 1) throw new Error(`--attr takes name=value, not "${pair}"`);
    attributes[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  const options = {
    lang: values.lang,
    width: values.width === undefined ? undefined : Number(values.width),
    theme: values.theme,
    headingLevel: values['heading-level'] === undefined ? undefined : Number(values['heading-level']),
    attributes,
  };

  const { renderToHtml, renderToSvg, cspHashes } = await loadRenderer();
  const html = await renderToHtml(tag, data, options);
  if (values.out) {
    writeFileSync(values.out, `${html}\n`);
    console.error(`wrote ${values.out} (${html.length} characters)`);
  } else if (!values.svg) {
    process.stdout.write(`${html}\n`);
  }
  if (values.svg) {
    const svg = await renderToSvg(tag, data, options);
    writeFileSync(values.svg, svg);
    console.error(`wrote ${values.svg} (${svg.length} characters)`);
  }
  if (values.csp) {
    const hashes = await cspHashes(html);
    console.error(`style-src 'self' ${hashes.styleElements.join(' ')}`);
    if (hashes.styleAttributes.length) console.error(`style-src-attr 'unsafe-hashes' ${hashes.styleAttributes.join(' ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`render: ${error.message}`);
    process.exit(1);
  });
}
