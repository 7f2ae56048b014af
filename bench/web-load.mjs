// Load test of the public status page: 200 concurrent clients for 20 s on loopback (autocannon),
// each client asking for the page of one case by its tracking code, over a store of 20,000 past and
// 2,000 open cases (files; and PostgreSQL when LOKET_BENCH_DATABASE_URL or LOKET_TEST_DATABASE_URL
// names a server; read over the public page's own login, as `loket serve` reads there), after each
// of the 400 codes was asked once. Prints the median and p99 latency, the
// errors and that first pass's time; writes bench/web-results.json.
// `npm run build` first. Not part of `npm test`: no timing is asserted anywhere.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/* global fetch, performance */
import { generateStore } from './generate.mjs';
import { legacyTrackingCode } from '../dist/src/domain/tracking-lookup.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = join(here, '..', 'bin', 'loket.js');
const home = join(here, '.stores', 'web-past20k-open2k');
const CONNECTIONS = Number(process.env.LOKET_LOAD_CONNECTIONS ?? 200);
const DURATION = Number(process.env.LOKET_LOAD_SECONDS ?? 20);
// The client runs in two threads (autocannon's workers). In one it used a whole core (96–110 %), and its
// own queueing showed in the latency it measured: on the same server, pairs run in turn gave a p99 of
// 42–66 ms with one thread and 30–44 ms with two (README, "The public page under load").
const WORKERS = Number(process.env.LOKET_LOAD_WORKERS ?? 2);
const CLIENT = join(here, 'status-client.cjs');

const { store } = await generateStore(home, { past: 20_000, open: 2_000 });
const secret = await store.secret();
// The generated cases predate tracking codes: each has the code its store derives from the secret.
const ids = [];
for (let i = 0; i < 400; i++) {
  const year = i % 2 ? 2026 : 2016 + (i % 10);
  ids.push(`${year}-${String(1 + ((i * 37) % (year === 2026 ? 2000 : 2000))).padStart(4, '0')}`);
}
const codes = ids.map((id) => legacyTrackingCode(secret, id));
process.env.LOKET_LOAD_CODES = join(home, '..', 'web-codes.json');
writeFileSync(process.env.LOKET_LOAD_CODES, JSON.stringify(codes));

async function run(label, args) {
  const server = spawn(process.execPath, [join(here, 'web-server.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  server.stderr.on('data', (d) => {
    said += d;
    process.stderr.write(d);
  });
  const url = await new Promise((resolve, reject) => {
    server.stdout.once('data', (d) => resolve(String(d).trim()));
    server.once('exit', () => reject(new Error('the server did not start')));
  });
  // A code that finds nothing first: the file store's index of every block is built before the clock
  // starts. Then each code once, in turn: the load measures a server that has run a while (one that has
  // read each case's block once), and how long a fresh server takes to first answer them is its own figure.
  await fetch(`${url}/status/AAAA-AAAA-AAAA-AAAA`);
  const started = performance.now();
  for (const code of codes) {
    const page = await fetch(`${url}/status/${code}`);
    await page.arrayBuffer();
    if (page.status !== 200) throw new Error(`${label}: the status page answered ${page.status}`);
  }
  const firstPassMs = Math.round(performance.now() - started);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: 10,
    ...(WORKERS > 1 ? { workers: WORKERS, setupClient: CLIENT } : { setupClient: createRequire(import.meta.url)(CLIENT) }),
  });
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const [, served, statusPages] = /served (\d+) requests, (\d+) of them status pages/.exec(said) ?? [];
  // Every request but the few before the clock is the status page of a case.
  if (!served || Number(statusPages) < result.requests.total)
    throw new Error(
      `${label}: the server served ${served ?? '?'} requests, ${statusPages ?? '?'} of them status pages, for ${result.requests.total} sent`,
    );
  const figures = {
    store: label,
    connections: CONNECTIONS,
    clientThreads: Math.max(1, WORKERS),
    seconds: DURATION,
    firstPassMs,
    requests: result.requests.total,
    perSecond: result.requests.average,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `${label}: ${figures.requests} requests (${Math.round(figures.perSecond)}/s), median ${figures.medianMs} ms, p99 ${figures.p99Ms} ms, ` +
      `errors ${figures.errors}, timeouts ${figures.timeouts}, non-2xx ${figures.non2xx}; each of the ${codes.length} codes first asked in turn in ${firstPassMs} ms`,
  );
  return figures;
}

const results = [await run('files', [home])];
const PG = process.env.LOKET_BENCH_DATABASE_URL || process.env.LOKET_TEST_DATABASE_URL;
if (PG) {
  const { default: postgres } = await import('postgres');
  const admin = postgres(PG, { max: 1, onnotice: () => undefined });
  await admin.unsafe('drop schema if exists bench_web cascade; create schema bench_web');
  await admin.end();
  const u = new URL(PG);
  u.searchParams.set('search_path', 'bench_web');
  for (const args of [
    ['db', 'migrate'],
    ['db', 'import', '--from', home],
  ]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, LOKET_DATABASE_URL: u.toString() } });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  // The server reads as `loket serve` does in an office: over the public page's own login.
  const login = `bench_web_${process.pid}`;
  const password = `bench-${randomBytes(12).toString('hex')}`;
  const made = spawnSync(process.execPath, [BIN, 'db', 'serve-login', login], {
    env: { ...process.env, LOKET_DATABASE_URL: u.toString(), LOKET_NEW_PASSWORD: password },
  });
  if (made.status !== 0) throw new Error(`db serve-login: ${made.stderr}`);
  const served = new URL(u);
  served.username = login;
  served.password = password;
  try {
    results.push(await run('postgres', [home, served.toString()]));
  } finally {
    const admin = postgres(PG, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`drop owned by ${login}; drop role ${login}`);
    await admin.end();
  }
}
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model,
  node: process.version,
  load: loadavg().map((x) => Math.round(x * 100) / 100),
};
writeFileSync(join(here, 'web-results.json'), `${JSON.stringify({ at: new Date().toISOString(), machine, results }, null, 2)}\n`);
