/**
 * Issue 29 end to end: `loket skm import` (a bad row: all or nothing, --skip-bad, --dry-run; xlsx with
 * the elements' names as headings) and `loket skm report` (JSON, text, CSV, xlsx, PDF), through the
 * command line in-process with LOKET_HOME and LOKET_NOW, on each store.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { REGULATION_NAMES, SKM_ELEMENTS } from '../../src/domain/skm.js';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

let home = '';
let env: Record<string, string> = {};
const NOW = '2026-12-01T10:00:00+07:00';
const cli = (args: string[], now = NOW, more: Record<string, string> = {}) => runLoket(args, { home, now, env: { ...env, ...more } });

const HEAD = 'tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_kelamin,pendidikan,pekerjaan,saran';
// The four questionnaires of the domain's hand calculation (NRR 3,5 3 2,5 4 3 3,5 4 2 3; IKM 28,5/9), one
// of IM-NKK in October, and one of the third quarter.
const GOOD = [
  HEAD,
  '02/11/2026,sosialisasi,4,3,3,4,3,4,4,2,3,L,S1,PNS,Ruang tunggu perlu kipas angin',
  '2026-11-03,sosialisasi,3,3,2,4,3,3,4,2,3,P,S2,PNS,',
  '4 November 2026,Sosialisasi Netralitas ASN,4,4,3,4,3,3,4,3,4,P,SMA,Swasta,',
  '05/11/2026,sosialisasi,c,b,b,d,c,d,d,a,b,Laki-laki,D3,Wiraswasta,Petugas ramah dan cepat',
  '15/10/2026,imnkk,4,4,4,4,4,4,4,4,4,,,,"=HYPERLINK(""http://x"")"',
  '30/09/2026,sosialisasi,1,1,1,1,1,1,1,1,1,P,SD,Lainnya,',
].join('\n');
const BAD = [
  HEAD,
  '02/11/2026,sosialisasi,4,3,3,4,3,4,4,2,3,L,S1,PNS,',
  '03/11/2026,sosialisasi,3,3,5,4,3,3,4,2,3,P,S2,PNS,',
  '04/11/2026,sosialisasi,4,4,3,4,3,3,4,3,4,X,SMA,SWASTA,',
].join('\n');

const files = tempHome();
afterAll(files.cleanup);
const file = (name: string, text: string) => {
  const path = join(files.home, `${name}-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text);
  return path;
};

async function ok(args: string[], now = NOW) {
  const r = await cli(args, now);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Eight sosialisasi letters in November, one IM-NKK in October, one sosialisasi in September. */
async function cases() {
  for (let d = 2; d <= 9; d++) await ok(letterArgs(), `2026-11-${String(d + 7).padStart(2, '0')}T09:00:00+07:00`);
  await ok(letterArgs(['--service', 'imnkk', '--subject', 'Permohonan pengukuran IM-NKK']), '2026-10-12T09:00:00+07:00');
  await ok(letterArgs(), '2026-09-14T09:00:00+07:00');
}

