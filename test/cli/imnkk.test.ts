import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLoket, tempHome, signedOffice, registrationArgs } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

let home = '';
let cleanup = () => {};
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  await signedOffice(home);
});
afterEach(() => cleanup());

const cli = (args: string[], now = '2026-11-27T09:00:00+07:00') => runLoket([...args, '--json'], { home, now, user: 'Tim IM-NKK' });
async function ok(args: string[], now?: string) {
  const r = await cli(args, now);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}

async function registered(): Promise<string> {
  const r = await ok(
    [
      ...registrationArgs('imnkk', 'Pemerintah Kabupaten Contoh', 'Permohonan Pengukuran IM-NKK'),
      '--operator-name',
      'Rina Wati',
      '--operator-position',
      'Analis SDM Aparatur',
      '--operator-email',
      'rina@contoh.go.id',
      '--ethics-regulation',
      'Perbup No. 12 Tahun 2025',
    ],
    '2026-01-05T09:00:00+07:00',
  );
  return r.id;
}

describe('an IM-NKK assessment from request to certificate', () => {
  it('waits, starts its clock on the last requirement, is verified twice, scored, certified, verified and revoked', async () => {
    const id = await registered();
    let due = await ok(['due'], '2026-01-06T08:00:00+07:00');
    expect(due.waiting).toEqual([expect.objectContaining({ id, missing: ['sinden-account', 'operator-letter', 'self-assessment'] })]);
    await ok(['imnkk', 'requirements', id, '--sinden-account', 'pemkab-contoh'], '2026-01-20T09:00:00+07:00');
    const done = await ok(
      ['imnkk', 'requirements', id, '--operator-letter', '800/45/BKPSDM/2026', '--self-assessment-complete'],
      '2026-03-20T09:00:00+07:00',
    );
    expect(done).toMatchObject({ answerDue: '2027-03-22', missing: [], imnkk: { clockStart: '2026-03-20' } });
    due = await ok(['due'], '2026-03-23T08:00:00+07:00');
    expect(due.waiting).toEqual([]);
    await ok(['imnkk', 'verify', id, '--date', '2026-06-10', '--mode', 'luring', '--team', 'Budi, Ani'], '2026-06-10T15:00:00+07:00');
    await ok(['imnkk', 'verify', id, '--date', '2026-07-15', '--mode', 'daring'], '2026-07-15T15:00:00+07:00');
    const plenary = await ok(
      [
        'imnkk',
        'plenary',
        id,
        '--date',
        '2026-09-15',
        '--decree',
        '12/KEP/2026',
        '--score',
        '218',
        '--criteria',
        '60,58,50,50',
        '--recommendation',
        'Perkuat internalisasi kode etik melalui pelatihan berkala.',
        '--recommendation',
        'Lengkapi bukti penegakan pelanggaran kode etik.',
      ],
      '2026-09-15T15:00:00+07:00',
    );
    expect(plenary).toMatchObject({ score: 218, maxScore: 300, index: 0.73, category: 'Tinggi' });
    const cert = await ok(['imnkk', 'certificate', id], '2026-09-20T09:00:00+07:00');
    expect(cert.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const certText = await pdfText(cert.certificate);
    for (const s of [
      'SERTIFIKAT',
      'Pemerintah Kabupaten Contoh',
      'TINGGI',
      'dengan nilai 218 dari 300, indeks 0,73',
      '12/KEP/2026',
      '15 September 2026',
      'Instrumen Maturitas',
      'Jakarta, 20 September 2026',
      cert.code,
    ])
      expect(certText).toContain(s);
    const letter = await pdfText(cert.recommendation);
    for (const s of [
      'B-1/JP.01/09/2026',
      'Penyampaian Hasil Pengukuran IM-NKK',
      'Yth. Pemerintah Kabupaten Contoh',
      'u.p. Rina Wati',
      'Perkuat internalisasi kode etik melalui pelatihan berkala.',
      'Penegakan: 50',
      'NIP',
    ])
      expect(letter).toContain(s);
    const again = await ok(['imnkk', 'certificate', id], '2026-09-21T09:00:00+07:00');
    expect(again.code).toBe(cert.code);
    expect(again.letterNumber).toBe('B-1/JP.01/09/2026');

    const valid = await ok(['verify', cert.code.toLowerCase().replace(/-/g, ' ')]);
    expect(valid).toMatchObject({
      valid: true,
      issued: true,
      id,
      agency: 'Pemerintah Kabupaten Contoh',
      score: 218,
      index: 0.73,
      category: 'Tinggi',
      revoked: null,
    });
    const changed = cert.code.slice(0, -1) + (cert.code.endsWith('A') ? 'B' : 'A');
    const unknown = await cli(['verify', changed]);
    expect(unknown.code).toBe(4);
    expect(unknown.json).toMatchObject({ valid: false, issued: false });

    const sent = await ok(['send', id, '--via', 'pos'], '2026-09-22T09:00:00+07:00');
    expect(sent.answer.onTime).toBe(true);
    await ok(['imnkk', 'revoke', id, '--reason', 'Ditemukan ketidaksesuaian data dukung']);
    const revoked = await cli(['verify', cert.code]);
    expect(revoked.code).toBe(4);
    expect(revoked.json).toMatchObject({
      valid: false,
      issued: true,
      revoked: { reason: 'Ditemukan ketidaksesuaian data dukung', by: 'Tim IM-NKK' },
    });
    const list = await ok(['imnkk', 'list']);
    expect(list).toEqual([
      expect.objectContaining({ id, stage: 'revoked', result: { score: 218, maxScore: 300, index: 0.73, category: 'Tinggi' } }),
    ]);
  });

  it('a code is not valid when the stored result was edited by hand', async () => {
    const id = await registered();
    await ok(
      ['imnkk', 'requirements', id, '--sinden-account', 'x', '--operator-letter', '800/1', '--self-assessment-complete'],
      '2026-03-02T09:00:00+07:00',
    );
    await ok(['imnkk', 'verify', id, '--date', '2026-04-01', '--mode', 'daring']);
    await ok(['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K-1', '--score', '225']);
    const cert = await ok(['imnkk', 'certificate', id]);
    const file = `${home}/store/cases-2026-000.json`;
    const { writeFileSync } = await import('node:fs');
    const stored = readFileSync(file, 'utf8');
    for (const [from, to] of [
      ['"score":225', '"score":295'],
      ['"category":"Tinggi"', '"category":"Sangat Tinggi"'],
      ['"index":0.75', '"index":0.98'],
    ]) {
      writeFileSync(file, stored.replaceAll(from!, to!));
      const r = await cli(['verify', cert.code]);
      expect(r.code, `${from} → ${to}`).toBe(4);
      expect(r.json, `${from} → ${to}`).toMatchObject({ valid: false });
    }
  });
});

describe('certificates: revocation is a record that no later step removes (issue 12, defect 7)', () => {
  async function plenaryDone(): Promise<string> {
    const id = await registered();
    await ok(
      ['imnkk', 'requirements', id, '--sinden-account', 'x', '--operator-letter', '800/1', '--self-assessment-complete'],
      '2026-03-02T09:00:00+07:00',
    );
    await ok(['imnkk', 'verify', id, '--date', '2026-04-01', '--mode', 'daring']);
    await ok(['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K-1', '--score', '225']);
    return id;
  }

  it('revoke, then the same plenary again: a new code; the old one stays revoked', async () => {
    const id = await plenaryDone();
    const first = await ok(['imnkk', 'certificate', id]);
    await ok(['imnkk', 'revoke', id, '--reason', 'Salah tulis']);
    await ok(['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K-1', '--score', '225']);
    const second = await ok(['imnkk', 'certificate', id]);
    expect(second.code).not.toBe(first.code);
    expect((await cli(['verify', first.code])).code).toBe(4);
    expect(await ok(['verify', second.code])).toMatchObject({ valid: true });
    expect((await runLoket(['check', '--json'], { home })).code).toBe(0);
  });

  it('deleting the revoked field by hand does not revive the code', async () => {
    const id = await plenaryDone();
    const cert = await ok(['imnkk', 'certificate', id]);
    await ok(['imnkk', 'revoke', id, '--reason', 'Dicabut']);
    const file = `${home}/store/cases-2026-000.json`;
    const { writeFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    delete doc.cases[0].imnkk.certificate.revoked;
    writeFileSync(file, JSON.stringify(doc));
    const r = await cli(['verify', cert.code]);
    expect(r.code).toBe(4);
    expect(r.json).toMatchObject({ valid: false, revoked: { reason: 'Dicabut' } });
    const check = await runLoket(['check', '--json'], { home });
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(cert.code);
  });

  it('a corrected plenary revokes the earlier certificate, naming its decision, and issues a new code', async () => {
    const id = await plenaryDone();
    const first = await ok(['imnkk', 'certificate', id]);
    await ok(['imnkk', 'plenary', id, '--date', '2026-11-20', '--decree', 'K-2', '--score', '230']);
    const old = await cli(['verify', first.code]);
    expect(old.code).toBe(4);
    expect(old.json).toMatchObject({ issued: true, valid: false, score: 225, revoked: { decision: 'K-2' } });
    expect(old.stderr + old.stdout).toBeTruthy();
    const text = await runLoket(['verify', first.code], { home, now: '2026-11-27T09:00:00+07:00' });
    expect(text.stdout).toContain('K-2');
    const second = await ok(['imnkk', 'certificate', id]);
    expect(await ok(['verify', second.code])).toMatchObject({ valid: true, score: 230, decree: 'K-2' });
    const check = await runLoket(['check', '--json'], { home });
    expect(check.code, check.stdout).toBe(0);
    expect(check.json).toMatchObject({ ok: true, findings: [] });
  });
});

describe('IM-NKK bad input: exit 2, nothing written', () => {
  let id = '';
  beforeEach(async () => {
    id = await registered();
  });
  const unchanged = async (args: string[], field: string, message: RegExp) => {
    const file = `${home}/store/cases-2026-000.json`;
    const before = readFileSync(file);
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe(field);
    expect(r.json.error.problems[0].message).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
  };

  it('verification while requirements are missing', () =>
    unchanged(['imnkk', 'verify', id, '--date', '2026-04-01', '--mode', 'daring'], 'status', /belum lengkap/));

  describe('with the clock running', () => {
    beforeEach(async () => {
      await ok(
        ['imnkk', 'requirements', id, '--sinden-account', 'x', '--operator-letter', '800/1', '--self-assessment-complete'],
        '2026-03-02T09:00:00+07:00',
      );
    });
    it('a plenary before verification', () =>
      unchanged(['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K', '--score', '200'], 'status', /belum ada verifikasi/));
    it('a certificate before plenary', async () => {
      await unchanged(['imnkk', 'certificate', id], 'status', /hasil rapat pleno belum dicatat/);
      expect(existsSync(`${home}/store/letters-2026.json`)).toBe(false);
    });
    it('a score above the maximum', async () => {
      await ok(['imnkk', 'verify', id, '--date', '2026-04-01', '--mode', 'daring']);
      await unchanged(['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K', '--score', '301'], '--score', /0 sampai 300/);
    });
    it('criteria that do not add up', async () => {
      await ok(['imnkk', 'verify', id, '--date', '2026-04-01', '--mode', 'daring']);
      await unchanged(
        ['imnkk', 'plenary', id, '--date', '2026-05-01', '--decree', 'K', '--score', '218', '--criteria', '60,58,50,40'],
        '--criteria',
        /208/,
      );
    });
  });

  it('IM-NKK commands on another service', async () => {
    const other = await ok(registrationArgs('pengaduan', 'A', 'B'));
    const r = await cli(['imnkk', 'verify', other.id, '--date', '2026-12-01', '--mode', 'daring']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bukan layanan IM-NKK/);
  });
});
