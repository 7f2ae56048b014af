/**
 * The file store's tracking index: a block's version stated once per turn of the event loop, and at
 * once again after this store writes; the lookups without waiting that the status page asks first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checklists } from '../../src/app/checklists.js';
import { keptPublicStatus, publicStatus } from '../../src/app/public-status.js';
import { trackingDigest } from '../../src/domain/tracking-lookup.js';
import { askedDigest, KEPT_DIGESTS } from '../../src/store/tracking-digests.js';
import { lazyStore } from '../../src/store/lazy-store.js';
import { publicStore } from '../../src/store/pg/public-store.js';
import { TrackingIndex } from '../../src/store/tracking-index.js';
import { tempHome } from '../helpers/cli.js';
import { openStore, simpleCase } from '../helpers/store.js';

const CODE = 'K7QM-2XNA-P4RT-9HZC';
const now = () => Date.parse('2026-03-02T09:00:00+07:00');
const homes: (() => void)[] = [];
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()));

/** A store holding one case with CODE, its block's file as registered, and that file after the case was disposed. */
async function registeredThenDisposed() {
  const { home, cleanup } = tempHome();
  homes.push(cleanup);
  const store = openStore(home, now);
  await store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda, { trackingCode: CODE }), changes: { agendaNumber: agenda } }));
  const [ref] = await store.blocks();
  const file = store.paths.cases(ref!);
  const registered = readFileSync(file);
  await store.update('2026-0001', 'dispose', (c) => ({ value: { ...c, status: 'disposed' }, changes: {} }));
  return { store, file, registered };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** An index that found the disposed case, then stated its block's file once more in the turn the test goes on in. */
async function statedThisTurn() {
  const { store, file, registered } = await registeredThenDisposed();
  const index = new TrackingIndex();
  const status = async () => (await index.lookup(store, trackingDigest(CODE), trackingDigest))?.status;
  expect(await status()).toBe('disposed');
  // That lookup read the block (several turns); this one, in a turn of its own, only states its file.
  await nextTurn();
  expect(await status()).toBe('disposed');
  return { file, registered, index, status };
}

describe('the tracking index of a file store', () => {
  it('shares a block file’s version among the lookups of one turn, and states it again in the next', async () => {
    const { file, registered, status } = await statedThisTurn();
    // Another writer puts the registered block back within this turn: the lookups of the turn answered together.
    writeFileSync(file, registered);
    expect(await status()).toBe('disposed');
    await nextTurn();
    expect(await status()).toBe('registered');
  });

  it('states the version again at once after its own store wrote a block', async () => {
    const { file, registered, index, status } = await statedThisTurn();
    writeFileSync(file, registered);
    index.written();
    expect(await status()).toBe('registered');
  });

  it('hands out a case found before at once while its block is unchanged, and nothing once it changed', async () => {
    const { store } = await registeredThenDisposed();
    const server = openStore(store.paths.home, now, 'web');
    expect(server.keptByTrackingCode(CODE)).toBeUndefined();
    const found = await server.findByTrackingCode(CODE);
    expect(found?.status).toBe('disposed');
    expect(server.keptByTrackingCode(CODE)).toBe(found);
    expect(server.keptByTrackingCode('K7QM-2XNA-P4RT-9HZD')).toBeUndefined();
    await store.update('2026-0001', 'reopen', (c) => ({ value: { ...c, status: 'registered' }, changes: {} }));
    await nextTurn();
    expect(server.keptByTrackingCode(CODE)).toBeUndefined();
    expect((await server.findByTrackingCode(CODE))?.status).toBe('registered');
    expect(server.keptByTrackingCode(CODE)?.status).toBe('registered');
  });

  it('gives the public view at once only once the lookup built it, and then the very same view', async () => {
    const { store } = await registeredThenDisposed();
    const server = openStore(store.paths.home, now, 'web');
    const lists = checklists();
    expect(keptPublicStatus(server, lists, CODE)).toBeUndefined();
    const view = await publicStatus(server, lists, CODE);
    expect(view?.status).toBe('disposed');
    expect(keptPublicStatus(server, lists, CODE)).toBe(view);
    expect(keptPublicStatus(server, lists, CODE.toLowerCase())).toBe(view);
    expect(keptPublicStatus(server, structuredClone(lists), CODE)).toBeUndefined();
    expect(keptPublicStatus(server, lists, 'K7QM')).toBeUndefined();
  });

  it('gives the same digest for a code asked again, and for codes asked after the kept ones were let go', () => {
    const codes = Array.from({ length: KEPT_DIGESTS + 10 }, (_, i) => `CODE-${i}`);
    for (const code of codes) expect(askedDigest(code)).toBe(trackingDigest(code));
    for (const code of [codes[0]!, codes.at(-1)!, CODE, CODE]) expect(askedDigest(code)).toBe(trackingDigest(code));
  });
});

describe('the stores that make every name a method', () => {
  it('the lazy store has no lookup without waiting, so the status page asks it as before', () => {
    const store = lazyStore('postgres://loket@127.0.0.1:1/loket', () => Promise.reject(new Error('never loaded')));
    expect(store.keptByTrackingCode).toBeUndefined();
    expect(store.keptConfig).toBeUndefined();
    expect(keptPublicStatus(store, checklists(), CODE)).toBeUndefined();
  });

  it('the public pages’ store on the database holds nothing before the database answered (serve-login.test.ts: after)', () => {
    const store = publicStore('postgres://loket@127.0.0.1:1/loket', {});
    expect(typeof store.keptByTrackingCode).toBe('function');
    expect(store.keptByTrackingCode!(CODE)).toBeUndefined();
    expect(store.keptConfig!()).toBeUndefined();
    expect(keptPublicStatus(store, checklists(), CODE)).toBeUndefined();
  });
});
