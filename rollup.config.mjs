// Two kinds of output:
// 1. npm: ES modules with lit, d3-* and topojson-client external, one entry per element and core.
// 2. script tags: self-contained, minified single files (ES module and classic IIFE), for all
//    three widgets and for each alone. Basemaps are a lazily loaded chunk in ESM, inlined in IIFE.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';

const external = (id) => /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|d3-|topojson-client|node:)/.test(id);
/**
 * The first line asks Chromium to compile every function while the file streams in, on a
 * background thread, rather than each one on the main thread when the first picture calls it
 * (10-20 ms of a first render); other browsers ignore it. Single files only: an app bundling the
 * npm modules decides for itself. The second is the licence notice.
 */
const banner = '//# allFunctionsCalledOnLoad\n/*! migration-widgets | MIT | basemap outlines: Natural Earth (public domain) */';

/** Rollup's own `banner` goes in before minifying, which drops comments: this one goes in after. */
function prependBanner(text) {
  return {
    name: 'prepend-banner',
    renderChunk(code) {
      const result = new MagicString(code).prepend(`${text}\n`);
      return { code: result.toString(), map: result.generateMap({ hires: true }) };
    },
  };
}

const typescript = () => esbuild({ target: 'es2022', legalComments: 'none', sourceMap: true, loaders: { '.json': 'json' } });

/**
 * The single files are minified by terser rather than esbuild: 3-4 % smaller after brotli
 * (its compressor does two passes over the whole bundle). Only safe transforms: no
 * `pure_getters` or `unsafe*`, which assume things of getters and methods that Lit's are not.
 */
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

/**
 * A second copy of the single-file bundle on a page with `require-trusted-types-for 'script'`
 * (and no 'allow-duplicates') would fail creating Lit's "lit-html" policy, throwing before our
 * guarded registration can skip it. The policy is created on first use instead: only the copy
 * whose elements render (the first) ever creates it; the copies that stand down never try.
 */
function lazyTrustedTypesPolicy() {
  const create = /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;
  return {
    name: 'lazy-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!create.test(code)) this.error("Lit's Trusted Types policy creation was not found: update lazyTrustedTypesPolicy()");
      return { code: code.replace(create, '(p=>({createHTML:v=>(p??=$1.createPolicy("lit-html",$2)).createHTML(v)}))()'), map: null };
    },
  };
}

/** Whitespace and comments in our css`` stylesheets ship in every bundle otherwise. */
function minifyCss() {
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Only literals without interpolations: their text is the whole stylesheet.
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${minify(body)}\``), map: null };
    },
  };
}

/**
 * The single files validate data but never print JSON Schemas (those are published in
 * data/schemas/): src/core/data/describe.ts is loaded as `DESCRIBE = false`, and tree-shaking
 * drops every description built behind it.
 */
function withoutJsonSchemas() {
  return {
    name: 'without-json-schemas',
    load(id) {
      return /[\\/]src[\\/]core[\\/]data[\\/]describe\.ts$/.test(id) ? 'export const DESCRIBE = false;' : null;
    },
  };
}

const bundles = {
  'mig-widgets': 'src/index.ts',
  'mig-flow-timeline': 'src/flow-timeline.ts',
  'mig-centre-map': 'src/centre-map.ts',
  'mig-project-board': 'src/project-board.ts',
};

const npm = {
  input: {
    index: 'src/index.ts',
    'flow-timeline': 'src/flow-timeline.ts',
    'centre-map': 'src/centre-map.ts',
    'project-board': 'src/project-board.ts',
    core: 'src/core/index.ts',
    ssr: 'src/ssr/render.ts',
  },
  external,
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }), typescript()],
  output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
};

/** Where the single files go: `dist`, or `BUNDLE_DIR` to build a variant beside it (e.g. to benchmark two builds). */
const bundleDir = process.env.BUNDLE_DIR ?? 'dist';

/** The same steps for the ES module and the classic script of every single file. */
const singleFilePlugins = () => [
  nodeResolve({ extensions: ['.ts', '.js', '.mjs'], exportConditions: ['production'] }),
  lazyTrustedTypesPolicy(),
  minifyCss(),
  withoutJsonSchemas(),
  typescript(),
  minify(),
  prependBanner(banner),
];

const selfContained = Object.entries(bundles).flatMap(([name, input]) => [
  {
    input,
    plugins: singleFilePlugins(),
    output: { dir: bundleDir, format: 'es', sourcemap: true, entryFileNames: `${name}.min.js`, chunkFileNames: `${name}.[name]-[hash].min.js` },
  },
  {
    input,
    plugins: singleFilePlugins(),
    output: { file: `${bundleDir}/${name}.iife.min.js`, format: 'iife', name: 'MigrationWidgets', sourcemap: true, inlineDynamicImports: true },
  },
]);

export default process.env.BUILD === 'npm' ? [npm] : process.env.BUILD === 'bundles' ? selfContained : [npm, ...selfContained];
