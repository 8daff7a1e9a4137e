/**
 * The framework examples in examples/ type-check against the package's published types, as an
 * app sees them: the declarations are emitted to dist/types first (as `npm run build` does),
 * then React, Vue and Angular are checked with tsc and Svelte with svelte-check, in parallel.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

interface Outcome {
  code: number | null;
  output: string;
}

function check(command: string, args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), 110_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: -1, output: String(error) });
    });
  });
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir: string): number {
  let latest = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }
  } catch {
    return 0;
  }
  return latest;
}

/** The declarations in dist/types are missing or older than the source. */
function typesStale(): boolean {
  try {
    return statSync(resolve(root, 'dist/types/index.d.ts')).mtimeMs < newest(resolve(root, 'src'));
  } catch {
    return true;
  }
}

const checks: Record<string, () => Promise<Outcome>> = {
  react: () => check(bin('tsc'), ['--noEmit', '-p', 'examples/react/tsconfig.json']),
  vue: () => check(bin('tsc'), ['--noEmit', '-p', 'examples/vue/tsconfig.json']),
  angular: () => check(bin('tsc'), ['--noEmit', '-p', 'examples/angular/tsconfig.json']),
  // svelte-check reads --tsconfig relative to the workspace.
  svelte: () =>
    check(bin('svelte-check'), ['--workspace', 'examples/svelte', '--tsconfig', './tsconfig.json', '--output', 'human', '--threshold', 'error']),
};

describe('framework examples type-check', () => {
  const running = new Map<string, Promise<Outcome>>();
  beforeAll(async () => {
    if (typesStale()) {
      const declarations = await check(bin('tsc'), ['-p', 'tsconfig.build.json']);
      if (declarations.code !== 0) throw new Error(`Type declarations could not be emitted:\n${declarations.output}`);
    }
    for (const [name, run] of Object.entries(checks)) running.set(name, run());
  }, 120_000);

  for (const name of Object.keys(checks)) {
    it(name, { timeout: 120_000 }, async () => {
      const outcome = await running.get(name)!;
      expect(outcome.code, `${name} example does not type-check:\n${outcome.output}`).toBe(0);
    });
  }
});
