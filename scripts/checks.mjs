// Runs the static checks of `npm test` side by side: one `tsc` pass that both type-checks and emits
// dist/, the linters, and the bundle of what ships. On two cores this halves their wall time; any failure fails the whole.
// All three keep a cache of what they checked (tsc in dist/.tsbuildinfo, so deleting dist/ rebuilds
// everything; the linters in node_modules/.cache), so a run after a small change re-checks little.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['tsc', ['-p', 'tsconfig.json']],
  ['eslint', ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']],
  ['prettier', ['--check', '--cache', '--log-level', 'warn', '.']],
  // What ships: the bundled core from src/ (it does not wait for tsc) and its quick answers.
  ['node', ['scripts/bundle.mjs']],
];

const run = ([bin, args]) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(bin === 'node' ? process.execPath : `node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
    child.on('close', (code) => {
      console.log(`${bin}: ${code === 0 ? 'ok' : `failed (${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? 1);
    });
  });

const codes = await Promise.all(CHECKS.map(run));
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
