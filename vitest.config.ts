import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { esbuildTypescript } from './scripts/esbuild-vite-plugin.mjs';


export default defineConfig({
  test: {
    projects: [
      {
        plugins: [esbuildTypescript()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/node/**/*.test.ts'],
          setupFiles: ['test/core/setup.ts'],
        },
      },
      {
        // Every story rendered as a test in Debian's Chromium, with axe failing on violations.
        plugins: [esbuildTypescript(), storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
