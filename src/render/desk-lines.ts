/**
 * The lines of the menu's screens: a case in a list, an IM-NKK assessment, a counter, and any text
 * fitted to the screen's width (long lines wrapped under their value, never cut). Pure: data in, text out.
 */
import type { DeskItem, ImnkkDeskItem } from '../domain/desk-lists.js';
import { dueOf } from '../domain/due.js';
import { t } from '../i18n/index.js';
import { applicantCell, uiLabel } from './interface-labels.js';
import { displayWidth } from './long-table.js';
import { shorten } from './table-width.js';

/** A stored date or instant as the menu writes it in a list: 30/11/2026, or 27/11/2026 10.30. */
export function shortDue(value: string): string {
  const due = dueOf(value);
  const [y, m, d] = (due.kind === 'date' ? due.date : due.at.slice(0, 10)).split('-');
  const day = `${d}/${m}/${y}`;
  return due.kind === 'date' ? day : `${day} ${due.at.slice(11, 16).replace(':', '.')}`;
}

export const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** One case of a list, in `width` columns: number, the due it works to (and whether it is late), who asks, about what. */
export function deskItemLine(i: DeskItem, width = 96): string {
  const due = i.status === 'answered' ? t('menu.list.answered') : i.respondBy === null ? t('menu.list.noDue') : shortDue(i.respondBy);
  const mark = i.overdue ? t('menu.list.late') : '';
  const extra = i.draft
    ? t('menu.list.draftBy', { by: i.draft.by })
    : i.missing?.length
      ? t('menu.list.missing', { list: i.missing.map((m) => uiLabel('requirement', m)).join(', ') })
      : i.subject;
  const head = `${i.id}  ${pad(due, 16)}  ${mark ? `${mark}  ` : ''}`;
  const room = Math.max(10, width - displayWidth(head));
  const who = shorten(applicantCell(i), Math.min(34, Math.floor(room * 0.5)));
  return `${head}${shorten(`${who} — ${extra}`, room)}`;
}

/** One IM-NKK assessment: number, agency, stage, and the next date with what it is. */
export function imnkkItemLine(i: ImnkkDeskItem, width = 96): string {
  const next = i.next ? t(i.next.what === 'visit' ? 'menu.imnkk.nextVisit' : 'menu.imnkk.nextDue', { date: shortDue(i.next.date) }) : '-';
  const stage = pad(t(`stage.${i.stage}`), 20);
  const head = `${i.id}  ${stage} ${pad(next, 26)} `;
  return `${head}${shorten(i.agency, Math.max(10, width - displayWidth(head)))}`;
}

/** Wraps every line longer than `width` at spaces; its continuation starts under the line's value (after a label and two spaces). */
export function fitWidth(text: string, width = 100): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const label = /^(\s*\S.*?\s{2,})\S/.exec(line)?.[1] ?? /^\s*/.exec(line)?.[0] ?? '';
      const indent = label.length < width / 2 ? label.length : 2;
      const out: string[] = [];
      const lead = /^\s*/.exec(line)?.[0] ?? '';
      let current = lead;
      for (const word of line.slice(lead.length).split(' ')) {
        const next = current.trim() ? `${current} ${word}` : current + word;
        if (current.trim() && displayWidth(next) > width) {
          out.push(current);
          current = ' '.repeat(indent) + word;
        } else current = next;
      }
      out.push(current);
      return out.flatMap((l) => (displayWidth(l) > width ? chunk(l, width) : [l]));
    })
    .join('\n');
}

/** A word longer than the screen, cut into pieces of the width. */
function chunk(line: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out;
}
