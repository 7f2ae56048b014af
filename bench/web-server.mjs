// The public pages over a store, for the load test: `node bench/web-server.mjs HOME [DATABASE_URL]`
// prints its address and serves until SIGTERM. The rate limits are off: every client of the load
// test comes from one address (the limits are tested in test/web/app.test.ts).
import { checklists } from '../dist/src/app/checklists.js';
import { FileStore } from '../dist/src/store/file-store.js';
import { publicStore } from '../dist/src/store/pg/public-store.js';
import { startServer } from '../dist/src/web/server.js';
import { storePort } from '../dist/src/web/store-port.js';

const [home, url] = process.argv.slice(2);
// On PostgreSQL, what `loket serve` reads: the database's public functions (src/store/pg/public-store.ts).
const store = url ? publicStore(url, process.env) : new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 15_000 } });
let errors = 0;
// What the load asked for: a load test of the status page that asks for another page measures nothing.
let statusPages = 0;
// Read once, and the line parsed only when asked: the log runs in the server measured, on every request.
const slow = Boolean(process.env.LOKET_LOAD_SLOW);
const server = await startServer({
  publicPort: storePort(store, checklists()),
  host: '127.0.0.1',
  port: 0,
  lookupsPerMinute: Infinity,
  uploadsPerMinute: Infinity,
  log: (line) => {
    if (line.includes(' GET /status/')) statusPages++;
    if (slow && Number(/ (\d+)ms$/.exec(line)?.[1]) > 2000) console.error(`slow: ${line}`);
  },
  logError: (e) => {
    if (errors++ < 5) console.error(e);
  },
});
console.log(server.url);
process.once('SIGTERM', async () => {
  await server.close();
  await store.close();
  console.error(`served ${server.requests()} requests, ${statusPages} of them status pages, ${errors} faults`);
  process.exit(0);
});
