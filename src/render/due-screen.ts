/** The morning report as the menu's screen writes it: a case to a line, no table, within the screen's width. */
import type { DueItem, DueReport } from '../domain/due-report.js';
import { t } from '../i18n/index.js';
import { pad, shortDue } from './desk-lines.js';
import { lateText } from './due-table.js';
import { applicantCell, uiLabel } from './interface-labels.js';
import { displayWidth } from './long-table.js';
import { shorten } from './table-width.js';

/**
 * The morning report as the menu's screen writes it: each group under its heading, a case to a line
 * (number, the due it works to and how late, who asks, about what, whose it is), within `width`.
 */
export function dueScreenText(r: DueReport, within: number, width = 100): string {
  const total = r.overdue.length + r.dueToday.length + r.upcoming.length + r.waiting.length;
  if (!total) return t('due.empty', { within });
  const parts: string[] = [];
  const line = (i: DueItem, late: boolean) => {
    const due = `${shortDue(i.respondBy)}${late ? ` (${lateText(i)})` : ''}`;
    const head = `  ${i.id}  ${pad(due, 16)}  `;
    const tail = i.officer ? `  · ${i.officer}` : '';
    const room = Math.max(10, width - displayWidth(head) - displayWidth(tail));
    const who = shorten(applicantCell(i), Math.min(30, Math.floor(room * 0.45)));
    return `${head}${shorten(`${who} — ${i.subject}`, room)}${tail}`;
  };
  const section = (key: 'due.overdue' | 'due.today' | 'due.upcoming', items: DueItem[], late = false) => {
    if (items.length) parts.push(t(key, { n: items.length, within }), ...items.map((i) => line(i, late)), '');
  };
  section('due.overdue', r.overdue, true);
  section('due.today', r.dueToday);
  section('due.upcoming', r.upcoming);
  if (r.waiting.length) {
    parts.push(t('due.waiting', { n: r.waiting.length }));
    for (const w of r.waiting) {
      const head = `  ${w.id}  ${pad(shortDue(w.since), 16)}  `;
      const missing = w.missing.map((m) => uiLabel('requirement', m)).join('; ');
      parts.push(`${head}${shorten(`${applicantCell(w)} — ${t('menu.list.missing', { list: missing })}`, width - displayWidth(head))}`);
    }
  }
  return parts.join('\n').trimEnd();
}
