/** The deadline report for people: one table per group, coloured by urgency when printed to a terminal. */
import type { ChalkInstance } from 'chalk';
import { formatDue } from '../domain/due.js';
import { formatDayDateId } from '../domain/indonesian.js';
import type { DueItem, DueReport } from '../domain/due-report.js';
import { t, type MessageKey } from '../i18n/index.js';
import { requireCjs } from '../cjs.js';
import { shorten } from './case-table.js';
import { toCsv } from './csv.js';

// The short form reads the office time written in the stored instant: it needs no zone.
const ZONELESS = { timeZone: 'UTC', zoneLabel: '' };

const Table = requireCjs('cli-table3') as typeof import('cli-table3');

function lateText(item: DueItem): string {
  if (item.lateWorkingDays !== undefined) return t('due.lateDays', { n: item.lateWorkingDays });
  if (item.lateOfficeMinutes !== undefined)
    return t('due.lateMinutes', { h: Math.floor(item.lateOfficeMinutes / 60), m: item.lateOfficeMinutes % 60 });
  return '';
}

function table(items: DueItem[], paint: (s: string) => string, late: boolean): string {
  const head = [t('col.id'), t('col.applicant'), t('col.subject'), t('col.officer'), t('col.status'), t('col.due')];
  const tbl = new Table({ head, style: { head: [], border: [] } });
  for (const i of items) {
    const due = late ? `${formatDue(i.answerDue, ZONELESS, 'short')} (${lateText(i)})` : formatDue(i.answerDue, ZONELESS, 'short');
    tbl.push([i.id, shorten(i.applicant, 26), shorten(i.subject, 34), i.officer ?? '-', t(`status.${i.status}`), paint(due)]);
  }
  return tbl.toString();
}

/** The report as text; `chalk` has level 0 when colour is off. */
export function renderDueText(r: DueReport, chalk: ChalkInstance, within: number): string {
  const total = r.overdue.length + r.dueToday.length + r.upcoming.length + r.waiting.length;
  const title = chalk.bold(t('due.title', { date: formatDayDateId(r.date) }));
  if (total === 0) return `${title}\n${t('due.empty', { within })}`;
  const parts = [title];
  const section = (key: MessageKey, items: DueItem[], paint: (s: string) => string, late = false) => {
    if (items.length) parts.push('', paint(chalk.bold(t(key, { n: items.length, within }))), table(items, paint, late));
  };
  section('due.overdue', r.overdue, chalk.red, true);
  section('due.today', r.dueToday, chalk.yellow);
  section('due.upcoming', r.upcoming, (s) => s);
  if (r.waiting.length) {
    parts.push('', chalk.bold(t('due.waiting', { n: r.waiting.length })));
    const tbl = new Table({ head: [t('col.id'), t('col.applicant'), t('col.since'), t('col.missing')], style: { head: [], border: [] } });
    for (const w of r.waiting) tbl.push([w.id, shorten(w.applicant, 30), w.since, w.missing.join(', ')]);
    parts.push(tbl.toString());
  }
  return parts.join('\n');
}

/** The report as CSV, one line per case with its group; contact and e-mail only when asked for. */
export function renderDueCsv(r: DueReport, includePersonalData: boolean): string {
  const header = [
    'group',
    'id',
    'agendaNumber',
    'service',
    'kind',
    'status',
    'answerDue',
    'lateWorkingDays',
    'lateOfficeMinutes',
    'officer',
    'applicant',
    'subject',
  ];
  if (includePersonalData) header.push('contact', 'email');
  const rows: (string | number | null | undefined)[][] = [];
  const add = (group: string, items: DueItem[]) => {
    for (const i of items) {
      const row = [
        group,
        i.id,
        i.agendaNumber,
        i.service,
        i.kind,
        i.status,
        i.answerDue,
        i.lateWorkingDays,
        i.lateOfficeMinutes,
        i.officer,
        i.applicant,
        i.subject,
      ];
      if (includePersonalData) row.push(i.contact, i.email);
      rows.push(row);
    }
  };
  add('overdue', r.overdue);
  add('dueToday', r.dueToday);
  add('upcoming', r.upcoming);
  for (const w of r.waiting)
    rows.push([
      'waiting',
      w.id,
      w.agendaNumber,
      w.service,
      w.kind,
      w.status,
      '',
      '',
      '',
      w.officer,
      w.applicant,
      w.subject,
      ...(includePersonalData ? ['', ''] : []),
    ]);
  return toCsv(header, rows);
}
