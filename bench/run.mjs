// `npm run bench`: office-scale stores, each figure as the median of several runs and as a ratio to
// bare `node -e 0` measured in the same loop (the machines are shared and noisy).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateStore } from './generate.mjs';
import { median, timed } from './timing.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS || 11);
const BIN = `${root}bin/loket.js`;
const NOW = '2026-11-27T09:00:00+07:00';
const storesDir = `${root}bench/.stores`;
mkdirSync(storesDir, { recursive: true });

console.log(`generating stores (${RUNS} runs per figure)...`);
const t0 = Date.now();
// Each store the figures name, its folder under bench/.stores and what generateStore puts in it.
const STORES = {
  empty: ['empty', { past: 0, open: 0 }],
  past20k: ['past20k', { past: 20_000, open: 0 }],
  open2k: ['open2k', { past: 0, open: 2_000 }],
  past20kOpen2k: ['past20k-open2k', { past: 20_000, open: 2_000 }],
  past100kOpen2k: ['past100k-open2k', { past: 100_000, open: 2_000 }],
  // 10,000 open cases, every one overdue on the bench's day: the morning report at its largest.
  past100kOpen10k: ['past100k-open10k', { past: 100_000, open: 10_000 }],
  // The same 100,000 past cases with what they left in the register of issued documents: 200,000 lines, ~40 MB.
  past100kOpen2kIssued: ['past100k-open2k-issued', { past: 100_000, open: 2_000, issued: true }],
};
const home = (name) => `${storesDir}/${STORES[name][0]}`;
const stores = {};
for (const [name, [, options]] of Object.entries(STORES)) stores[name] = await generateStore(home(name), options);
console.log(`stores generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
// Replies need a configured signatory (the default profile has none).
const SIGNERS = ['--signer-name', 'Dr. Bench', '--signer-nip', '197001011990032001'];
for (const name of Object.keys(STORES)) {
  const r = spawnSync(process.execPath, [`${root}bin/loket.js`, 'init', '--yes', ...SIGNERS], {
    env: { ...process.env, LOKET_HOME: home(name) },
  });
  if (r.status !== 0) throw new Error(`init ${STORES[name][0]}: ${r.stderr}`);
}

const register = [
  'register',
  'letter',
  '--yes',
  '--json',
  '--service',
  'sosialisasi',
  '--channel',
  'surat',
  '--applicant',
  'Dinas Kominfo Kab. Contoh',
  '--subject',
  'Permohonan narasumber',
];
// The database store, when a PostgreSQL server is named: each file store moved in with `loket db import`.
const PG = process.env.LOKET_BENCH_DATABASE_URL || process.env.LOKET_TEST_DATABASE_URL;
const pgUrl = {};
if (PG) {
  const { default: postgres } = await import('postgres');
  const admin = postgres(PG, { max: 1, onnotice: () => undefined });
  for (const [name, store] of [
    ['pg:open2k', 'open2k'],
    ['pg:past100kOpen2k', 'past100kOpen2k'],
  ]) {
    const dir = STORES[store][0];
    const schema = `bench_${dir.replace(/-/g, '_')}`;
    await admin.unsafe(`drop schema if exists ${schema} cascade; create schema ${schema}`);
    const u = new URL(PG);
    u.searchParams.set('search_path', schema);
    pgUrl[name] = u.toString();
    const t = Date.now();
    for (const args of [
      ['db', 'migrate'],
      ['db', 'import', '--from', home(store)],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, LOKET_DATABASE_URL: pgUrl[name] } });
      if (r.status !== 0) throw new Error(`${args.join(' ')} into ${schema}: ${r.stderr}`);
    }
    console.log(`${dir} imported into PostgreSQL in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  await admin.end();
}

