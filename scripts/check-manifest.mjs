#!/usr/bin/env node
/**
 * dist/custom-elements.json (from `cem analyze`) lists as attributes exactly what an embedder can
 * set in HTML: every attribute is kebab-case and documented in README.md, and no internal state
 * (declared `{ state: true, attribute: false }` in `static properties`) shows up as one. Storybook
 * builds its controls from this file. Prints "N passed, M failed" like the other steps.
 */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
let passed = 0;
let failed = 0;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind !== 'class' || !declaration.attributes) continue;
    const problems = [];
    for (const attribute of declaration.attributes) {
      if (!/^[a-z]+(-[a-z]+)*$/.test(attribute.name)) problems.push(`${attribute.name}: not a kebab-case attribute (internal state declared without attribute: false?)`);
      else if (!readme.includes(`\`${attribute.name}\``)) problems.push(`${attribute.name}: not documented in README.md`);
      if (!attribute.description) problems.push(`${attribute.name}: no description`);
    }
    if (problems.length) {
      failed += 1;
      console.error(`✗ ${declaration.name}\n  ${problems.join('\n  ')}`);
    } else {
      passed += 1;
      console.log(`✓ ${declaration.name}: ${declaration.attributes.map((attribute) => attribute.name).join(', ')}`);
    }
  }
}
console.log(`manifest: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
