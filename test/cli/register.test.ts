import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

let home = '';
let cleanup = () => {};
// Where a person saves a copy: outside the data folder (inside it is refused).
let outside = '';
let cleanupOutside = () => {};
beforeEach(() => {
  ({ home, cleanup } = tempHome());
  ({ home: outside, cleanup: cleanupOutside } = tempHome());
});
afterEach(() => {
  cleanup();
  cleanupOutside();
});

describe('register letter (end to end)', () => {
  it.each([
    ['2026-03-17T10:00:00+07:00', '2026-03-31', 'a Tuesday before Nyepi and Idul Fitri 2026'],
    ['2026-03-21T10:00:00+07:00', '2026-03-31', 'on Idul Fitri Saturday: as if received on the last working day before'],
    ['2026-11-28T10:00:00+07:00', '2026-12-04', 'on an ordinary Saturday'],
    ['2025-08-14T10:00:00+07:00', '2025-08-22', 'before 17 August and the amended 18 August 2025'],
  ])('received %s is due %s (%s)', async (now, due) => {
    const r = await runLoket(letterArgs(), { home, now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      id: `${now.slice(0, 4)}-0001`,
      agendaNumber: 1,
      kind: 'letter',
      service: 'sosialisasi',
      answerDue: due,
      receipt: null,
    });
  });

  it('flags a request that is late for its event, registers it anyway, and lists what is missing', async () => {
    const r = await runLoket(letterArgs(['--event-date', '2026-03-27T09:00', '--event-place', 'Aula', '--email', 'humas@contoh.go.id']), {
      home,
      now: '2026-03-17T10:00:00+07:00',
    });
    expect(r.code).toBe(0);
    expect(r.json.leadTime).toEqual({ ok: false, latestSubmission: '2026-03-13' });
    // The name is the identity and the e-mail address a contact: neither is missing.
    expect(r.json.missing).toEqual(['material', 'tor', 'purpose', 'id-document']);
  });

  it('gives gap-free agenda numbers and writes a receipt PDF that a reader can check', async () => {
    await runLoket(letterArgs(), { home, now: '2026-03-16T09:00:00+07:00' });
    const r = await runLoket(
      letterArgs().filter((a) => a !== '--no-receipt'),
      { home, now: '2026-03-16T09:30:00+07:00' },
    );
    expect(r.json.agendaNumber).toBe(2);
    expect(existsSync(r.json.receipt)).toBe(true);
    const text = await pdfText(r.json.receipt);
    expect(text).toContain('0002/AG/2026');
    expect(text).toContain('30 Maret 2026');
    expect(text).toContain('Dinas Kominfo Kab. Contoh');
    expect(text).toContain('Kerangka acuan kegiatan (KAK/TOR)');
    const again = await runLoket(['receipt', '2026-0002', '--out', `${outside}/copy.pdf`, '--json'], { home });
    expect(again.json.receipt).toBe(`${outside}/copy.pdf`);
    expect(statSync(`${outside}/copy.pdf`).mode & 0o777).toBe(0o600);
    expect(await pdfText(`${outside}/copy.pdf`)).toContain('0002/AG/2026');
  });

  it('IM-NKK waits for its requirements: no due date until they are complete', async () => {
    const r = await runLoket(
      [
        'register',
        'letter',
        '--yes',
        '--json',
        '--no-receipt',
        '--service',
        'imnkk',
        '--channel',
        'email',
        '--applicant',
        'Pemerintah Kota Contoh',
        '--subject',
        'Permohonan IM-NKK',
        '--operator-name',
        'Budi',
        '--operator-email',
        'budi@contoh.go.id',
        '--sinden-account',
        'kota-contoh',
      ],
      { home, now: '2026-03-02T09:00:00+07:00' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.answerDue).toBeNull();
    expect(r.json.missing).toEqual(['ethics-regulation', 'operator-letter', 'self-assessment']);
  });
});

describe('register walkin (end to end)', () => {
  it.each([
    ['2026-11-27T16:00:00+07:00', '2026-11-30T08:00:00+07:00', 'late on Friday: Monday morning'],
    ['2026-11-27T11:00:00+07:00', '2026-11-27T13:30:00+07:00', 'across the Friday prayer break'],
    ['2026-11-23T09:00:00+07:00', '2026-11-23T10:00:00+07:00', 'an ordinary morning'],
  ])('at %s is due %s (%s)', async (now, due) => {
    const r = await runLoket(
      [
        'register',
        'walkin',
        '--yes',
        '--json',
        '--no-receipt',
        '--visitor',
        'Siti Aminah',
        '--institution',
        'Bawaslu Kota Contoh',
        '--service',
        'sosialisasi',
        '--purpose',
        'Konsultasi netralitas',
      ],
      { home, now },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ kind: 'walkin', answerDue: due, missing: ['contact', 'request-letter', 'id-document'] });
  });
});

