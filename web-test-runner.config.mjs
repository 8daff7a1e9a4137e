// Element tests in Debian's Chromium (no browser download), TypeScript through esbuild.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { faultyServer } from './test/server/faulty-server.mjs';


export default {
  files: ['test/elements/**/*.test.ts', 'test/reliability/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022' })],
  middleware: [faultyServer],
  browsers: [
    chromeLauncher({
      // One browser context per test page: pages sharing a context in the background get no
      // animation frames, and rendering waits on them.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
