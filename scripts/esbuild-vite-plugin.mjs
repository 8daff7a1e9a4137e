// Vite 8's own transform leaves standard decorators untranslated; run esbuild on our .ts files first.
import { transform } from 'esbuild';

export function esbuildTypescript() {
  return {
    name: 'migration-widgets:esbuild-ts',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ts') || file.includes('/node_modules/')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: file });
      return { code: result.code, map: result.map };
    },
  };
}
