/** Issue 17: everything a receptionist reads is Indonesian (and English with LOKET_LANG=en): no catalogue key, no stored key. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id as catalogue } from '../../src/i18n/id.js';
import { letterArgs, runLoket, signedOffice, tempHome, registrationArgs } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const run = (args: string[], now = '2026-03-16T09:00:00+07:00', env: Record<string, string> = {}) => runLoket(args, { home, now, env });

// Stored keys that must never reach a reader of the Indonesian interface.
const INTERNAL =
  /\b(registered|disposed|analysed|decided|answered|walkin|letter|id-document|request-letter|dispose|analyse|decide|undefined|null|NaN)\b/;

const COMMANDS: string[][] = [
  ['show', '1'],
  ['show', '2'],
  ['history', '1'],
  ['list'],
  ['find', 'kominfo'],
  ['due', '--date', '2026-03-25'],
  ['due', '--csv', '--date', '2026-03-25'],
  ['recap', '--month', '2026-03'],
  ['recap', '--month', '2026-03', '--csv'],
  ['imnkk', 'list'],
  ['calendar', 'list', '--year', '2026'],
  ['officer', 'list'],
  ['reply', '2'],
  ['requirements', '2'],
  ['requirements', '1'],
  ['slip', '1'],
];

beforeAll(async () => {
  await signedOffice(home);
  await run(['register', 'walkin', '--yes', '--no-receipt', '--visitor', 'Siti', '--service', 'sosialisasi', '--purpose', 'Konsultasi']);
  await run(letterArgs(['--applicant', 'Dinas Kominfo', '--letter-date', '13/03/2026', '--contact', '(0251) 8321075']));
  await run(['dispose', '2', '--to', 'Budi']);
  await run(['analyse', '2', '--feasible', 'ya']);
  await run(['decide', '2', '--decline', '--reason', 'Jadwal penuh.']);
});

describe('what people read', () => {
  it.each(COMMANDS)('%s %s %s: no catalogue key, no stored key (Indonesian)', async (...args) => {
    const r = await run(args);
    const text = `${r.stdout}\n${r.stderr}`;
    expect(Object.keys(catalogue).filter((k) => text.includes(k))).toEqual([]);
    expect(text).not.toMatch(INTERNAL);
  });

  it('a refused step names the status and the steps in Indonesian', async () => {
    const r = await run(['send', '1', '--via', 'email']);
    expect(r.stderr).toMatch(/berstatus "terdaftar": langkah "pengiriman jawaban" baru bisa dilakukan setelah "keputusan"/);
  });

  it.each([
    [['show', '2'], /Received\s+Monday, 16 March 2026 at 09\.00 WIB/],
    [['due', '--date', '2026-03-25'], /Deadline report Wednesday, 25 March 2026/],
    [['history', '2'], /registered[\s\S]*disposed/],
    [registrationArgs('sosialisasi', 'A', 'B'), /Requirements missing: .*Terms of reference/],
    [['requirements', '2'], /still lacks .*Terms of reference|Terms of reference/],
  ])('with LOKET_LANG=en, %j is English', async (args, expected) => {
    const r = await run(args, '2026-03-25T09:00:00+07:00', { LOKET_LANG: 'en' });
    expect(r.stdout).toMatch(expected);
    expect(r.stdout).not.toMatch(/\b(Senin|Maret|Riwayat|Tenggat|Penggunaan|didisposisi|pukul|Kerangka|persyaratan)\b/i);
  });
});
