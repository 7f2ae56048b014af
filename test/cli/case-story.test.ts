/** Issue 26: `history` and `show` name every field and value in Indonesian, and `show` tells the whole state of a case. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, signedOffice, tempHome } from '../helpers/loket.js';

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const run = (args: string[], now: string) => runLoket(args, { home, now });
async function ok(args: string[], now: string) {
  const r = await run(args, now);
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r;
}

// A stored key (camelCase), a JSON group or list, or an English stored value must not reach a reader.
const RAW = /\b[a-z]+[A-Z][A-Za-z]*\b|[{}[\]"]|\b(approved|declined|incomplete|true|false|luring|daring|tor|id-document)\b(?! \()/;

beforeAll(async () => {
  await signedOffice(home);
  // 1: a letter asking for 10 December, approved for 11 December after the analysis chose daring.
  await ok(
    letterArgs([
      '--event-date',
      '2026-12-10T09:00',
      '--event-place',
      'Pendopo',
      '--mode',
      'luring',
      '--letter-number',
      '800/1/2026',
      '--attach',
      'package.json',
    ]),
    '2026-11-23T09:00:00+07:00',
  );
  await ok(['requirements', '1', '--met', 'contact,email', '--ref', 'telepon 0812'], '2026-11-23T10:00:00+07:00');
  await ok(['requirements', '1', '--tor-attachment', '1'], '2026-11-23T10:05:00+07:00');
  await ok(['dispose', '1', '--to', 'Budi Santoso'], '2026-11-23T11:00:00+07:00');
  await ok(['analyse', '1', '--feasible', 'ya', '--mode', 'daring'], '2026-11-23T13:00:00+07:00');
  await ok(
    ['decide', '1', '--approve', '--schedule', '11/12/2026 13.00', '--contact', 'Budi Santoso, 0812-1111-2222'],
    '2026-11-23T13:10:00+07:00',
  );
  await ok(['reply', '1'], '2026-11-23T13:20:00+07:00');
  await ok(['send', '1', '--via', 'pos'], '2026-11-23T14:00:00+07:00');
  // 2: an IM-NKK assessment to its certificate, revoked.
  await ok(
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
      'Pemerintah Kabupaten Contoh',
      '--subject',
      'Permohonan Pengukuran IM-NKK',
      '--operator-name',
      'Rina Wati',
      '--ethics-regulation',
      'Perbup No. 12 Tahun 2025',
    ],
    '2026-01-05T09:00:00+07:00',
  );
  await ok(
    ['imnkk', 'requirements', '2', '--sinden-account', 'pemkab-contoh', '--operator-letter', '800/45/2026', '--self-assessment-complete'],
    '2026-01-20T09:00:00+07:00',
  );
  await ok(
    ['imnkk', 'requirements', '2', '--unmet', 'self-assessment', '--reason', 'Bukti kriteria 3 belum diunggah'],
    '2026-01-21T09:00:00+07:00',
  );
  await ok(['imnkk', 'requirements', '2', '--self-assessment-complete'], '2026-01-22T09:00:00+07:00');
  await ok(['imnkk', 'verify', '2', '--date', '2026-06-10', '--mode', 'luring', '--team', 'Budi, Ani'], '2026-06-10T15:00:00+07:00');
  await ok(['imnkk', 'verify', '2', '--date', '2026-07-15', '--mode', 'daring', '--planned'], '2026-06-11T15:00:00+07:00');
  await ok(
    [
      'imnkk',
      'plenary',
      '2',
      '--date',
      '2026-09-15',
      '--decree',
      '12/KEP/2026',
      '--score',
      '218',
      '--criteria',
      '60,58,50,50',
      '--recommendation',
      'Perkuat internalisasi kode etik',
    ],
    '2026-09-16T09:00:00+07:00',
  );
  await ok(['imnkk', 'certificate', '2'], '2026-09-20T09:00:00+07:00');
  await ok(['imnkk', 'revoke', '2', '--reason', 'Ditemukan ketidaksesuaian data dukung'], '2026-09-21T09:00:00+07:00');
  // 3: a complaint examined, founded, answered.
  await ok(
    [
      'register',
      'letter',
      '--yes',
      '--no-receipt',
      '--service',
      'pengaduan',
      '--channel',
      'lapor',
      '--channel-ref',
      'LAPOR-1',
      '--applicant',
      'Siti',
      '--contact',
      '0812-1111-2222',
      '--subject',
      'Jawaban terlambat',
      '--about',
      '2026-0001',
      '--concerning',
      'Kelompok Kerja Pengawasan',
    ],
    '2026-11-24T10:00:00+07:00',
  );
  await ok(['dispose', '3', '--to', 'Budi Santoso'], '2026-11-24T11:00:00+07:00');
  await ok(['examine', '3', '--finding', 'Jawaban dikirim sehari terlambat.'], '2026-11-24T13:00:00+07:00');
  await ok(['decide', '3', '--substantiated', 'sebagian', '--follow-up', 'Petugas diberi pembinaan.'], '2026-11-24T14:00:00+07:00');
  await ok(['reply', '3'], '2026-11-24T14:10:00+07:00');
  // 4: a walk-in answered at the counter.
  await ok(
    ['register', 'walkin', '--yes', '--no-receipt', '--visitor', 'Andi', '--service', 'sosialisasi', '--purpose', 'Konsultasi'],
    '2026-11-25T09:00:00+07:00',
  );
  await ok(['decide', '4', '--incomplete'], '2026-11-25T09:10:00+07:00');
  await ok(['send', '4', '--via', 'langsung', '--note', 'Persyaratan dijelaskan lisan'], '2026-11-25T09:20:00+07:00');
  // 5: a walk-in answered, then reopened.
  await ok(
    [
      'register',
      'walkin',
      '--yes',
      '--no-receipt',
      '--visitor',
      'Sari',
      '--service',
      'sosialisasi',
      '--purpose',
      'Narasumber',
      '--event-date',
      '2026-12-15T09:00',
    ],
    '2026-11-25T10:00:00+07:00',
  );
  await ok(['decide', '5', '--decline', '--reason', 'Jadwal penuh'], '2026-11-25T10:10:00+07:00');
  await ok(['send', '5', '--via', 'langsung', '--note', 'Jadwal penuh, disampaikan lisan'], '2026-11-25T10:20:00+07:00');
  await ok(['reopen', '5', '--reason', 'Pemohon mengubah jadwal'], '2026-11-25T11:00:00+07:00');
}, 60_000);

describe('history names every field and value in Indonesian', () => {
  it.each(['1', '2', '3', '4', '5'])('history %s: no stored key, no JSON, no English value', async (id) => {
    const r = await ok(['history', id], '2026-11-26T09:00:00+07:00');
    const raw = r.stdout.split('\n').filter((line) => RAW.test(line));
    expect(raw).toEqual([]);
  });

  it('a request: the requirements met by name, the attachment declared the TOR, the decision in words', async () => {
    const text = (await ok(['history', '1'], '2026-11-26T09:00:00+07:00')).stdout;
    expect(text).toContain('persyaratan dipenuhi: Kontak yang dapat dihubungi (telepon atau e-mail); Alamat e-mail');
    expect(text).toContain('lampiran dinyatakan: package.json sebagai Kerangka acuan kegiatan (KAK/TOR)');
    expect(text).toContain('keputusan: disetujui');
    expect(text).toContain('sebelum hari kegiatan: ya');
  });

  it('a reopened case: the earlier answer as a group of named fields', async () => {
    const text = (await ok(['history', '5'], '2026-11-26T09:00:00+07:00')).stdout;
    expect(text).toMatch(/jawaban sebelumnya:\n {8}waktu: Rabu, 25 November 2026 pukul 10\.20 WIB\n {8}cara penyampaian: Datang langsung/);
  });

  it('IM-NKK: the requirements, the unmet one, the verification, the criteria by name, the revocation', async () => {
    const text = (await ok(['history', '2'], '2026-11-26T09:00:00+07:00')).stdout;
    expect(text).toContain('akun SINDEN: pemkab-contoh');
    expect(text).toMatch(
      /persyaratan tidak memenuhi:\n {8}persyaratan: Penilaian mandiri lengkap dengan bukti di aplikasi SINDEN\n {8}alasan: Bukti kriteria 3/,
    );
    expect(text).toMatch(/verifikasi:\n {8}tanggal: Rabu, 10 Juni 2026\n {8}cara pelaksanaan: luring \(tatap muka\)\n {8}tim: Budi; Ani/);
    expect(text).toContain('direncanakan: ya');
    expect(text).toContain('nilai per kriteria: Penyediaan Kebijakan Internal: 60;');
    expect(text).toContain('indeks: 0,73');
    expect(text).toMatch(/sertifikat dicabut:\n( {8}.*\n)* {8}alasan: Ditemukan/);
  });
});

describe('show tells the whole state of a case', () => {
  it('a request: mode chosen by the analysis, decision, schedule, contact, every letter with its number, attachments by number', async () => {
    const text = (await ok(['show', '1'], '2026-11-26T09:00:00+07:00')).stdout;
    expect(text).toMatch(/Cara pelaksanaan\s+daring \(dalam jaringan\)/);
    expect(text).not.toMatch(/Kegiatan .*luring/);
    expect(text).toMatch(/Jadwal\s+Jumat, 11 Desember 2026 pukul 13\.00 WIB · Pendopo/);
    expect(text).toMatch(/Narahubung\s+Budi Santoso, 0812-1111-2222/);
    expect(text).toMatch(/Surat keluar\s+B-1\/JP\.01\/11\/2026 \(surat jawaban, 23 November 2026\)/);
    expect(text).toMatch(/Lampiran\s+1\. package\.json — Kerangka acuan kegiatan \(KAK\/TOR\)/);
    expect(text.split('\n').filter((l) => RAW.test(l))).toEqual([]);
  });

  it('IM-NKK: clock, visits, result, certificate code with its revocation, the recommendation letter', async () => {
    const text = (await ok(['show', '2'], '2026-11-26T09:00:00+07:00')).stdout;
    const json = (await ok(['show', '2', '--json'], '2026-11-26T09:00:00+07:00')).json;
    expect(text).toMatch(/Mulai dihitung\s+Kamis, 22 Januari 2026/);
    expect(text).toMatch(/Hasil IM-NKK\s+nilai 218 dari 300, indeks 0,73, kategori Tinggi \(Keputusan Nomor 12\/KEP\/2026/);
    expect(text).toContain(`kode ${json.imnkk.certificate.code}, terbit Minggu, 20 September 2026`);
    expect(text).toContain('dicabut Senin, 21 September 2026');
    expect(text).toMatch(/Surat keluar\s+B-\d+\/JP\.01\/09\/2026 \(surat rekomendasi IM-NKK/);
    expect(text).not.toMatch(/Keputusan\s+disetujui/);
  });

  it('a walk-in asked for its papers: the decision says so', async () => {
    const text = (await ok(['show', '4'], '2026-11-26T09:00:00+07:00')).stdout;
    expect(text).toMatch(/Keputusan\s+diminta melengkapi persyaratan: /);
  });

  it('`imnkk requirements` names what is missing in words', async () => {
    await ok(
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
      '2026-11-26T09:00:00+07:00',
    );
    const r = await ok(['imnkk', 'requirements', '6', '--sinden-account', 'pemkot'], '2026-11-26T10:00:00+07:00');
    expect(r.stdout).toContain(
      'masih kurang: Peraturan kode etik dan kode perilaku ASN instansi; Surat tugas/SK penunjukan operator SINDEN;',
    );
    expect(r.stdout).not.toContain('self-assessment');
  });
});
