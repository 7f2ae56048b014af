/** Cases as terminal tables and readable text. */
import { requireCjs } from '../cjs.js';

const Table = requireCjs('cli-table3') as typeof import('cli-table3');
import type { Case } from '../domain/model.js';
import { t } from '../i18n/index.js';
import type { CaseSummary } from '../store/store.js';

/** Shortens text to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** How many rows a terminal table shows; more is for --json or --csv, not for reading. */
export const TABLE_LIMIT = 200;

/** A table of case summaries: id, received, service, status, applicant, subject (the first TABLE_LIMIT). */
export function renderSummaryTable(all: CaseSummary[]): string {
  const rows = all.slice(0, TABLE_LIMIT);
  const table = new Table({
    head: [t('col.id'), t('col.received'), t('col.service'), t('col.status'), t('col.applicant'), t('col.subject')],
    style: { head: [], border: [] },
  });
  for (const r of rows)
    table.push([
      r.id,
      r.receivedAt.slice(0, 16).replace('T', ' '),
      r.service,
      t(`status.${r.status}`),
      shorten(r.applicant, 28),
      shorten(r.subject, 40),
    ]);
  return all.length > rows.length ? `${table.toString()}\n${t('list.more', { n: all.length - rows.length })}` : table.toString();
}

/** A case in readable lines, with its audit trail. */
export function renderCaseText(c: Case & { missing: string[] }): string {
  const lines: [string, string | undefined][] = [
    [t('col.id'), `${c.id} (${c.service}, ${c.kind})`],
    [t('col.status'), t(`status.${c.status}`)],
    [t('col.received'), `${c.receivedAt} — ${c.receivedBy}`],
    [t('col.applicant'), [c.applicant.name, c.applicant.institution, c.applicant.contact, c.applicant.email].filter(Boolean).join(' · ')],
    [t('col.letter'), c.letter ? [c.letter.number, c.letter.date].filter(Boolean).join(' · ') : undefined],
    [t('col.subject'), c.subject],
    [t('col.event'), c.event ? [c.event.date, c.event.time, c.event.place, c.event.mode].filter(Boolean).join(' · ') : undefined],
    [t('col.due'), c.answerDue ?? t('register.waiting')],
    [t('col.officer'), c.officer],
    [t('col.missing'), c.missing.length ? c.missing.join(', ') : '-'],
    [t('col.answered'), c.answer ? `${c.answer.at} (${c.answer.onTime ? t('show.onTime') : t('show.late')})` : undefined],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  const out = lines.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  out.push('', t('col.history'));
  for (const e of c.events) out.push(`  ${e.at}  ${e.by}  ${e.action}`);
  return out.join('\n');
}
