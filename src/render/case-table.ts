/** Cases as terminal tables and readable text, in the interface language. */
import { requireCjs } from '../cjs.js';
import type { Case, ReportType, Status } from '../domain/model.js';
import { t } from '../i18n/index.js';
import type { CaseSummary } from '../store/store.js';
import { actionLabel } from './history.js';
import { attachmentsLine, caseStateLines, dueLine } from './case-state.js';
import { columnWidth, fitColumns, shorten } from './table-width.js';
import { applicantCell, dateText, kindLabel, storedTimeText, timeText, uiLabel } from './interface-labels.js';

export { shorten };

const Table = requireCjs('cli-table3') as typeof import('cli-table3');

/** How many rows a terminal table shows; more is for --json or --csv, not for reading. */
export const TABLE_LIMIT = 200;

type Zone = { timeZone: string; zoneLabel: string };

/** A table of case summaries: id, received, service, status, applicant, subject (the first TABLE_LIMIT), within `width` columns. */
export function renderSummaryTable(all: CaseSummary[], width = 100): string {
  const rows = all.slice(0, TABLE_LIMIT);
  // Fixed columns keep their size; the applicant and the subject share what is left.
  const [applicantWidth = 28, subjectWidth = 40] = fitColumns(width, [9, 16, 12, 11], [28, 60]);
  const table = new Table({
    head: [t('col.id'), t('col.received'), t('col.service'), t('col.status'), t('col.applicant'), t('col.subject')],
    style: { head: [], border: [] },
  });
  for (const r of rows)
    table.push([
      r.id,
      r.receivedAt.slice(0, 16).replace('T', ' '),
      shorten(uiLabel('service', r.service), columnWidth(width, 12)),
      shorten(t(`status.${r.status}`), columnWidth(width, 11)),
      shorten(applicantCell(r), applicantWidth),
      shorten(r.subject, subjectWidth),
    ]);
  return all.length > rows.length ? `${table.toString()}\n${t('list.more', { n: all.length - rows.length })}` : table.toString();
}

/** A report that names a case, as the case shows it. */
export interface RelatedReport {
  id: string;
  reportType?: ReportType;
  status: Status;
}

/** The lines only a report has: its type and reference, what it is about, the finding and the decision. */
function reportLines(c: Case, about?: { id: string; subject: string }): [string, string | undefined][] {
  const r = c.report;
  if (!r) return [];
  const conclusion =
    r.conclusion &&
    [r.conclusion.substantiated && t(`substantiated.${r.conclusion.substantiated}`), r.conclusion.followUp].filter(Boolean).join(' — ');
  return [
    [t('col.reportType'), t(`reportType.${r.type}`)],
    [t('col.channelRef'), c.channelRef],
    [t('col.about'), about ? `${about.id} (${about.subject})` : r.about],
    [t('col.concerning'), r.concerning],
    [t('col.finding'), r.examination?.finding],
    [t('col.conclusion'), conclusion],
  ];
}

/** A case in readable lines: its whole state (decision, schedule, letters, IM-NKK result, mode), then its audit trail. */
export function renderCaseText(
  c: Case & { missing: string[]; about?: { id: string; subject: string }; reports?: RelatedReport[]; respondBy?: string | null },
  zone: Zone,
): string {
  const letter = c.letter ? [c.letter.number, c.letter.date && dateText(c.letter.date)].filter(Boolean).join(' · ') : undefined;
  const event = c.event
    ? [c.event.date && dateText(c.event.date, true), c.event.time && timeText(c.event.time), c.event.place].filter(Boolean).join(' · ')
    : undefined;
  const lines: [string, string | undefined][] = [
    [t('col.id'), `${c.id} (${uiLabel('service', c.service)}, ${c.kind === 'walkin' ? kindLabel(c.kind) : uiLabel('channel', c.channel)})`],
    [t('col.status'), t(`status.${c.status}`)],
    [t('web.col.trackingCode'), c.trackingCode],
    // An agenda book gives the day a letter came, not the hour.
    [t('col.received'), `${c.imported ? dateText(c.receivedAt.slice(0, 10), true) : storedTimeText(c.receivedAt, zone)} — ${c.receivedBy}`],
    [
      t(c.report ? 'col.reporter' : 'col.applicant'),
      [c.applicant.name, c.applicant.institution, c.applicant.contact, c.applicant.email].filter(Boolean).join(' · '),
    ],
    ...reportLines(c, c.about),
    [
      t('col.reports'),
      c.reports?.map((r) => `${r.id} (${t(`reportType.${r.reportType ?? 'pengaduan'}`)}, ${t(`status.${r.status}`)})`).join('; ') ||
        undefined,
    ],
    [t('col.letter'), letter],
    [t('col.subject'), c.subject],
    [t('col.event'), event],
    [t('col.activity'), c.activity && t(`activity.${c.activity}`)],
    [t('col.attachments'), attachmentsLine(c)],
    [t('col.due'), dueLine(c, zone)],
    [t('col.officer'), c.officer],
    [t('col.missing'), c.missing.length ? c.missing.map((m) => uiLabel('requirement', m)).join('; ') : '-'],
    ...caseStateLines(c, zone),
    [
      t('col.answered'),
      c.answer ? `${storedTimeText(c.answer.at, zone)} (${c.answer.onTime ? t('show.onTime') : t('show.late')})` : undefined,
    ],
    [t('col.answerNote'), c.answer?.note],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  const out = lines.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  out.push('', t('col.history'));
  for (const e of c.events) out.push(`  ${storedTimeText(e.at, zone)}  ${e.by}  ${actionLabel(e.action, e.changes)}`);
  return out.join('\n');
}
