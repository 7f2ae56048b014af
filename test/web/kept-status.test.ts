/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * A kept status page answered before the router (src/web/kept-status.ts), through Node's server:
 * the same answer as the router's, one lookup and one count per request, and everything else left
 * to the router.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createWeb } from '../../src/web/app.js';
import type { PublicView } from '../../src/domain/public-view.js';
import type { PublicPort } from '../../src/web/public-port.js';
import { STATUS_PAGE_HEADERS } from '../../src/web/kept-status.js';
import { startServer, type RunningServer } from '../../src/web/server.js';

const CODE = 'K7QM-2XNA-P4RT-9HZC';
const VIEW: PublicView = {
  id: '2026-0007',
  service: 'sosialisasi',
  kind: 'letter',
  status: 'registered',
  receivedAt: '2026-03-02T09:00:00+07:00',
  respondBy: '2026-03-16',
  answerDue: '2026-03-16',
  missing: [],
  steps: [{ step: 'received', at: '2026-03-02T09:00:00+07:00' }],
  answer: null,
};

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * The port of `serve`: it knows one code, with a view of its own (a page is kept per view); with
 * `holds`, it hands that view out at once (`keptStatus`) once a lookup found it, as the file store does.
 */
function fakePort(o: { frozen?: boolean; fail?: boolean; holds?: boolean }, lookups: string[]): PublicPort {
  const view = Object.freeze({ ...VIEW });
  return {
    ...(o.holds ? { keptStatus: (code: string) => (code === CODE && lookups.includes(CODE) ? view : undefined) } : {}),
    office: async () => ({
      agency: 'Ombudsman RI',
      unit: 'Perwakilan Contoh',
      address: 'Jl. Contoh 1',
      phone: '-',
      email: '-',
      website: '-',
      timeZone: 'Asia/Jakarta',
      zoneLabel: 'WIB',
      uploadBytes: 1 << 20,
    }),
    status: async (code: string) => {
      lookups.push(code);
      if (o.fail) throw new Error('the store is gone');
      if (code !== CODE) return undefined;
      return o.frozen === false ? { ...VIEW } : view;
    },
  } as unknown as PublicPort;
}

/** A server over a port that knows one code; `frozen: false` hands out a new view each time, which is never kept. */
async function serve(o: { perMinute?: number; frozen?: boolean; fail?: boolean } = {}) {
  const lookups: string[] = [];
  const log: string[] = [];
  const errors: unknown[] = [];
  const port = fakePort(o, lookups);
  server = await startServer({
    publicPort: port,
    host: '127.0.0.1',
    port: 0,
    lookupsPerMinute: o.perMinute ?? 100,
    log: (line) => log.push(line),
    logError: (e) => errors.push(e),
  });
  return { url: server.url, lookups, log, errors };
}

/** Status, headers but Date, and body of an answer. */
async function answer(url: string, init?: RequestInit) {
  const r = await fetch(url, init);
  const headers = Object.fromEntries([...r.headers].filter(([name]) => name !== 'date'));
  return { status: r.status, headers, body: await r.text() };
}