describe('bad input: exit 2, each problem named, nothing written', () => {
  it.each([
    [['--email', 'bukan-email'], '--email', /bukan alamat e-mail/],
    [['--letter-date', '2026-02-30'], '--letter-date', /bukan tanggal yang sah/],
    [['--event-date', '2026-03-01'], '--event-date', /lebih awal dari tanggal diterima/],
    [['--service', 'konsultasi'], '--service', /harus salah satu dari/],
    [['--channel', 'fax'], '--channel', /harus salah satu dari/],
    [['--applicant-type', 'swasta'], '--applicant-type', /harus salah satu dari/],
    [['--tor', '/tidak/ada.pdf'], '--tor', /berkas tidak ada/],
    [['--received-at', 'kemarin'], '--received-at', /bukan tanggal dan jam yang sah/],
  ])('%j', async (extra, field, message) => {
    const r = await runLoket(letterArgs(extra), { home, now: '2026-03-16T09:00:00+07:00' });
    expect(r.code).toBe(2);
    const problem = r.json.error.problems.find((p: { field: string }) => p.field === field);
    expect(problem?.message).toMatch(message);
    expect(r.stderr).toContain(field);
    expect(existsSync(`${home}/store`)).toBe(false);
  });

  it('a missing required value with --yes names every missing field at once', async () => {
    const r = await runLoket(['register', 'letter', '--yes', '--json', '--email', 'x'], { home });
    expect(r.code).toBe(2);
    expect(r.json.error.problems.map((p: { field: string }) => p.field)).toEqual([
      '--service',
      '--channel',
      '--applicant',
      '--subject',
      '--email',
    ]);
    expect(existsSync(home) ? readdirSync(home) : []).toEqual([]);
  });

  it.each([
    ['a folder', (h: string) => h],
    ['a file that does not exist', (h: string) => `${h}/tidak-ada.pdf`],
    // Unreadable for every user, root included: the path goes through a file.
    ['a path no one can open', (h: string) => `${h}/scan.pdf/halaman-1.pdf`],
  ])('an attachment that is %s is refused naming --id-doc, nothing written', async (_what, path) => {
    writeFileSync(`${home}/scan.pdf`, 'x');
    const r = await runLoket(letterArgs(['--id-doc', path(home), '--json']), { home });
    expect(r.code).toBe(2);
    expect(r.json.error.problems.map((p: { field: string }) => p.field)).toEqual(['--id-doc']);
    expect(existsSync(`${home}/store`)).toBe(false);
  });

  // Root reads any file whatever its mode, so this case can only be shown by another user.
  it.skipIf(process.getuid?.() === 0)('a file without read permission is refused', async () => {
    writeFileSync(`${home}/secret.pdf`, 'x', { mode: 0o000 });
    expect((await runLoket(letterArgs(['--id-doc', `${home}/secret.pdf`]), { home })).code).toBe(2);
  });

  it('speaks English with LOKET_LANG=en', async () => {
    const r = await runLoket(letterArgs(['--email', 'nope']), { home, env: { LOKET_LANG: 'en' } });
    expect(r.stderr).toMatch(/--email: is not a valid e-mail address: "nope"/);
  });
});

describe('show, list and find', () => {
  it('show carries the events; list filters; find searches all years', async () => {
    await runLoket(letterArgs(['--applicant', 'Bawaslu Provinsi', '--letter-number', '099/BWS/2025']), {
      home,
      now: '2025-06-02T09:00:00+07:00',
    });
    await runLoket(letterArgs(['--service', 'pengaduan']), { home, now: '2026-03-16T09:00:00+07:00' });
    const show = await runLoket(['show', '2025-0001', '--json'], { home });
    expect(show.json).toMatchObject({ id: '2025-0001', status: 'registered', events: [{ action: 'register', by: 'resepsionis' }] });
    const list = await runLoket(['list', '--service', 'pengaduan', '--json'], { home, now: '2026-03-20T09:00:00+07:00' });
    expect(list.json.map((c: { id: string }) => c.id)).toEqual(['2026-0001']);
    const range = await runLoket(['list', '--from', '2025-01-01', '--to', '2026-12-31', '--json'], {
      home,
      now: '2026-03-20T09:00:00+07:00',
    });
    expect(range.json).toHaveLength(2);
    const found = await runLoket(['find', '099/BWS', '--json'], { home });
    expect(found.json.map((c: { id: string }) => c.id)).toEqual(['2025-0001']);
    const none = await runLoket(['find', 'tidakada'], { home });
    expect(none.stdout).toMatch(/Tidak ditemukan/);
    const missing = await runLoket(['show', '2026-0099'], { home });
    expect(missing.code).toBe(2);
  });
});

