/** Issue 18: workbooks out (`--xlsx`) read back: typed cells, frozen headings, the same rows as --json, no formulas. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const { home, cleanup } = tempHome();
const out = tempHome();
afterAll(() => {
  cleanup();
  out.cleanup();
});
const run = (args: string[], now = '2026-03-16T09:00:00+07:00') => runLoket(args, { home, now });

async function sheet(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, rows };
}

beforeAll(async () => {
  await run(letterArgs(['--applicant', '=HYPERLINK("http://x")', '--contact', '0812-3456-7890']), '2026-03-02T10:15:00+07:00');
  await run(
    ['register', 'walkin', '--yes', '--no-receipt', '--visitor', 'Siti', '--service', 'pengaduan', '--purpose', 'Aduan layanan'],
    '2026-03-03T09:00:00+07:00',
  );
});

describe('--xlsx', () => {
  it('list: the same cases as --json, dates as dates, numbers as numbers, headings frozen, no formula', async () => {
    const file = join(out.home, 'kasus.xlsx');
    const json = (await run(['list', '--from', '2026-03-01', '--json', '--xlsx', file])).json;
    const { ws, rows } = await sheet(file);
    expect(rows[0]).toEqual(['Nomor', 'Nomor agenda', 'Diterima', 'Layanan', 'Status', 'Pemohon', 'Hal', 'Nomor surat']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(json.map((c: { id: string }) => c.id));
    expect(rows[1]?.[1]).toBe(1);
    // The office's wall clock: 10.15 on 2 March, whatever the zone of the machine that opens it.
    expect(rows[1]?.[2]).toEqual(new Date(Date.UTC(2026, 2, 2, 10, 15)));
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(rows[1]?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(6).width).toBeGreaterThan(8);
  });

  it('due: personal data only when asked, each due shown as a day or an hour', async () => {
    const plain = join(out.home, 'tenggat.xlsx');
    await run(['due', '--xlsx', plain], '2026-03-25T09:00:00+07:00');
    const a = await sheet(plain);
    expect(a.rows[0]).not.toContain('Telepon');
    expect(JSON.stringify(a.rows)).not.toContain('081234567890');
    const walkinRow = a.ws.getRow(a.rows.findIndex((r) => r[1] === '2026-0002') + 1);
    expect(walkinRow.getCell(7).numFmt).toBe('dd/mm/yyyy');
    const personal = join(out.home, 'tenggat-pribadi.xlsx');
    await run(['due', '--xlsx', personal, '--include-personal-data'], '2026-03-25T09:00:00+07:00');
    expect(JSON.stringify((await sheet(personal)).rows)).toContain('081234567890');
  });

  it('recap: numbers as numbers, one row per service and channel', async () => {
    const file = join(out.home, 'rekap.xlsx');
    const r = await run(['recap', '--month', '2026-03', '--xlsx', file, '--json']);
    expect(r.json.xlsx).toBe(file);
    const { rows } = await sheet(file);
    expect(rows[0]?.slice(0, 3)).toEqual(['Layanan', 'Saluran', 'Masuk']);
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['jumlah', undefined, 2]);
  });

  it('refuses a path inside the store, as every --out does', async () => {
    const r = await run(['list', '--xlsx', join(home, 'store', 'x.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe('--xlsx');
  });
});
