// What the bench scripts share: a run of a command timed from spawn to exit, and the median of runs.
import { spawnSync } from 'node:child_process';

/** The median of `xs` (the upper one of an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Milliseconds from spawning `cmd argv` to its exit; an exit other than 0 or 4 (nothing due) throws with its stderr. */
export function timed(cmd, argv, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 4) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
