/** Issue 26: a letter prepared for signing is internal; the public status shows the letter step once, when it is numbered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { storePort } from '../../src/web/store-port.js';
import { checklists } from '../../src/app/checklists.js';
import { FileStore } from '../../src/store/file-store.js';
import { letterArgs, runLoket, SIGNERS, tempHome } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const NOW = '2026-03-16T09:00:00+07:00';
let code = '';
const as = async (user: string, args: string[]) => {
  const r = await runLoket([...args, '--json'], { home, now: NOW, user });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r.json as Record<string, unknown>;
};
const app = () =>
  createApp({
    publicPort: storePort(new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 5000 } }), checklists()),
    log: () => {},
    logError: () => {},
  });
const status = async () => {
  const page = await (await app().request(`/status/${code}`)).text();
  const data = (await (await app().request(`/status/${code}`, { headers: { Accept: 'application/json' } })).json()) as {
    steps: { step: string }[];
  };
  return { page, steps: data.steps.map((s) => s.step) };
};

beforeAll(async () => {
  await as('Admin', ['init', '--yes', ...SIGNERS]);
  await as('Admin', ['officer', 'add', 'Admin']);
  for (const [name, role] of [
    ['Kepala', 'disposisi'],
    ['Budi', 'analis'],
    ['Ratna', 'penandatangan'],
  ])
    await as('Admin', ['officer', 'add', name!, '--role', role!]);
  const reg = await as(
    'Admin',
    letterArgs().filter((a) => a !== '--no-receipt'),
  );
  code = String(reg.trackingCode);
  await as('Kepala', ['dispose', '1', '--to', 'Budi']);
  await as('Budi', ['analyse', '1', '--feasible', 'tidak']);
  await as('Budi', ['decide', '1', '--decline', '--reason', 'Jadwal penuh.']);
  await as('Budi', ['reply', '1']);
}, 60_000);

describe('the public status of a case whose letter was prepared, then signed', () => {
  it('a draft is not a step: no letter yet, and "diberi nomor" is not said', async () => {
    const { page, steps } = await status();
    expect(steps).toEqual(['received', 'disposed', 'analysed', 'decided']);
    expect(page).not.toContain('diberi nomor');
  });

  it('once signed, the letter step once', async () => {
    await as('Ratna', ['sign', '1']);
    const { page, steps } = await status();
    expect(steps).toEqual(['received', 'disposed', 'analysed', 'decided', 'letter']);
    expect(page.match(/diberi nomor/g)).toHaveLength(1);
  });
});
