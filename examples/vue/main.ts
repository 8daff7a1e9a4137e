/**
 * Mounting: with the full build (runtime template compiler) tell Vue that `mig-*` tags are
 * custom elements; with Vite and `.vue` files put the same function in
 * `vue({ template: { compilerOptions: { isCustomElement } } })` instead.
 */
import { createApp } from 'vue';
import FlowsFigure from './FlowsFigure';

export const isCustomElement = (tag: string): boolean => tag.startsWith('mig-');

export function mount(selector: string, lang: string) {
  const app = createApp(FlowsFigure, { lang });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  return app.mount(selector);
}
