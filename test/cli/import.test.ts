/** Issue 18: an agenda book kept in Excel, with its title rows, messy headings, serial dates and a bad row, brought in. */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const files = tempHome();
afterAll(() => files.cleanup());
let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const run = (args: string[]) => runLoket(args, { home, now: '2026-11-27T09:00:00+07:00' });

/** An agenda book as offices keep it: a merged title, a blank row, headings written their own way. */
async function book(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Surat Masuk');
  ws.addRow(['BUKU AGENDA SURAT MASUK TAHUN 2024']);
  ws.mergeCells('A1:G1');
  ws.addRow([]);
  ws.addRow(['No. Agd', 'Tgl Terima', 'Asal Surat', 'No. Surat', 'Tanggal Surat', 'Perihal/Hal', 'Keterangan']);
  ws.addRow([
    1,
    45299,
    'Dinas Kominfo Kab. Contoh',
    '005/1/2024',
    new Date(Date.UTC(2024, 0, 5)),
    'Permohonan narasumber',
    'arsip lemari 2',
  ]); // 45299 = 8 Jan 2024
  ws.addRow([2, '17/01/2024', 'Bawaslu Kota Contoh', '', '', 'Konsultasi netralitas', '']);
  ws.addRow([3, 'kemarin', 'Dinas Pendidikan', '', '', 'Pengaduan', '']); // the bad row: no readable date
  ws.addRow([5, new Date(Date.UTC(2024, 3, 5)), 'Pemkab Contoh', '800/9/2024', '4 April 2024', 'Undangan', '']); // 4 is not in the book
  const path = join(files.home, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('import agenda', () => {
  it('a dry run lists what would come in and every refused row, and writes nothing', async () => {
    const path = await book('dry.xlsx');
    const r = await run(['import', 'agenda', path, '--service', 'pengaduan', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.wouldImport.map((x: { id: string }) => x.id)).toEqual(['2024-0001', '2024-0002', '2024-0005']);
    expect(r.json.wouldImport[0]).toMatchObject({ row: 4, receivedDate: '2024-01-08' });
    expect(r.json.refused).toEqual([{ row: 6, reason: expect.stringContaining('kemarin') }]);
    expect(existsSync(join(home, 'store'))).toBe(false);
  });

  it('a bad row imports nothing (exit 2, naming the row); with --skip-bad the good rows come in with their numbers', async () => {
    const path = await book('real.xlsx');
    const refused = await run(['import', 'agenda', path, '--service', 'pengaduan', '--json']);
    expect(refused.code).toBe(2);
    expect(refused.json.error.problems[0].field).toBe('real.xlsx:6');
    expect(existsSync(join(home, 'store'))).toBe(false);

    const r = await run(['import', 'agenda', path, '--service', 'pengaduan', '--skip-bad', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.imported).toEqual(['2024-0001', '2024-0002', '2024-0005']);
    const first = (await run(['show', '2024-0001', '--json'])).json;
    expect(first).toMatchObject({
      status: 'archived',
      receivedAt: '2024-01-08T00:00:00+07:00',
      letter: { number: '005/1/2024', date: '2024-01-05' },
      imported: { file: 'real.xlsx', row: 4, note: 'arsip lemari 2' },
      // Received by the book, not by whoever imported it; a complaint gets its type's period: 8 January + 14 days.
      receivedBy: 'impor',
      report: { type: 'pengaduan' },
      answerDue: '2024-01-22',
    });
    expect(first.events.map((e: { action: string; changes: { row?: number } }) => [e.action, e.changes.row])).toEqual([['import', 4]]);
    // 14 days from 5 April 2024 end on Friday 19 April, a working day after Idul Fitri 1445.
    expect((await run(['show', '2024-0005', '--json'])).json.answerDue).toBe('2024-04-19');
    const shown = (await run(['show', '2024-0001'])).stdout;
    expect(shown).toMatch(/Diterima\s+Senin, 8 Januari 2024 — impor/);
    expect(shown).not.toContain('00.00');
    expect((await run(['check', '--json'])).json).toMatchObject({ ok: true, cases: 3 });
    expect((await run(['find', 'bawaslu', '--json'])).json.map((c: { id: string }) => c.id)).toEqual(['2024-0002']);
    expect((await run(['list', '--from', '2024-01-01', '--to', '2024-12-31', '--json'])).json).toHaveLength(3);
    expect((await run(['recap', '--month', '2024-01', '--json'])).json.total).toMatchObject({ received: 2, open: 0 });
    expect((await run(['due', '--json'])).json.overdue).toEqual([]);

    // The same numbers again are refused; the next live registration of 2024 would follow the book.
    const again = await run(['import', 'agenda', path, '--service', 'pengaduan', '--skip-bad', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json.imported).toEqual([]);
    expect(again.json.refused.map((x: { row: number }) => x.row)).toEqual([4, 5, 6, 7]);
  });

  it('CSV with Indonesian separators, headings mapped by hand, a clash with a number in use', async () => {
    await run(letterArgs());
    const csv = join(files.home, 'agenda.csv');
    writeFileSync(
      csv,
      '\uFEFFNo;Tanggal Masuk;Dari;Isi Ringkas\r\n1;17-3-2026;Dinas A;Permohonan\r\n2;17 Maret 2026;Dinas B;Pengaduan\r\n',
    );
    const r = await run([
      'import',
      'agenda',
      csv,
      '--map',
      'Dari=applicant,Isi Ringkas=subject',
      '--service',
      'sosialisasi',
      '--skip-bad',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.imported).toEqual(['2026-0002']);
    expect(r.json.refused).toEqual([{ row: 2, reason: expect.stringContaining('sudah dipakai') }]);
    expect((await run(['check', '--json'])).json).toMatchObject({ ok: true, cases: 2 });
    // Live numbering continues after the book.
    expect((await run(letterArgs())).json.id).toBe('2026-0003');
  });

  it('prefers a column headed like an agenda number over a row counter "No"; each service and report type gets its own period', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Agenda');
    ws.addRow(['No', 'No. Agenda', 'Tgl Terima', 'Dari', 'Perihal', 'Layanan']);
    ws.addRow([1, '0012/AG/2024', '5 April 2024', 'Dinas A', 'Permohonan narasumber', 'Sosialisasi Netralitas ASN']);
    ws.addRow([2, '0013/AG/2024', '5 April 2024', 'Warga B', 'Saran perbaikan loket', 'Saran']);
    ws.addRow([3, '0014/AG/2024', '5 April 2024', 'Pemkab C', 'Pengukuran', 'IM-NKK']);
    const path = join(files.home, 'dua-nomor.xlsx');
    await wb.xlsx.writeFile(path);
    await run(['init', '--yes']);
    expect((await run(['config', 'set', 'services.pengaduan.reportTypes.saran.days', '10'])).code).toBe(0);
    const r = await run(['import', 'agenda', path, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.imported).toEqual(['2024-0012', '2024-0013', '2024-0014']);
    const [a, b, c] = await Promise.all(
      ['2024-0012', '2024-0013', '2024-0014'].map(async (id) => (await run(['show', id, '--json'])).json),
    );
    // Five working days from 5 April 2024 cross Idul Fitri 1445 (8–15 April off): 16, 17, 18, 19, 22 April.
    expect(a).toMatchObject({ service: 'sosialisasi', answerDue: '2024-04-22' });
    // A suggestion: its own 10 calendar days, to 15 April (cuti bersama); every day back to the day of receipt is off,
    // so the rule for reports (back to a working day, not before the receipt's) gives 5 April. Not the 5 working days of a request.
    expect(b).toMatchObject({ service: 'pengaduan', report: { type: 'saran' }, answerDue: '2024-04-05' });
    expect(c).toMatchObject({ service: 'imnkk', answerDue: null });
  });

  it('a row without a service is refused naming --service and --map', async () => {
    const csv = join(files.home, 'tanpa-layanan.csv');
    writeFileSync(
      csv,
      'No. Agenda;Tanggal Masuk;Dari;Perihal;Layanan\r\n1;17-3-2026;Dinas A;Permohonan;\r\n2;17-3-2026;Dinas B;Permohonan;Rapat\r\n',
    );
    const r = await run(['import', 'agenda', csv, '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.refused).toEqual([
      { row: 2, reason: expect.stringMatching(/--service.*--map "Judul Kolom=service"/) },
      { row: 3, reason: expect.stringMatching(/layanan tidak dikenal: "Rapat".*--service/) },
    ]);
  });
});
