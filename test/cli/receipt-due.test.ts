/** Issue 26: the receipt states the date the answer is really due, and the closed-office warning says what is true. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const withReceipt = (extra: string[]) => letterArgs(extra).filter((a) => a !== '--no-receipt');

describe('a late request: the receipt promises the answer before the event', () => {
  it('event Friday 27 November, received Tuesday 24: due Thursday 26 November, not Tuesday 1 December', async () => {
    const r = await runLoket(withReceipt(['--event-date', '2026-11-27T09:00', '--event-place', 'Aula']), {
      home,
      now: '2026-11-24T10:00:00+07:00',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.answerDue).toBe('2026-12-01');
    const text2 = await runLoket(
      withReceipt(['--event-date', '2026-11-27T09:00', '--event-place', 'Aula']).filter((a) => a !== '--json'),
      {
        home,
        now: '2026-11-24T10:05:00+07:00',
      },
    );
    expect(text2.stdout).toContain(
      'Batas waktu jawaban: Kamis, 26 November 2026 (sebelum pelaksanaan kegiatan pada Jumat, 27 November 2026)',
    );
    const text = await pdfText(r.json.receipt);
    expect(text).toContain('Batas Waktu Jawaban : Kamis, 26 November 2026 (sebelum pelaksanaan kegiatan pada Jumat, 27 November 2026)');
    expect(text).not.toContain('1 Desember 2026');
    const show = await runLoket(['show', r.json.id], { home, now: '2026-11-24T11:00:00+07:00' });
    expect(show.stdout).toMatch(/Tenggat\s+Selasa, 1 Desember 2026; karena kegiatannya, dijawab paling lambat Kamis, 26 November 2026/);
    expect((await runLoket(['dispose', r.json.id, '--to', 'Budi'], { home, now: '2026-11-24T11:00:00+07:00' })).code).toBe(0);
    const sheet = await runLoket(['disposition', r.json.id, '--json'], { home, now: '2026-11-24T11:05:00+07:00' });
    expect(await pdfText(sheet.json.file)).toContain('Kamis, 26 November 2026 (sebelum pelaksanaan kegiatan');
  });
});

describe('registered while the office is closed: the warning says how the period of that kind of case is counted', () => {
  it.each<[string, string[], RegExp]>([
    ['a letter: counted from the day it came', letterArgs(), /dihitung sejak tanggal diterima \(batas waktu Selasa, 1 Desember 2026\)/],
    [
      'a walk-in: its office hour starts at the next opening',
      ['register', 'walkin', '--yes', '--no-receipt', '--visitor', 'Siti', '--service', 'sosialisasi', '--purpose', 'Konsultasi'],
      /jam layanan mulai dihitung pada jam layanan berikutnya \(batas waktu Rabu, 25 November 2026 pukul 08\.30 WIB\)/,
    ],
    [
      'an IM-NKK request: nothing counts until its requirements are complete',
      [
        'register',
        'letter',
        '--yes',
        '--no-receipt',
        '--service',
        'imnkk',
        '--channel',
        'surat',
        '--applicant',
        'Pemkot',
        '--subject',
        'IM-NKK',
      ],
      /dihitung sejak seluruh persyaratan lengkap/,
    ],
  ])('%s', async (_what, args, warning) => {
    const r = await runLoket(args, { home, now: '2026-11-24T18:30:00+07:00' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('kantor tutup saat Selasa, 24 November 2026 pukul 18.30 WIB');
    expect(r.stderr).toMatch(warning);
  });
});
