import type { StorybookConfig } from '@storybook/web-components-vite';
import { esbuildTypescript } from '../scripts/esbuild-vite-plugin.mjs';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Standard decorators must be compiled before Vite's own transform sees them.
    viteConfig.plugins = [esbuildTypescript(), ...(viteConfig.plugins ?? [])];
    return viteConfig;
  },
};

export default config;
