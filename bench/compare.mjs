// `node bench/compare.mjs [--store DIR] [--runs N] BIN... [-- ARGS...]`: two (or more) builds of loket
// timed in one loop, interleaved with `node -e 0` and in alternating order, each run on a fresh copy
// of the store (copied and synced outside the timing), so that a change is measured against what it replaces on
// a host whose speed moves from minute to minute. BIN is a checkout's bin/loket.js; ARGS default to
// the bench's registration with a receipt. Prints each median and its ratio to `node -e 0`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timed } from './timing.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [own, args] = dash < 0 ? [argv, undefined] : [argv.slice(0, dash), argv.slice(dash + 1)];
let store = `${root}bench/.stores/past100k-open2k`;
let runs = 15;
const bins = [];
for (let i = 0; i < own.length; i++) {
  if (own[i] === '--store') store = own[++i];
  else if (own[i] === '--runs') runs = Number(own[++i]);
  else bins.push(own[i]);
}
if (!bins.length) throw new Error('usage: node bench/compare.mjs [--store DIR] [--runs N] BIN... [-- ARGS...]');
const command =
  args ?? 'register letter --yes --json --service sosialisasi --channel surat --applicant Dinas --subject Permohonan'.split(' ');
const scratch = mkdtempSync(join(tmpdir(), 'loket-compare-'));
const env = { ...process.env, LOKET_USER: 'bench', LOKET_NOW: '2026-11-27T09:00:00+07:00' };

// Named by place as well: the same build may be given twice, to see the noise between two columns.
const names = bins.map((b, i) => `${i + 1}. ${b}`);
const times = { 'node -e 0': [], ...Object.fromEntries(names.map((n) => [n, []])) };
try {
  // Run 0 warms the file cache and each build's code cache; it is not counted.
  for (let run = 0; run <= runs; run++) {
    const homes = bins.map((_, i) => {
      const home = join(scratch, String(i));
      rmSync(home, { recursive: true, force: true });
      execFileSync('cp', ['-a', store, home]);
      return home;
    });
    // The copies' pages written out first: the runs' fsyncs do not queue behind 200 MB of writeback.
    execFileSync('sync');
    const base = timed(process.execPath, ['-e', '0'], { env });
    const order = run % 2 ? [...bins.keys()].reverse() : [...bins.keys()];
    const ms = {};
    for (const i of order) ms[i] = timed(process.execPath, [bins[i], ...command], { env: { ...env, LOKET_HOME: homes[i] } });
    if (run === 0) continue;
    times['node -e 0'].push(base);
    names.forEach((n, i) => times[n].push(ms[i]));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const node = median(times['node -e 0']);
for (const [name, xs] of Object.entries(times))
  console.log(`${name.padEnd(40)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / node).toFixed(2)}`);