describe('a kept status page', () => {
  it('is the same answer as the router rendered, with one lookup and one log line per request', async () => {
    const s = await serve();
    const first = await answer(`${s.url}/status/${CODE}`); // the router renders it and keeps it
    const again = await answer(`${s.url}/status/${CODE}`); // answered before the router
    expect(first.status).toBe(200);
    expect(first.body).toContain('2026-0007');
    expect(again).toEqual(first);
    // Set on Node's response by the router's middleware (security-headers.ts), and by the fast path itself.
    for (const [name, value] of STATUS_PAGE_HEADERS) expect(first.headers[name.toLowerCase()]).toBe(value);
    expect(s.lookups).toEqual([CODE, CODE]);
    expect(s.log).toHaveLength(2);
    expect(s.log[1]).toMatch(/ 127\.0\.0\.1 GET \/status\/K7QM… 200 \d+ms$/);
    expect(s.log.join('\n')).not.toContain(CODE);
  });

  it('is answered before the router once the router has kept it', async () => {
    const lookups: string[] = [];
    const { app, kept } = createWeb({ publicPort: fakePort({}, lookups), log: () => {}, logError: () => {} });
    const router = getRequestListener(app.fetch);
    const answered: boolean[] = [];
    const node = createServer((req, res) => {
      void Promise.resolve(kept(req, res)).then((done) => {
        answered.push(done);
        if (!done) return router(req, res);
      });
    });
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(node.address() as AddressInfo).port}`;
    try {
      for (const path of [`/status/${CODE}`, `/status/${CODE}`, '/status/AAAA-BBBB-CCCC-DDDD', '/', `/status/${CODE}`])
        await (await fetch(`${url}${path}`)).text();
      expect(answered).toEqual([false, true, false, false, true]);
      expect(lookups).toEqual([CODE, CODE, 'AAAA-BBBB-CCCC-DDDD', CODE]);
    } finally {
      await new Promise((resolve) => node.close(resolve));
    }
  });

  it('is answered at once, without a lookup, when the port holds the view as it is now; the same answer', async () => {
    const lookups: string[] = [];
    const { app, kept } = createWeb({ publicPort: fakePort({ holds: true }, lookups), log: () => {}, logError: () => {} });
    const router = getRequestListener(app.fetch);
    const answered: (boolean | 'later')[] = [];
    const node = createServer((req, res) => {
      const done = kept(req, res);
      answered.push(typeof done === 'boolean' ? done : 'later');
      void Promise.resolve(done).then((yes) => (yes ? undefined : router(req, res)));
    });
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(node.address() as AddressInfo).port}`;
    try {
      const pages = [];
      for (const path of [`/status/${CODE}`, `/status/${CODE}`, '/status/AAAA-BBBB-CCCC-DDDD', `/status/${CODE}`])
        pages.push(await answer(`${url}${path}`, { headers: { 'accept-language': 'id' } }));
      // The first asks and is rendered by the router; then the view is held and its page kept.
      expect(answered).toEqual(['later', true, 'later', true]);
      expect(lookups).toEqual([CODE, 'AAAA-BBBB-CCCC-DDDD']);
      expect(pages[1]).toEqual(pages[0]);
      expect(pages[3]).toEqual(pages[0]);
      expect(pages[2]!.status).toBe(404);
    } finally {
      await new Promise((resolve) => node.close(resolve));
    }
  });

  it('is kept per language: English is rendered by the router first, then kept too', async () => {
    const s = await serve();
    const id = await answer(`${s.url}/status/${CODE}`, { headers: { 'accept-language': 'id' } });
    const en = await answer(`${s.url}/status/${CODE}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.body).not.toBe(id.body);
    expect(await answer(`${s.url}/status/${CODE}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).toEqual(en);
    expect(s.lookups).toHaveLength(3);
  });

  it('counts each request once against the lookup limit, kept or not', async () => {
    const s = await serve({ perMinute: 3 });
    const statuses = [];
    for (const code of [CODE, CODE, 'AAAA-BBBB-CCCC-DDDD', CODE]) statuses.push((await fetch(`${s.url}/status/${code}`)).status);
    expect(statuses).toEqual([200, 200, 404, 429]);
    // The refused request was never looked up.
    expect(s.lookups).toHaveLength(3);
  });

  it('leaves JSON, a query, a view that may change and a failing store to the router, which looks up no second time', async () => {
    const s = await serve({ frozen: false });
    await fetch(`${s.url}/status/${CODE}`);
    const page = await answer(`${s.url}/status/${CODE}`);
    expect(page.status).toBe(200);
    const json = await fetch(`${s.url}/status/${CODE}`, { headers: { Accept: 'application/json' } });
    expect(((await json.json()) as PublicView).id).toBe('2026-0007');
    expect((await fetch(`${s.url}/status/${CODE}?lang=en`)).status).toBe(200);
    expect(s.lookups).toHaveLength(4);

    const failing = await serve({ fail: true });
    const r = await answer(`${failing.url}/status/${CODE}`);
    expect(r.status).toBe(500);
    expect(r.body).not.toContain('the store is gone');
    expect(failing.lookups).toHaveLength(1);
    expect(failing.errors).toHaveLength(1);
  });
});
