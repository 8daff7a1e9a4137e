#!/usr/bin/env node
// npm start: build the single-file bundles, then serve the demo site on 127.0.0.1.
import { run } from './run.mjs';
import { serve } from './serve.mjs';

await run('node', ['scripts/build.mjs', '--bundles-only']);
const wanted = Number(process.env.PORT ?? 8080);
let started;
try {
  started = await serve({ port: wanted });
} catch {
  started = await serve({ port: 0 }); // the usual port is taken: any free one
}
console.log(`\nmigration-widgets demo: ${started.url}/demo/\n(Ctrl+C to stop)`);
