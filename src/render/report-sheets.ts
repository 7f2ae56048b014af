/** The lists and reports as workbook sheets, with headings and names in the interface language. */
import type { DueItem, DueReport, WaitingItem } from '../domain/due-report.js';
import { RECAP_FIELDS, reportTypeRows, type Recap } from '../domain/recap.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { CaseSummary } from '../store/store.js';
import { applicantCell, kindLabel, uiLabel } from './interface-labels.js';
import type { Sheet } from './xlsx.js';

/** `list` / `find` as one sheet. */
export function caseListSheet(rows: CaseSummary[]): Sheet {
  return {
    name: t('xlsx.sheet.cases'),
    columns: [
      { header: t('col.id'), type: 'text' },
      { header: t('csv.agendaNumber'), type: 'number' },
      { header: t('col.received'), type: 'instant' },
      { header: t('col.service'), type: 'text' },
      { header: t('col.status'), type: 'text' },
      { header: t('col.applicant'), type: 'text' },
      { header: t('col.subject'), type: 'text' },
      { header: t('csv.letterNumber'), type: 'text' },
    ],
    rows: rows.map((r) => [
      r.id,
      r.agendaNumber,
      r.receivedAt,
      uiLabel('service', r.service),
      t(`status.${r.status}`),
      applicantCell(r),
      r.subject,
      r.letterNumber,
    ]),
  };
}

/** The deadline report as one sheet, a line per case with its group; contact and e-mail only when asked for. */
export function dueSheet(r: DueReport, includePersonalData: boolean): Sheet {
  const rows: Sheet['rows'] = [];
  const line = (group: MessageKey, i: DueItem | WaitingItem, due: Partial<DueItem>) =>
    rows.push([
      t(group),
      i.id,
      i.agendaNumber,
      uiLabel('service', i.service),
      kindLabel(i.kind === 'walkin' ? 'walkin' : 'letter'),
      t(`status.${i.status}`),
      due.respondBy,
      due.answerDue,
      due.eventDate,
      due.lateWorkingDays,
      due.lateOfficeMinutes,
      i.officer,
      applicantCell(i),
      i.subject,
      ...(includePersonalData ? [due.contact, due.email] : []),
    ]);
  for (const i of r.overdue) line('csv.overdue', i, i);
  for (const i of r.dueToday) line('csv.dueToday', i, i);
  for (const i of r.upcoming) line('csv.upcoming', i, i);
  for (const w of r.waiting) line('csv.waiting', w, {});
  return {
    name: t('xlsx.sheet.due'),
    columns: [
      { header: t('csv.group'), type: 'text' },
      { header: t('col.id'), type: 'text' },
      { header: t('csv.agendaNumber'), type: 'number' },
      { header: t('col.service'), type: 'text' },
      { header: t('col.kind'), type: 'text' },
      { header: t('col.status'), type: 'text' },
      { header: t('col.due'), type: 'due' },
      { header: t('csv.answerDue'), type: 'due' },
      { header: t('col.event'), type: 'date' },
      { header: t('csv.lateWorkingDays'), type: 'number' },
      { header: t('csv.lateOfficeMinutes'), type: 'number' },
      { header: t('col.officer'), type: 'text' },
      { header: t('col.applicant'), type: 'text' },
      { header: t('col.subject'), type: 'text' },
      ...(includePersonalData
        ? [
            { header: t('csv.contact'), type: 'text' as const },
            { header: t('csv.email'), type: 'text' as const },
          ]
        : []),
    ],
    rows,
  };
}

const FIELDS = RECAP_FIELDS;

/** The monthly recap as one sheet: each service, its channels with cases, and the total. */
export function recapSheet(r: Recap): Sheet {
  const rows: Sheet['rows'] = [];
  for (const [service, b] of Object.entries(r.services)) {
    rows.push([uiLabel('service', service), '', ...FIELDS.map((f) => b[f])]);
    for (const [channel, f] of Object.entries(b.byChannel))
      if (f.received) rows.push([uiLabel('service', service), uiLabel('channel', channel), ...FIELDS.map((k) => f[k])]);
    if (service === 'pengaduan')
      for (const [type, tb] of reportTypeRows(r)) {
        const typeName = t('recap.type', { type: t(`reportType.${type}`) });
        rows.push([uiLabel('service', service), typeName, ...FIELDS.map((f) => tb[f])]);
        for (const [channel, f] of Object.entries(tb.byChannel))
          if (f.received)
            rows.push([uiLabel('service', service), `${typeName} · ${uiLabel('channel', channel)}`, ...FIELDS.map((k) => f[k])]);
      }
  }
  rows.push([t('csv.total'), '', ...FIELDS.map((f) => r.total[f])]);
  return {
    name: `${t('xlsx.sheet.recap')} ${r.month}`,
    columns: [
      { header: t('col.service'), type: 'text' },
      { header: t('col.channel'), type: 'text' },
      ...FIELDS.map((f) => ({ header: t(`recap.${f}`), type: 'number' as const })),
    ],
    rows,
  };
}
