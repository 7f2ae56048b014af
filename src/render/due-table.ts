/** The deadline report for people: one table per group, coloured by urgency when printed to a terminal. */
import type { ChalkInstance } from 'chalk';
import { formatDue } from '../domain/due.js';
import type { DueItem, DueReport } from '../domain/due-report.js';
import { dueSheet } from './report-sheets.js';
import { t, type MessageKey } from '../i18n/index.js';
import { requireCjs } from '../cjs.js';
import { fitColumns, shorten } from './table-width.js';
import { applicantCell, dateText, uiLabel } from './ui-labels.js';
import { toCsv } from './csv.js';

// The short form reads the office time written in the stored instant: it needs no zone.
const ZONELESS = { timeZone: 'UTC', zoneLabel: '' };

const Table = requireCjs('cli-table3') as typeof import('cli-table3');

/** How late an overdue line is: working days, or office time in hours and minutes (no "0 jam", no "0 menit"). */
export function lateText(item: Pick<DueItem, 'lateWorkingDays' | 'lateOfficeMinutes'>): string {
  if (item.lateWorkingDays !== undefined) return t('due.lateDays', { n: item.lateWorkingDays });
  if (item.lateOfficeMinutes === undefined) return '';
  const h = Math.floor(item.lateOfficeMinutes / 60);
  const m = item.lateOfficeMinutes % 60;
  if (h === 0) return t('due.lateOnlyMinutes', { m });
  return m === 0 ? t('due.lateOnlyHours', { h }) : t('due.lateMinutes', { h, m });
}

function table(items: DueItem[], paint: (s: string) => string, late: boolean, width: number): string {
  // Tenggat is what the office works to: the answer due, or the last working day before the event.
  const head = [t('col.id'), t('col.applicant'), t('col.subject'), t('col.officer'), t('col.status'), t('col.event'), t('col.due')];
  const tbl = new Table({ head, style: { head: [], border: [] } });
  for (const i of items) {
    const short = formatDue(i.respondBy, ZONELESS, 'short');
    const due = late ? `${short} (${lateText(i)})` : short;
    const [applicantWidth = 26, subjectWidth = 34] = fitColumns(width, [9, 12, 11, 10, late ? 34 : 16], [26, 40]);
    tbl.push([
      i.id,
      shorten(applicantCell(i), applicantWidth),
      shorten(i.subject, subjectWidth),
      shorten(i.officer ?? '-', 12),
      shorten(t(`status.${i.status}`), 11),
      i.eventDate ?? '-',
      paint(due),
    ]);
  }
  return tbl.toString();
}

/** The report as text; `chalk` has level 0 when colour is off. */
export function renderDueText(r: DueReport, chalk: ChalkInstance, within: number, width = 100): string {
  const total = r.overdue.length + r.dueToday.length + r.upcoming.length + r.waiting.length;
  const title = chalk.bold(t('due.title', { date: dateText(r.date, true) }));
  if (total === 0) return `${title}\n${t('due.empty', { within })}`;
  const parts = [title];
  const section = (key: MessageKey, items: DueItem[], paint: (s: string) => string, late = false) => {
    if (items.length) parts.push('', paint(chalk.bold(t(key, { n: items.length, within }))), table(items, paint, late, width));
  };
  section('due.overdue', r.overdue, chalk.red, true);
  section('due.today', r.dueToday, chalk.yellow);
  section('due.upcoming', r.upcoming, (s) => s);
  if (r.waiting.length) {
    parts.push('', chalk.bold(t('due.waiting', { n: r.waiting.length })));
    const tbl = new Table({ head: [t('col.id'), t('col.applicant'), t('col.since'), t('col.missing')], style: { head: [], border: [] } });
    for (const w of r.waiting)
      tbl.push([w.id, shorten(applicantCell(w), 30), w.since, shorten(w.missing.map((m) => uiLabel('requirement', m)).join('; '), 40)]);
    parts.push(tbl.toString());
  }
  return parts.join('\n');
}

/** The report as CSV in the interface language, one line per case with its group (the rows of the workbook's sheet). */
export function renderDueCsv(r: DueReport, includePersonalData: boolean): string {
  const sheet = dueSheet(r, includePersonalData);
  return toCsv(
    sheet.columns.map((c) => c.header),
    sheet.rows.map((row) => row.map((v) => (typeof v === 'boolean' ? String(v) : v))),
  );
}