/** Each case: a name, the store, and the argv (a function of the run number where it must change). */
const cases = [
  { key: 'version', store: 'empty', args: () => ['--version'] },
  // The README's main-job command: `npm start` opens the menu (without a terminal, as here, it prints the help the menu falls back to).
  { key: 'menu (npm start)', store: 'empty', npm: true, args: () => [] },
  { key: 'menu (node bin/loket.js)', store: 'empty', args: () => [] },
  { key: 'calendarDue', store: 'empty', args: () => ['calendar', 'due', '2026-03-13', '--working-days', '5', '--json'] },
  { key: 'registerNoReceipt@empty', store: 'empty', args: () => [...register, '--no-receipt'] },
  { key: 'registerNoReceipt@past20k', store: 'past20k', args: () => [...register, '--no-receipt'] },
  { key: 'registerNoReceipt@open2k', store: 'open2k', args: () => [...register, '--no-receipt'] },
  { key: 'registerNoReceipt@past100kOpen2k', store: 'past100kOpen2k', args: () => [...register, '--no-receipt'] },
  { key: 'registerReceipt@past100kOpen2k', store: 'past100kOpen2k', args: () => register },
  // A registration's receipt needs no search of the register (its case is new); listing a case's documents searches it whole.
  { key: 'registerReceipt@past100kOpen2kIssued200k', store: 'past100kOpen2kIssued', args: () => register },
  { key: 'documents@past100kOpen2kIssued200k', store: 'past100kOpen2kIssued', args: () => ['documents', '2020-0001', '--json'] },
  { key: 'due@past20kOpen2k', store: 'past20kOpen2k', args: () => ['due', '--json'] },
  { key: 'due@open2k', store: 'open2k', args: () => ['due', '--json'] },
  { key: 'due@past100kOpen2k', store: 'past100kOpen2k', args: () => ['due', '--json'] },
  { key: 'due@past100kOpen10k', store: 'past100kOpen10k', args: () => ['due', '--json'] },
  // The report as officers read it, 10,000 overdue cases in a table (an absolute goal: under 2 s).
  { key: 'dueText@past100kOpen10k', store: 'past100kOpen10k', args: () => ['due'] },
  { key: 'reply@past100kOpen2k', store: 'past100kOpen2k', args: (run) => ['reply', stores.past100kOpen2k.decidedIds[run], '--json'] },
  { key: 'find@past100kOpen2k', store: 'past100kOpen2k', args: () => ['find', 'kabupaten contoh 417', '--json'] },
  ...(PG
    ? [
        { key: 'registerNoReceipt@pg:open2k', store: 'empty', pg: 'pg:open2k', args: () => [...register, '--no-receipt'] },
        { key: 'registerNoReceipt@pg:past100kOpen2k', store: 'empty', pg: 'pg:past100kOpen2k', args: () => [...register, '--no-receipt'] },
        { key: 'due@pg:open2k', store: 'empty', pg: 'pg:open2k', args: () => ['due', '--json'] },
        { key: 'due@pg:past100kOpen2k', store: 'empty', pg: 'pg:past100kOpen2k', args: () => ['due', '--json'] },
      ]
    : []),
];

function run(args, storeHome, npm = false, database = undefined) {
  const env = { ...process.env, LOKET_HOME: storeHome, LOKET_NOW: NOW, LOKET_USER: 'bench' };
  if (database) env.LOKET_DATABASE_URL = database;
  const [cmd, argv] = npm ? ['npm', ['start', '--silent', '--', ...args.slice(1)]] : [process.execPath, args];
  return timed(cmd, argv, { env, cwd: root });
}

// Warm-up: file caches, and the search indexes that `find` builds once per year.
for (const c of cases) run([BIN, ...c.args(RUNS)], home(c.store), c.npm, pgUrl[c.pg]);
const loadStart = loadavg().map((x) => Math.round(x * 100) / 100);
const times = { baseline: [] };
for (const c of cases) times[c.key] = [];
for (let i = 0; i < RUNS; i++) {
  times.baseline.push(run(['-e', '0'], storesDir));
  for (const c of cases) times[c.key].push(run([BIN, ...c.args(i)], home(c.store), c.npm, pgUrl[c.pg]));
}

function peakRssMiB(args, storeHome) {
  const values = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], {
      env: { ...process.env, LOKET_HOME: storeHome, LOKET_NOW: NOW },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    values.push(Number(String(r.stderr).trim().split('\n').pop()) / 1024);
  }
  return Math.round(median(values) * 10) / 10;
}