describe.each(E2E_STORES)('on the $name store', (kind) => {
  const out = tempHome();
  afterAll(out.cleanup);
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  describe('loket skm import', () => {
    it('a bad row refuses the whole file, naming its row, column and reason; nothing is recorded', async () => {
      const bad = file('bad', BAD);
      const r = await cli(['skm', 'import', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad-\w+\.csv:3 u3: jawaban harus 1, 2, 3 atau 4 \(atau a, b, c, d\): "5"/);
      expect(r.stderr).toMatch(/bad-\w+\.csv:4 jenis_kelamin: bukan pilihan yang ada: "X" \(pilihan: L, P\)/);
      expect((await ok(['skm', 'report', '--period', '2026-Q4', '--json'])).json.respondents).toBe(0);
    });

    it('--dry-run shows what would come in and every refused row, and records nothing', async () => {
      const r = await ok(['skm', 'import', file('bad', BAD), '--dry-run', '--json']);
      expect(r.json).toEqual({
        dryRun: true,
        wouldImport: 1,
        refused: [
          { row: 3, column: 'u3', reason: 'jawaban harus 1, 2, 3 atau 4 (atau a, b, c, d): "5"' },
          { row: 4, column: 'jenis_kelamin', reason: 'bukan pilihan yang ada: "X" (pilihan: L, P)' },
        ],
      });
      expect((await ok(['skm', 'report', '--period', '2026-Q4', '--json'])).json.respondents).toBe(0);
      const text = await ok(['skm', 'import', file('bad', BAD), '--dry-run']);
      expect(text.stdout).toContain('Uji coba, tidak ada yang disimpan: 1 kuesioner akan dimasukkan, 2 baris ditolak.');
      expect(text.stdout).toContain('baris 3, u3: jawaban harus 1, 2, 3 atau 4');
    });

    it('--skip-bad records the good rows and names the others; the same file is never counted twice', async () => {
      const bad = file('bad', BAD);
      const r = await ok(['skm', 'import', bad, '--skip-bad', '--json']);
      expect(r.json.imported).toBe(1);
      expect(r.json.refused.map((x: { row: number }) => x.row)).toEqual([3, 4]);
      const again = await cli(['skm', 'import', bad, '--skip-bad']);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('sudah dimasukkan pada');
      expect((await ok(['skm', 'report', '--period', '2026-Q4', '--json'])).json.respondents).toBe(1);
    });

    it("reads a workbook with title rows, the elements' names as headings, dates as dates and the services by name", async () => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('Kuesioner');
      ws.addRow(['REKAP KUESIONER SURVEI KEPUASAN MASYARAKAT']);
      ws.addRow([]);
      ws.addRow([
        'No',
        'Tanggal',
        'Jenis Layanan',
        ...SKM_ELEMENTS.map((e) => REGULATION_NAMES[e]),
        'Jenis Kelamin',
        'Pendidikan',
        'Pekerjaan',
        'Saran',
      ]);
      ws.addRow([
        1,
        new Date(Date.UTC(2026, 10, 20)),
        'Pengukuran Tingkat Kepatuhan melalui IM-NKK',
        4,
        4,
        3,
        4,
        4,
        4,
        4,
        3,
        4,
        'P',
        'S1',
        'PNS',
        'Terima kasih',
      ]);
      ws.addRow([2, new Date(Date.UTC(2026, 10, 21)), 'imnkk', 3, 3, 3, 4, 3, 3, 3, 3, 3, 'L', 'S2', 'TNI', null]);
      const path = join(out.home, `kuesioner-${kind.name}.xlsx`);
      await book.xlsx.writeFile(path);
      expect((await ok(['skm', 'import', path, '--json'])).json).toEqual({ imported: 2, refused: [] });
      const report = (await ok(['skm', 'report', '--period', '2026-11', '--service', 'imnkk', '--json'])).json;
      expect(report.respondents).toBe(2);
      expect(report.elements[0]).toEqual({ name: 'Persyaratan', nrr: 3.5, mutu: 'B' });
      expect(report.suggestions).toEqual(['Terima kasih']);
    });

    it('a file without the nine answers names the columns it lacks', async () => {
      const r = await cli(['skm', 'import', file('short', 'tanggal,layanan,u1,u2,u3\n02/11/2026,sosialisasi,4,4,4')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('tidak memiliki kolom u4 (Biaya/Tarif), u5 (Produk Spesifikasi Jenis Pelayanan)');
    });
  });

  describe('loket skm report', () => {
    beforeEach(async () => {
      await cases();
      await ok(['skm', 'import', file('kuesioner', GOOD)]);
    });

    it("JSON: the issue's shape, numbers unrounded, the population counted from the store", async () => {
      const r = (await ok(['skm', 'report', '--period', '2026-Q4', '--service', 'sosialisasi', '--json'])).json;
      expect(Object.keys(r)).toEqual([
        'period',
        'service',
        'respondents',
        'population',
        'minimumSample',
        'elements',
        'ikm',
        'nik',
        'mutu',
        'kinerja',
        'weakest',
        'suggestions',
        'profile',
      ]);
      expect(r).toMatchObject({ period: '2026-Q4', service: 'sosialisasi', respondents: 4, population: 8, minimumSample: 8 });
      expect(r.elements.map((e: { nrr: number }) => e.nrr)).toEqual([3.5, 3, 2.5, 4, 3, 3.5, 4, 2, 3]);
      expect(r.elements.map((e: { mutu: string }) => e.mutu)).toEqual(['B', 'C', 'D', 'A', 'C', 'B', 'A', 'D', 'C']);
      expect(r.elements[1].name).toBe('Sistem, Mekanisme, dan Prosedur');
      expect(r.ikm).toBe(28.5 / 9);
      expect(r.nik).toBe((28.5 / 9) * 25);
      expect([r.mutu, r.kinerja]).toEqual(['B', 'Baik']);
      expect(r.weakest).toEqual(['Penanganan Pengaduan, Saran dan Masukan', 'Waktu Penyelesaian', 'Sistem, Mekanisme, dan Prosedur']);
      expect(r.suggestions).toEqual(['Ruang tunggu perlu kipas angin', 'Petugas ramah dan cepat']);
      expect(r.profile).toMatchObject({ gender: { L: 2, P: 2 }, education: { S1: 1, S2: 1, SMA: 1, DIII: 1, SD: 0 } });
      expect(r.profile.occupation).toMatchObject({ PNS: 2, SWASTA: 1, WIRAUSAHA: 1 });
      // Every service: the IM-NKK questionnaire and case count too; September's do not.
      const all = (await ok(['skm', 'report', '--period', '2026-Q4', '--json'])).json;
      expect(all).toMatchObject({ service: null, respondents: 5, population: 9, minimumSample: 9 });
      expect(all.ikm).toBeCloseTo(30 / 9, 12);
      expect((await ok(['skm', 'report', '--period', '2026', '--json'])).json).toMatchObject({ respondents: 6, population: 10 });
      expect((await ok(['skm', 'report', '--period', '2026-S2', '--json'])).json).toMatchObject({ respondents: 6, population: 10 });
      expect((await ok(['skm', 'report', '--period', '2026-10', '--json'])).json).toMatchObject({ respondents: 1, population: 1 });
    });

    it('text: decimal commas, NIK to two decimals, the sample, the priorities, the profile and the suggestions', async () => {
      const r = await ok(['skm', 'report', '--period', '2026-Q4', '--service', 'sosialisasi']);
      expect(r.stdout).toContain(
        'Survei Kepuasan Masyarakat, Triwulan IV 2026 (1 Oktober 2026 – 31 Desember 2026)\nLayanan: Sosialisasi Netralitas ASN',
      );
      expect(r.stdout).toContain('Responden 4, sampel minimum 8: kurang 4 (Krejcie–Morgan, populasi 8 penerima layanan)');
      expect(r.stdout).toMatch(/│ 3 +│ Waktu Penyelesaian +│ 4 +│ 2,5000 +│ 0,2778 +│ 62,50 +│ D +│/);
      expect(r.stdout).toContain('IKM 3,1667 · nilai konversi (NIK) 79,17 · mutu pelayanan B · kinerja unit pelayanan: Baik');
      expect(r.stdout).toContain('1. Penanganan Pengaduan, Saran dan Masukan: NRR 2,0000, D');
      expect(r.stdout).toContain('Jenis kelamin: Laki-laki 2 (50 %), Perempuan 2 (50 %)');
      expect(r.stdout).toContain('- Petugas ramah dan cepat');
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
      const en = await cli(['skm', 'report', '--period', '2026-Q4', '--service', 'sosialisasi'], NOW, { LOKET_LANG: 'en' });
      expect(en.stdout).toContain('Public satisfaction survey, Quarter IV of 2026');
      expect(en.stdout).toContain('Index (IKM) 3.1667 · converted value (NIK) 79.17 · service quality B · unit performance: Good');
      expect(en.stdout).toContain('Time to completion');
    });

    it('CSV: a line per element and the index, decimal commas, no cell that starts a formula', async () => {
      const r = await ok(['skm', 'report', '--period', '2026-Q4', '--service', 'sosialisasi', '--csv']);
      const lines = r.stdout
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('No,Unsur pelayanan,Jawaban,Jumlah nilai,NRR,NRR × 1/9,Konversi,Mutu,Kinerja');
      expect(lines[3]).toBe('3,Waktu Penyelesaian,4,10,"2,5000","0,2778","62,50",D,Tidak Baik');
      expect(lines[10]).toBe(',IKM unit pelayanan,4,,"3,1667","3,1667","79,17",B,Baik');
      expect(lines).toHaveLength(11);
    });

    it('xlsx: the summary, the elements as numbers, the profile and the suggestions, no formula', async () => {
      const path = join(out.home, `skm-${kind.name}.xlsx`);
      const r = await ok(['skm', 'report', '--period', '2026-Q4', '--xlsx', path, '--json']);
      expect(r.json.xlsx).toBe(path);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Unsur', 'Profil responden', 'Saran']);
      const values = (name: string) => {
        const rows: unknown[][] = [];
        book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        return rows;
      };
      expect(values('Unsur')[3]).toEqual([3, 'Waktu Penyelesaian', 5, 14, 2.8, 0.3111, 70, 'C', 'Kurang Baik']);
      expect(values('Unsur')[10]?.slice(1, 8)).toEqual(['IKM unit pelayanan', 5, undefined, 3.3333, 3.3333, 83.33, 'B']);
      expect(values('Ringkasan')).toContainEqual(['NIK', 83.33]);
      expect(values('Saran').map((row) => row[1])).toEqual([
        'Saran dan masukan',
        `'=HYPERLINK("http://x")`,
        'Ruang tunggu perlu kipas angin',
        'Petugas ramah dan cepat',
      ]);
      book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined())));
    });

    it('PDF: the report an office publishes, signed by the unit head; refused while no one is set to sign', async () => {
      const path = join(out.home, `skm-${kind.name}.pdf`);
      const r = await ok([
        'skm',
        'report',
        '--period',
        '2026-Q4',
        '--service',
        'sosialisasi',
        '--pdf',
        path,
        '--follow-up',
        'Kotak pengaduan dipasang di ruang layanan',
        '--json',
      ]);
      expect(r.json.pdf).toBe(path);
      const text = await pdfText(path);
      for (const expected of [
        'KOMISI APARATUR SIPIL NEGARA',
        'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT',
        'Triwulan IV Tahun 2026 (1 Oktober 2026 – 31 Desember 2026)',
        'Layanan: Sosialisasi Netralitas ASN',
        'Jumlah responden 4 orang',
        'sampel minimum menurut tabel Krejcie dan Morgan 8 orang: jumlah responden masih kurang 4 orang',
        'U3 Waktu Penyelesaian 4 2,5000 0,2778 62,50 D',
        'IKM unit pelayanan (jumlah NRR × 1/9) 4 3,1667 79,17 B',
        'Grafik NRR per Unsur',
        'IKM = 3,1667; nilai konversi (NIK = IKM × 25) = 79,17; mutu pelayanan B; kinerja unit pelayanan: Baik.',
        'Penanganan Pengaduan, Saran dan Masukan (U8): NRR 2,0000, mutu D',
        'Kotak pengaduan dipasang di ruang layanan',
        'Ruang tunggu perlu kipas angin',
        'Dr. Ratna Dewi, M.Si.',
        'NIP 197001011990032001',
        'Jakarta, 1 Desember 2026',
      ])
        expect(text).toContain(expected);
      // No heading is left alone at the foot of a page: it goes over with what follows it (issue 26).
      // The letterhead's unit and address lines (9 and 7.5 points) move every section up or down the page.
      const HEADING = /^\s*([A-E]\. .+|Grafik NRR per Unsur)\s*$/;
      const street = 'Jl. Letjen M.T. Haryono Kav. 52-53, RT. 003 RW. 004, Cikoko, Kec. Pancoran, Kota Jakarta Selatan';
      for (const unit of ['Kelompok Kerja Pengawasan', ''])
        for (const address of ['', 'Jl. Merdeka 1', `${street} 12770`, `${street}, ${street}, ${street}`]) {
          await ok(['config', 'set', 'unit', unit]);
          await ok(['config', 'set', 'address', address]);
          rmSync(path, { force: true });
          await ok(['skm', 'report', '--period', '2026-Q4', '--pdf', path]);
          for (const page of await pdfPages(path)) {
            const body = page.replace(/\s*Halaman \d+ dari \d+\s*$/, '').trimEnd();
            expect(body.split('\n').at(-1), `unit ${unit}, address ${address}`).not.toMatch(HEADING);
          }
        }
      // The office's profile without a name to sign: refused, nothing written.
      await ok(['config', 'set', 'signatories.reply.name', '']);
      const refused = await cli(['skm', 'report', '--period', '2026-Q4', '--pdf', join(out.home, `x-${kind.name}.pdf`)]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('signatories.reply.name');
      expect(existsSync(join(out.home, `x-${kind.name}.pdf`))).toBe(false);
    });

    it('refuses a period it does not know, and an office questionnaire that is broken, naming the field', async () => {
      const bad = await cli(['skm', 'report', '--period', '2026-Q5', '--json']);
      expect(bad.code).toBe(2);
      expect(bad.json.error.problems[0]).toMatchObject({ field: '--period', message: expect.stringContaining('2026-Q4 (triwulan)') });
      mkdirSync(join(home, 'templates'), { recursive: true });
      writeFileSync(join(home, 'templates', 'skm.json'), JSON.stringify({ id: { title: 'Survei' } }));
      const broken = await cli(['skm', 'report', '--period', '2026-Q4']);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('id.elements: the nine elements');
    });
  });
});
