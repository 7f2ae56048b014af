/** The lists behind the counters, the IM-NKK overview, and finding or opening a case: each leads to a case's screen. */
import { officerDesk } from '../../app/desk.js';
import { findCases } from '../../app/find-cases.js';
import { currentYear } from '../../app/session.js';
import { typedCaseId } from '../../domain/model.js';
import { t } from '../../i18n/index.js';
import { deskItemLine, imnkkItemLine } from '../../render/desk-lines.js';
import { applicantCell } from '../../render/interface-labels.js';
import { shorten } from '../../render/table-width.js';
import { askSelect, askText, isBack, type Choice } from '../prompts.js';
import { openCase } from './case-screen.js';
import { guarded, tell, type Screen } from './screen.js';

const BACK = '';

/** Picks one line of a list (Esc or "back" gives undefined). */
async function pick(message: string, choices: Choice<string>[]): Promise<string | undefined> {
  try {
    const chosen = await askSelect(message, [...choices, { value: BACK, name: t('menu.backItem') }], undefined, {
      back: true,
      pageSize: 12,
    });
    return chosen || undefined;
  } catch (error) {
    if (isBack(error)) return undefined;
    throw error;
  }
}

/** A counter's list, read again after each case (a case handled leaves it), until the officer goes back. */
export async function openList(m: Screen, key: string): Promise<void> {
  for (;;) {
    const list = (await officerDesk(m.ctx, m.officer)).lists.find((l) => l.key === key);
    if (!list?.items.length) return tell(m, t('menu.list.empty'));
    const id = await pick(
      t(`menu.list.${list.key}`, { n: list.count }),
      list.items.map((i) => ({ value: i.id, name: deskItemLine(i), short: i.id })),
    );
    if (!id) return;
    await openCase(m, id);
  }
}

/** The IM-NKK team's overview: each agency, its stage and next date. */
export async function openImnkk(m: Screen): Promise<void> {
  for (;;) {
    const rows = (await officerDesk(m.ctx, m.officer)).imnkk ?? [];
    if (!rows.length) return tell(m, t('menu.list.empty'));
    const id = await pick(
      t('menu.list.imnkk', { n: rows.length }),
      rows.map((r) => ({ value: r.id, name: imnkkItemLine(r), short: r.id })),
    );
    if (!id) return;
    await openCase(m, id);
  }
}

/** Finds cases by a word (applicant, subject, letter number, agenda number) and opens the one chosen. */
export async function findAndOpen(m: Screen): Promise<void> {
  let words: string;
  try {
    words = await askText(t('menu.ask.find'), { required: true, back: true });
  } catch (error) {
    if (isBack(error)) return;
    throw error;
  }
  const rows = await findCases(m.ctx, words);
  if (!rows.length) return tell(m, t('find.none', { text: words }));
  const id = await pick(
    t('menu.find.found', { n: rows.length }),
    rows.slice(0, 50).map((r) => ({ value: r.id, name: shorten(`${r.id}  ${applicantCell(r)} — ${r.subject}`, 96), short: r.id })),
  );
  if (id) await openCase(m, id);
}

/** Opens a case by its number (an agenda number alone is this year's). */
export async function openCaseByNumber(m: Screen): Promise<void> {
  let typed: string;
  try {
    typed = await askText(t('menu.ask.id'), { required: true, back: true });
  } catch (error) {
    if (isBack(error)) return;
    throw error;
  }
  const id = typedCaseId(typed, await currentYear(m.ctx));
  if (await guarded(m, async () => void (await m.ctx.store().get(id)))) await openCase(m, id);
}
