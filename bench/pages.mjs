/**
 * Builds one page per contestant into bench/.tmp/ (git-ignored): the contestant and the page
 * harness bundled by esbuild into a single minified module, so that module loading is over
 * before anything is timed. Our widgets come from dist/mig-widgets.min.js, preloaded with its
 * lazily loaded chunks.
 */
import { existsSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { sizes } from '../scripts/size.mjs';

const posix = (path) => relative('.', path).split(sep).join('/');

/** Scratch files (pages, snapshots, profiles); `BENCH_TMP` (inside the repository, which is served) keeps parallel runs apart. */
export const TMP = process.env.BENCH_TMP ?? 'bench/.tmp';

const options = { bundle: true, format: 'esm', minify: true, target: 'es2022', legalComments: 'none', logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' } };

function html(id, head) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench: ${id}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }</style>
${head.join('\n')}
</head>
<body></body>
</html>
`;
}

/** The bundle and the chunks it loads lazily, which are named after it. */
function bundleFiles(bundle) {
  const stem = basename(bundle, '.min.js');
  return readdirSync(dirname(bundle)).filter((name) => name === basename(bundle) || (name.startsWith(`${stem}.`) && name.endsWith('.min.js') && !name.endsWith('.iife.min.js')));
}

/**
 * Copies our bundle (with its chunks) into bench/.tmp/ours/, so that a rebuild of dist/ during a
 * run cannot change or remove what is measured. Returns the copy's path.
 */
export function snapshotBundle(bundle, name = 'ours') {
  const folder = join(TMP, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of bundleFiles(bundle)) {
    copyFileSync(join(dirname(bundle), file), join(folder, file));
    // Source maps too, so saved CPU profiles can be read back to our sources (profile-summary.mjs).
    if (existsSync(join(dirname(bundle), `${file}.map`))) copyFileSync(join(dirname(bundle), `${file}.map`), join(folder, `${file}.map`));
  }
  return join(folder, basename(bundle));
}

/** Writes bench/.tmp/<id>.js and <id>.html for every contestant; returns the page paths by id. */
export async function buildPages(contestants, bundle = 'dist/mig-widgets.min.js') {
  mkdirSync(TMP, { recursive: true });
  const pages = {};
  await Promise.all(
    // `module`: the contestant script when not named after the id; `bundle`: our build it loads, when not the main one.
    contestants.map(async ({ id, module = id, bundle: own, cold }) => {
      await build({
        ...options,
        stdin: {
          contents: `import contestant from './bench/contestants/${module}.js';\nimport { start } from './bench/page/harness.js';\nstart(contestant);\n`,
          resolveDir: '.',
          sourcefile: `${id}-page.js`,
        },
        outfile: join(TMP, `${id}.js`),
      });
      const head = [];
      const ours = module === 'ours' ? (own ?? bundle) : undefined;
      // Idle callbacks that never come: nothing the element would do while waiting for its data is done before it.
      if (cold) head.push('<script>window.__pageIdle = requestIdleCallback.bind(window); window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};</script>');
      if (ours) {
        // Preload the lazily loaded chunks (e.g. basemaps) too: module loading is not what is measured.
        for (const file of bundleFiles(ours).filter((name) => name !== basename(ours))) {
          head.push(`<link rel="modulepreload" href="/${posix(join(dirname(ours), file))}">`);
        }
        head.push(`<script type="module" src="/${posix(ours)}"></script>`);
      }
      head.push(`<script type="module" src="/${TMP}/${id}.js"></script>`);
      writeFileSync(join(TMP, `${id}.html`), html(id, head));
      pages[id] = `/${TMP}/${id}.html`;
    }),
  );
  return pages;
}

/** Minified, gzip and brotli bytes of each contestant's own script (the page harness left out). */
export async function peerSizes(contestants) {
  const result = [];
  for (const { id, name } of contestants) {
    const outfile = join(TMP, `size-${id}.js`);
    await build({ ...options, entryPoints: [`bench/contestants/${id}.js`], outfile });
    result.push({ id, name, file: relative('.', outfile), ...sizes(outfile) });
  }
  return result;
}

/** The same for our self-contained single files (every `*.min.js` beside the bundle). */
export function ourSizes(folder = 'dist') {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.min.js'))
    .sort()
    .map((name) => ({ id: name, name, file: posix(join(folder, name)), ...sizes(join(folder, name)) }));
}
