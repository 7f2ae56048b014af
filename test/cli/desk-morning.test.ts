/**
 * The morning report as the menu shows it (the prompts stand in): the officer's own cases first,
 * then the office's, and the report printed as a PDF or saved as text or as a workbook where asked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { runLoket, signedOffice } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

const answers: string[] = [];
vi.mock('../../src/cli/prompts.js', () => ({
  isBack: () => false,
  askSelect: vi.fn(async () => answers.shift()),
  askText: vi.fn(async () => answers.shift()),
}));

const { createContext } = await import('../../src/cli/context.js');
const { morningReport, splitReport } = await import('../../src/cli/desk/morning.js');
const { t } = await import('../../src/i18n/index.js');

const { home, cleanup } = tempHome();
const out = tempHome();
afterAll(() => {
  cleanup();
  out.cleanup();
});
const NOW = '2026-11-27T09:00:00+07:00';

beforeAll(async () => {
  await signedOffice(home);
  for (const [applicant, subject] of [
    ['Pelapor Satu', 'Pengaduan pelayanan loket'],
    ['Pelapor Dua', 'Saran jam layanan'],
  ] as const)
    await runLoket(
      [
        'register',
        'letter',
        '--yes',
        '--no-receipt',
        '--service',
        'pengaduan',
        '--channel',
        'surat',
        '--applicant',
        applicant,
        '--contact',
        '0812345678',
        '--subject',
        subject,
      ],
      {
        home,
        now: '2026-11-13T09:00:00+07:00',
      },
    );
  await runLoket(['dispose', '1', '--to', 'Budi Santoso'], { home, now: '2026-11-13T10:00:00+07:00' });
  await runLoket(['dispose', '2', '--to', 'Ani Lestari'], { home, now: '2026-11-13T10:00:00+07:00' });
}, 60_000);

describe('the morning report in the menu', () => {
  it('splits the report: the officer’s own cases, and the rest (names written another way are the same)', () => {
    const item = (id: string, officer: string | null) => ({ id, officer }) as never;
    const r = {
      date: '2026-11-27',
      overdue: [item('1', 'Budi Santoso'), item('2', 'Ani')],
      dueToday: [item('3', null)],
      upcoming: [],
      waiting: [item('4', ' budi  santoso')],
    };
    const { mine, others } = splitReport(r, 'Budi Santoso');
    expect([mine.overdue, mine.dueToday, mine.waiting].map((l) => l.map((i) => i.id))).toEqual([['1'], [], ['4']]);
    expect([others.overdue, others.dueToday, others.waiting].map((l) => l.map((i) => i.id))).toEqual([['2'], ['3'], []]);
  });

  it('shows the officer’s cases first, then prints it as a PDF and saves it as a workbook and as text', async () => {
    const said: string[] = [];
    const ctx = createContext({ home, as: 'Budi Santoso' }, { env: { LOKET_NOW: NOW }, stdinIsTty: true, stdoutIsTty: false });
    const pdf = join(out.home, 'tenggat.pdf');
    const xlsx = join(out.home, 'tenggat.xlsx');
    const text = join(out.home, 'tenggat.txt');
    answers.push('pdf', pdf, 'xlsx', xlsx, 'text', text, 'back');
    const screen = {
      ctx,
      officer: 'Budi Santoso',
      say: async (s: string) => void said.push(s),
      warn: async () => undefined,
      clear: async () => undefined,
    };
    await morningReport(screen);
    await ctx.close();
    const shown = said.join('\n');
    const mineAt = shown.indexOf(t('menu.report.mine', { name: 'Budi Santoso' }));
    const othersAt = shown.indexOf(t('menu.report.others'));
    expect(mineAt).toBeGreaterThan(-1);
    if (process.env.LOKET_SHOW_SCREEN) console.log(shown);
    expect(shown.indexOf('Pelapor Satu')).toBeGreaterThan(mineAt);
    expect(shown.indexOf('Pelapor Satu')).toBeLessThan(othersAt);
    expect(shown.indexOf('Pelapor Dua')).toBeGreaterThan(othersAt);
    for (const line of shown.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(said.filter((s) => s.startsWith(t('menu.report.written', { file: '' })))).toHaveLength(3);
    // The PDF says what the screen said, under the office's name; the workbook and the text are there.
    const printed = await pdfText(pdf);
    expect(printed).toContain('Laporan Tenggat Jumat, 27 November 2026');
    expect(printed).toMatch(/Kasus Budi Santoso .*Pelapor Satu.*Kasus lain di kantor .*Pelapor Dua/);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(text, 'utf8')).toContain('Pelapor Dua');
    expect(existsSync(join(home, 'tenggat.pdf'))).toBe(false);
  }, 60_000);
});
