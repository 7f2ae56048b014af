import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const cli = (args: string[], env: Record<string, string> = {}) => runLoket(args, { home, now: '2026-11-27T09:00:00+07:00', env });

describe('init and config', () => {
  it('init without a terminal takes flags and defaults, and records who changed what', async () => {
    const r = await cli([
      'init',
      '--json',
      '--city',
      'Makassar',
      '--time-zone',
      'Asia/Makassar',
      '--zone-label',
      'WITA',
      '--signer-name',
      'Dr. A. Rahman',
      '--signer-nip',
      '197001011990031001',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.profile).toMatchObject({
      city: 'Makassar',
      timeZone: 'Asia/Makassar',
      zoneLabel: 'WITA',
      signatories: { reply: { name: 'Dr. A. Rahman' } },
    });
    const config = JSON.parse(readFileSync(`${home}/config.json`, 'utf8'));
    expect(config.events[0]).toMatchObject({ action: 'init', by: 'resepsionis', changes: { city: { to: 'Makassar' } } });
    expect(existsSync(`${home}/store/meta.json`)).toBe(true);
  });

  it('config get and set, validated', async () => {
    expect((await cli(['config', 'set', 'services.pengaduan.letterWorkingDays', '10', '--json'])).json).toEqual({
      key: 'services.pengaduan.letterWorkingDays',
      value: 10,
    });
    expect((await cli(['config', 'get', 'services.pengaduan.letterWorkingDays', '--json'])).json.value).toBe(10);
    expect((await cli(['config', 'set', 'officeHours.fri', '07:30-11:30,13:00-16:30'])).code).toBe(0);
    expect((await cli(['config', 'set', 'copies', '["Ketua KASN","Arsip"]', '--json'])).json.value).toEqual(['Ketua KASN', 'Arsip']);
    const before = readFileSync(`${home}/config.json`);
    for (const [key, value, message] of [
      ['timeZone', 'Mars/Olympus', /zona waktu tidak dikenal/],
      ['officeHours.mon', '16:00-07:30', /jam kantor tidak sah/],
      ['numbering.letter', 'B-{nomor}/{YYYY}', /\{nomor\}/],
      ['services.sosialisasi.letterWorkingDays', 'lima', /harus angka/],
      ['nonsense', 'x', /kunci konfigurasi tidak dikenal/],
    ] as const) {
      const r = await cli(['config', 'set', key, value]);
      expect(r.code, key).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(`${home}/config.json`).equals(before)).toBe(true);
  });

  it('a report period set in the profile drives the deadline of its type only', async () => {
    // Shipped: 14 calendar days; this office answers suggestions within 5 working days.
    expect((await cli(['config', 'set', 'services.pengaduan.reportTypes.saran.days', '5'])).code).toBe(0);
    expect((await cli(['config', 'set', 'services.pengaduan.reportTypes.saran.counting', 'working'])).code).toBe(0);
    const saran = await cli(letterArgs(['--service', 'pengaduan', '--report-type', 'saran']));
    expect(saran.json.answerDue).toBe('2026-12-04');
    // Received Friday 27 November: day 14 is Friday 11 December, a working day.
    const complaint = await cli(letterArgs(['--service', 'pengaduan']));
    expect(complaint.json.answerDue).toBe('2026-12-11');
    const bad = await cli(['config', 'set', 'services.pengaduan.reportTypes.saran.counting', 'weeks']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/reportTypes\.saran\.counting/);
  });
});

describe('backup', () => {
  it('writes one file holding every document and attachment', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${home}/ktp.jpg`, 'foto');
    await cli(letterArgs(['--id-doc', `${home}/ktp.jpg`]));
    const outside = tempHome();
    const backupFile = `${outside.home}/cadangan.jsonl`;
    const inStore = await cli(['backup', '--out', `${home}/cadangan.jsonl`, '--json']);
    expect(inStore.code).toBe(2);
    const r = await cli(['backup', '--out', backupFile, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(backupFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // A logical backup: what the office has, not how the files keep it.
    expect(lines[0]).toMatchObject({ t: 'head', format: 'loket-backup', version: 4 });
    expect(lines.map((l) => l.t).slice(1, 4)).toEqual(['config', 'facts', 'case']);
    expect(lines.find((l) => l.t === 'case').doc).toMatchObject({ id: '2026-0001', applicant: { name: 'Dinas Kominfo Kab. Contoh' } });
    expect(lines.at(-1)).toMatchObject({ t: 'end', counts: { cases: 1, attachments: 1 } });
    expect(JSON.stringify(lines)).not.toMatch(/cases-2026-000|store\/meta/);
    const at = lines.findIndex((l) => l.t === 'attachment');
    const end = lines.findIndex((l, i) => i > at && l.t === 'sum');
    expect(Buffer.concat(lines.slice(at + 1, end).map((l) => Buffer.from(l.b64, 'base64'))).toString()).toBe('foto');
    const target = tempHome();
    try {
      const restored = await runLoket(['restore', backupFile, '--json'], { home: target.home });
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.json).toMatchObject({ cases: 1 });
      const show = await runLoket(['show', '2026-0001', '--json'], { home: target.home });
      expect(show.json).toMatchObject({ applicant: { name: 'Dinas Kominfo Kab. Contoh' }, attachments: [{ role: 'id-document' }] });
      expect((await runLoket(['check'], { home: target.home })).code).toBe(0);
      const again = await runLoket(['restore', backupFile], { home: target.home });
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/sudah berisi kasus/);
    } finally {
      target.cleanup();
      outside.cleanup();
    }
    writeFileSync(`${home}/bukan.json`, '{"format":"lain"}');
    expect((await runLoket(['restore', `${home}/bukan.json`], { home: `${home}/baru` })).code).toBe(2);
  });
});