const base = median(times.baseline);
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  // The machines are shared: how busy this one was at the start of the measured loop and at its end.
  loadAverage: { start: loadStart, end: loadavg().map((x) => Math.round(x * 100) / 100) },
  runs: RUNS,
  baselineMs: Math.round(base * 10) / 10,
  figures: {},
  peakRssMiB: {
    'registerNoReceipt@past100kOpen2k': peakRssMiB([...register, '--no-receipt'], home('past100kOpen2k')),
    'due@past100kOpen2k': peakRssMiB(['due', '--json'], home('past100kOpen2k')),
    'due@past100kOpen10k': peakRssMiB(['due', '--json'], home('past100kOpen10k')),
  },
};
for (const c of cases) {
  const m = median(times[c.key]);
  results.figures[c.key] = { medianMs: Math.round(m * 10) / 10, ratio: Math.round((m / base) * 100) / 100 };
}
const f = results.figures;
results.growth = {
  'register 0 → 100k past (2k open)':
    Math.round((f['registerNoReceipt@past100kOpen2k'].medianMs / f['registerNoReceipt@open2k'].medianMs) * 100) / 100,
  'due 0 → 100k past (2k open)': Math.round((f['due@past100kOpen2k'].medianMs / f['due@open2k'].medianMs) * 100) / 100,
  'one write: empty → 20k past': Math.round((f['registerNoReceipt@past20k'].medianMs / f['registerNoReceipt@empty'].medianMs) * 100) / 100,
  ...(PG
    ? {
        'PostgreSQL register 0 → 100k past (2k open)':
          Math.round((f['registerNoReceipt@pg:past100kOpen2k'].medianMs / f['registerNoReceipt@pg:open2k'].medianMs) * 100) / 100,
        'PostgreSQL due 0 → 100k past (2k open)':
          Math.round((f['due@pg:past100kOpen2k'].medianMs / f['due@pg:open2k'].medianMs) * 100) / 100,
      }
    : {}),
};

// The goals of issue 31 (ratios to `node -e 0`), and the absolute ones (ms).
const targets = {
  version: 1.1,
  'registerNoReceipt@past100kOpen2k': 1.8,
  'registerReceipt@past100kOpen2k': 3.0,
  'due@past100kOpen2k': 2.2,
  'due@past20kOpen2k': 2.5,
  'due@past100kOpen10k': 3.5,
  'reply@past100kOpen2k': 3.0,
  'find@past100kOpen2k': 6,
  'registerNoReceipt@pg:past100kOpen2k': 2.2,
  'due@pg:past100kOpen2k': 2.5,
};
const absoluteTargets = { 'dueText@past100kOpen10k': '< 2000 ms' };

// The public status page under load (bench/web-load.mjs: 200 concurrent clients on loopback).
if (!process.env.BENCH_SKIP_WEB) {
  // The figures above are kept whatever happens to the load test.
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const web = spawnSync(process.execPath, [`${root}bench/web-load.mjs`], { env: process.env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (web.status === 0) {
    const { readFileSync } = await import('node:fs');
    results.web = JSON.parse(readFileSync(`${root}bench/web-results.json`, 'utf8'));
  } else console.error(`bench/web-load.mjs exited ${web.status}: no status-page figures`);
}

const lines = [
  '| figure | median ms | ratio to `node -e 0` | target |',
  '|---|---:|---:|---:|',
  `| node -e 0 | ${results.baselineMs} | 1.00 | |`,
];
for (const [k, v] of Object.entries(f)) {
  const target = targets[k] ? `≤ ${targets[k]}` : (absoluteTargets[k] ?? '');
  lines.push(`| ${k} | ${v.medianMs} | ${v.ratio.toFixed(2)} | ${target} |`);
}
for (const [k, v] of Object.entries(results.growth)) lines.push(`| growth: ${k} | | ${v.toFixed(2)}× | ≤ 1.2× |`);
for (const [k, v] of Object.entries(results.peakRssMiB)) lines.push(`| peak RSS: ${k} | ${v} MiB | | ≤ 150 MiB |`);
for (const w of results.web?.results ?? []) {
  const at = `${w.connections} clients, ${w.store}`;
  lines.push(`| status page median (${at}) | ${w.medianMs} | | |`);
  lines.push(`| status page p99 (${at}) | ${w.p99Ms} | | ≤ 50 ms |`);
}
results.machineLine =
  `${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ` +
  `${RUNS} runs per figure, load average ${results.loadAverage.start.join(' ')} at the start, ${results.loadAverage.end.join(' ')} at the end`;
// The table says where and how busy: figures of a shared machine mean little without it.
results.table = [results.machineLine, '', ...lines].join('\n');
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${results.table}`);