describe('a registration whose receipt cannot be made', () => {
  it('is refused before anything is written when the office receipt template is incomplete (issue 12, defect 13)', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${home}/templates`);
    writeFileSync(`${home}/templates/receipt.json`, JSON.stringify({ title: 'TANDA TERIMA {nomor}' }));
    const r = await runLoket(
      letterArgs().filter((a) => a !== '--no-receipt'),
      { home, now: '2026-03-16T09:00:00+07:00' },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('receipt.json');
    expect(r.stderr).toContain('subtitleLetter');
    expect(existsSync(`${home}/store`)).toBe(false);
  });

  it('a broken labels table refuses the registration instead of recording it and failing (issue 12, defect 13)', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${home}/templates`);
    writeFileSync(`${home}/templates/labels.json`, '{}');
    const r = await runLoket(letterArgs(), { home, now: '2026-03-16T09:00:00+07:00' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('labels.json');
    expect(existsSync(`${home}/store`)).toBe(false);
  });

  it('is still acknowledged (exit 0, the case stored) when the receipt fails after it, with a warning that says how to print it later', async () => {
    // The documents folder is a plain file: the receipt cannot be saved, whoever runs the test.
    writeFileSync(`${home}/documents`, 'not a folder');
    const r = await runLoket(
      letterArgs().filter((a) => a !== '--no-receipt'),
      { home, now: '2026-03-16T09:00:00+07:00' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ id: '2026-0001', receipt: null });
    expect(r.stderr).toContain('loket receipt 2026-0001');
    expect((await runLoket(['show', '2026-0001', '--json'], { home })).code).toBe(0);
  });
});

describe('the form of a sosialisasi (--activity)', () => {
  it('is recorded, shown, filterable and counted in the recap', async () => {
    const { home, cleanup } = tempHome();
    const now = '2026-03-16T09:00:00+07:00';
    await runLoket(letterArgs(['--activity', 'bimtek']), { home, now });
    await runLoket(letterArgs(['--activity', 'narasumber']), { home, now });
    await runLoket(letterArgs(), { home, now });
    expect((await runLoket(['show', '1', '--json'], { home, now })).json.activity).toBe('bimtek');
    expect((await runLoket(['show', '1'], { home, now })).stdout).toMatch(/Bentuk\s+bimbingan teknis/);
    expect((await runLoket(['list', '--activity', 'bimtek', '--json'], { home, now })).json.map((c: { id: string }) => c.id)).toEqual([
      '2026-0001',
    ]);
    const recap = await runLoket(['recap', '--month', '2026-03', '--json'], { home, now });
    expect(recap.json.activities).toEqual({ narasumber: 1, bimtek: 1, asistensi: 0, advokasi: 0 });
    expect((await runLoket(['recap', '--month', '2026-03'], { home, now })).stdout).toContain(
      'Bentuk kegiatan sosialisasi: narasumber 1, bimbingan teknis 1',
    );
    const bad = await runLoket(letterArgs(['--activity', 'seminar', '--json']), { home, now });
    expect(bad.code).toBe(2);
    expect(bad.json.error.problems[0].field).toBe('--activity');
    cleanup();
  });
});

describe('walk-ins for an event, ticks at the counter, and a closed office', () => {
  it('a walk-in takes the event date and place, is checked for lead time, and records what was seen', async () => {
    const { home, cleanup } = tempHome();
    const r = await runLoket(
      [
        'register',
        'walkin',
        '--yes',
        '--json',
        '--visitor',
        'Siti',
        '--service',
        'sosialisasi',
        '--purpose',
        'Narasumber netralitas',
        '--event-date',
        '20/03/2026 09.00',
        '--event-place',
        'Aula',
        '--activity',
        'narasumber',
        '--brought-letter',
        '--showed-id',
      ],
      { home, now: '2026-03-16T09:00:00+07:00' },
    );
    expect(r.code, r.stderr).toBe(0);
    // Five working days before 20 March 2026 would have been 10 March: too late, registered all the same.
    expect(r.json.leadTime).toEqual({ ok: false, latestSubmission: '2026-03-10' });
    const c = (await runLoket(['show', r.json.id, '--json'], { home })).json;
    expect(c.event).toEqual({ date: '2026-03-20', time: '09:00', place: 'Aula' });
    expect(Object.keys(c.requirements)).toEqual(['request-letter', 'id-document']);
    expect(c.missing).not.toContain('id-document');
    expect(await pdfText(r.json.receipt)).toContain('Batas akhir pengajuan');
    cleanup();
  });

  it.each([
    ['Saturday', '2026-03-14T10:00:00+07:00', true],
    ['Nyepi', '2026-03-19T10:00:00+07:00', true],
    ['a working day at 19.00', '2026-03-17T19:00:00+07:00', true],
    ['a working day at 10.00', '2026-03-17T10:00:00+07:00', false],
  ])('registering on %s warns that the office is closed: %s', async (_when, now, warned) => {
    const { home, cleanup } = tempHome();
    const r = await runLoket(letterArgs(), { home, now });
    expect(r.code).toBe(0);
    expect(r.stderr.includes('kantor tutup')).toBe(warned);
    cleanup();
  });
});
