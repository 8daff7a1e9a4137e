// Run a command; resolve with its captured output, reject (with exitCode and output) when it fails.
import { spawn } from 'node:child_process';

export function run(command, args, env = {}, { capture = false, echo = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    let output = '';
    if (capture) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
          output += chunk;
          if (echo) process.stdout.write(chunk);
        });
      }
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code}`), { exitCode: code, output }));
    });
  });
}
