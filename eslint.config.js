import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Ways to put strings into the DOM as markup: banned everywhere (data is text). */
const markupSinks = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Data is text: never set innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name=/^(html|insertAdjacentHTML)$/]", message: 'Data is text: no .html() or insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Data is text: no document.write.' },
  { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']", message: 'No inline style strings (CSP): use styleProps or CSS classes.' },
];

const bannedModules = {
  paths: [
    { name: 'd3', message: 'Import d3 per module (d3-scale, d3-shape …), never the umbrella.' },
    { name: 'lit/directives/unsafe-html.js', message: 'Data is text: unsafeHTML is banned.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'Data is text: unsafeSVG is banned.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'storybook-static/', 'src/core/geo/basemaps/', 'bench/.tmp*/', 'bench/peers/vendor/', 'test/**/__snapshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': ['error', bannedModules],
      'no-restricted-syntax': ['error', ...markupSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // The library runs on pages with a strict CSP (stories and tests do not).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...bannedModules.paths,
            { name: 'lit/directives/style-map.js', message: "styleMap's first render writes a style attribute (blocked by a strict CSP): use styleProps from elements/base/style-props.ts." },
          ],
        },
      ],
    },
  },
  {
    // The core is DOM-free and Lit-free: it runs in Node for tests and server rendering.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022, fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextDecoder: 'readonly', Response: 'readonly', Intl: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', console: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...bannedModules,
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element'], message: 'src/core is DOM-free: no lit.' },
            { group: ['**/elements/**', 'd3-selection', 'd3-zoom', 'd3-brush', 'd3-drag'], message: 'src/core is DOM-free.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'customElements', 'getComputedStyle', 'matchMedia', 'localStorage', 'location'],
    },
  },
);
