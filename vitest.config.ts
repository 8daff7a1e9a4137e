import { defineConfig } from 'vitest/config';
import { esbuildTypescript } from './scripts/esbuild-vite-plugin.mjs';

export default defineConfig({
  plugins: [esbuildTypescript()],
  test: {
    projects: [
      {
        plugins: [esbuildTypescript()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/node/**/*.test.ts'],
        },
      },
    ],
  },
});
