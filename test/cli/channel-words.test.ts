/** Issue 26: `--channel` takes the channel's key or its Indonesian or English name, wherever it is taken; the names are the office's data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runLoket, signedOffice, tempHome } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const NOW = '2026-03-16T09:00:00+07:00';
const run = (args: string[]) => runLoket(args, { home, now: NOW });
const register = (channel: string, service = 'sosialisasi') =>
  run([
    'register',
    'letter',
    '--yes',
    '--no-receipt',
    '--json',
    '--service',
    service,
    '--channel',
    channel,
    '--applicant',
    'Dinas X',
    '--subject',
    'Permohonan',
  ]);

beforeAll(async () => {
  await signedOffice(home);
  expect((await register('Surat')).code).toBe(0);
  expect((await register('E-mail')).code).toBe(0);
  expect((await register('datang langsung')).code).toBe(0);
  expect((await register('Whistle Blowing System', 'pengaduan')).code).toBe(0);
});

describe('--channel by name', () => {
  it('register stores the key of the channel named', async () => {
    const channels = [];
    for (const id of ['1', '2', '3', '4']) channels.push(((await run(['show', id, '--json'])).json as { channel: string }).channel);
    expect(channels).toEqual(['surat', 'email', 'langsung', 'wbs']);
  });

  it.each([
    ['Surat', ['2026-0001']],
    ['E-mail', ['2026-0002']],
    ['Datang langsung', ['2026-0003']],
    ['In person', ['2026-0003']],
    ['whistle blowing system', ['2026-0004']],
    ['wbs', ['2026-0004']],
  ])('list --channel %j', async (channel, ids) => {
    const r = await run(['list', '--channel', channel, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((r.json as { id: string }[]).map((c) => c.id)).toEqual(ids);
  });

  it('due --channel by name', async () => {
    const r = await run(['due', '--channel', 'E-mail', '--within', '30', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.stringify(r.json)).toContain('2026-0002');
    expect(JSON.stringify(r.json)).not.toContain('2026-0001');
  });

  it('an unknown channel is exit 2 naming the choices; help lists them', async () => {
    const r = await run(['list', '--channel', 'Faks']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--channel: harus salah satu dari surat \| email \| telepon \| langsung \| lapor \| wbs/);
    const sink = { write: (_: string, done: () => void) => done() };
    const program = await buildProgram('0.0.0', {}, [], { env: {}, stdinIsTty: false, stdoutIsTty: false, stdout: sink, stderr: sink });
    const help = program.commands
      .find((c) => c.name() === 'due')!
      .helpInformation()
      .replace(/\s+/g, ' ');
    expect(help).toMatch(/--channel <channel> .*\(surat \| email \| telepon \| langsung \| lapor \| wbs \|/);
  });

  it("an office's own channel list is what --channel takes", async () => {
    mkdirSync(join(home, 'templates'), { recursive: true });
    const channels = { surat: { label: 'Surat', en: 'Letter' }, loket: { label: 'Loket Terpadu', en: 'One-stop counter' } };
    writeFileSync(join(home, 'templates', 'channels.json'), JSON.stringify({ channels }));
    const reg = await register('loket terpadu');
    expect(reg.code, reg.stderr).toBe(0);
    const r = await run(['list', '--channel', 'One-stop counter', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((r.json as { id: string }[]).map((c) => c.id)).toEqual(['2026-0005']);
    expect((await run(['list', '--channel', 'Datang langsung'])).code).toBe(2);
  });
});
