// Browser-level checks of the demo site and of pre-rendered widgets, driven from Node with
// puppeteer-core and Debian's Chromium. Run with: vitest run --config test/demo/vitest.config.mjs
// (the demo pages need `npm run build` first: they load dist/mig-widgets.min.js).
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { esbuildTypescript } from '../../scripts/esbuild-vite-plugin.mjs';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  plugins: [esbuildTypescript()],
  test: {
    name: 'demo',
    environment: 'node',
    include: ['test/demo/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time on a two-core machine.
    fileParallelism: false,
  },
});
