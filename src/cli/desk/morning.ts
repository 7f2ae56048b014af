/**
 * The morning report as a screen an officer reads: their own cases first, then the rest of the
 * office, a case to a line; then, if they wish, printed (a PDF of that screen, or a text file) or
 * saved as a workbook, as `due --xlsx` writes it.
 */
import { dueCases } from '../../app/reports.js';
import type { DueReport } from '../../domain/due-report.js';
import { t } from '../../i18n/index.js';
import { checkOutPath, writeOutFile } from '../out-file.js';
import { askSelect, askText } from '../prompts.js';
import { problemText } from './problems.js';
import { InputError } from '../../errors.js';
import { tell, type Screen } from './screen.js';

const fold = (name: string | null) => (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The report split in two: the officer's own cases, and everyone else's. */
export function splitReport(r: DueReport, officer: string): { mine: DueReport; others: DueReport } {
  const me = fold(officer);
  const part = (own: boolean): DueReport => ({
    date: r.date,
    overdue: r.overdue.filter((i) => (fold(i.officer) === me) === own),
    dueToday: r.dueToday.filter((i) => (fold(i.officer) === me) === own),
    upcoming: r.upcoming.filter((i) => (fold(i.officer) === me) === own),
    waiting: r.waiting.filter((i) => (fold(i.officer) === me) === own),
  });
  return { mine: part(true), others: part(false) };
}

type Out = 'pdf' | 'text' | 'xlsx' | 'back';

/** The report on the screen, and what to do with it. */
export async function morningReport(m: Screen): Promise<void> {
  const { report, date, within } = await dueCases(m.ctx, {});
  const { mine, others } = splitReport(report, m.officer);
  const { dateText } = await import('../../render/interface-labels.js');
  const { dueScreenText } = await import('../../render/due-screen.js');
  const text = [
    t('due.title', { date: dateText(date, true) }),
    '',
    t('menu.report.mine', { name: m.officer }),
    dueScreenText(mine, within),
    '',
    t('menu.report.others'),
    dueScreenText(others, within),
  ].join('\n');
  await tell(m, ['', text]);
  for (;;) {
    const out = await askSelect<Out>(
      t('menu.report.what'),
      [
        { value: 'pdf', name: t('menu.report.pdf') },
        { value: 'text', name: t('menu.report.text') },
        { value: 'xlsx', name: t('menu.report.xlsx') },
        { value: 'back', name: t('menu.backItem') },
      ],
      undefined,
      { back: true },
    );
    if (out === 'back') return;
    const extension = out === 'text' ? 'txt' : out;
    const name = `tenggat-${date}.${extension}`;
    // Where it goes is asked with a name in the folder the menu was started from, and checked as --out is.
    const path = await askText(t('menu.report.where'), {
      back: true,
      default: name,
      validate: (value) => {
        try {
          checkOutPath('out', value, m.ctx.home, name);
          return true;
        } catch (error) {
          if (error instanceof InputError && error.problems[0]) return problemText(error.problems[0]);
          throw error;
        }
      },
    });
    const target = checkOutPath('out', path || name, m.ctx.home, name);
    let file: string;
    if (out === 'xlsx') {
      const { writeReportWorkbook } = await import('../workbook.js');
      file = await writeReportWorkbook(m.ctx, target, name, (sheets) => sheets.dueSheet(report, false));
    } else if (out === 'pdf') {
      const { renderTextPdf } = await import('../../render/text-pdf.js');
      const title = t('menu.report.pdfTitle', { date: dateText(date, true) });
      file = await writeOutFile(target, await renderTextPdf(title, text, await m.ctx.profile(), new Date(m.ctx.now())));
    } else file = await writeOutFile(target, Buffer.from(`${text}\n`, 'utf8'));
    await tell(m, t('menu.report.written', { file }));
  }
}
