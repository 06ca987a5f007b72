/**
 * `npm run build` in a folder, its output kept: the site suite builds the site with it before its tests
 * (tests/site/global-setup.ts), and the reproducibility check builds a copy of the project with it.
 */
import { spawn } from 'node:child_process';

/**
 * The environment of a build as a shell's `npm run build` has it: without the `NODE_ENV=test` that Vitest
 * sets, which would build the site in another mode (no Content-Security-Policy).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = process.env;
  return env;
}

/** Resolves with the build's console output; rejects with its exit code, time and last lines. */
export function runBuild(cwd: string, env: NodeJS.ProcessEnv = buildEnv()): Promise<string> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const text = output.join('');
      if (code === 0) return ok(text);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      fail(new Error(`npm run build in ${cwd} failed (exit ${code}, ${seconds} s); last lines:\n${text.split('\n').slice(-80).join('\n')}`));
    });
  });
}
