#!/usr/bin/env node
// Writes data/schemas/*.schema.json from the same definitions the validator uses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({ entryPoints: ['src/core/data/contracts.ts'], bundle: true, write: false, format: 'esm', platform: 'node', target: 'es2022' });
const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
mkdirSync('data/schemas', { recursive: true });
for (const [name, schema] of Object.entries(module.CONTRACTS)) {
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/migration-widgets/data/schemas/${name}.schema.json`,
    title: `migration-widgets ${name} dataset`,
    ...schema.jsonSchema(),
  };
  writeFileSync(`data/schemas/${name}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote data/schemas/{${Object.keys(module.CONTRACTS).join(',')}}.schema.json`);
