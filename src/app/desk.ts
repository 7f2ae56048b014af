/** The start screen's use case: what waits for the officer at the desk, read from the store once. */
import { deskLists, type Desk } from '../domain/desk-lists.js';
import { holds } from '../domain/roles.js';
import type { Case } from '../domain/model.js';
import { addDays } from '../domain/dates.js';
import { checklists } from './checklists.js';
import type { Session } from './session.js';

/** How far back an answered case is looked for: one that still waits for its papers, or today's walk-in. */
const ANSWERED_WINDOW_DAYS = 90;

/**
 * The officer's counters and lists: the open cases, with (for those who take papers or answer) the
 * cases answered that were received in the last 90 days, of which those waiting for papers and
 * today's walk-ins count. (An older request still waiting for papers is found with "Cari kasus".)
 */
export async function officerDesk(s: Session, officer: string): Promise<Desk> {
  const store = s.store();
  const profile = await s.profile();
  const officers = profile.officers ?? [];
  const date = await s.today();
  const cases = new Map<string, Case>((await store.openCases()).map((c) => [c.id, c]));
  if (holds(officers, officer, 'penerima') || holds(officers, officer, 'analis')) {
    const from = addDays(date, -ANSWERED_WINDOW_DAYS);
    const years = { first: Number(from.slice(0, 4)), last: Number(date.slice(0, 4)) };
    for (const c of await store.listCases({ status: 'answered', from }, years)) cases.set(c.id, c);
  }
  return deskLists({
    cases: [...cases.values()],
    officer,
    officers,
    date,
    nowMs: s.now(),
    clock: await s.clock(),
    checklists: checklists(),
    mailWaiting: await mailWaiting(s),
  });
}

/**
 * How many messages wait in the office mailbox for the counter ("Surat e-mail menunggu"): what
 * `loket mail waiting` lists, read without registering or marking anything. Undefined (no counter)
 * when the office reads no mailbox, or when the mailbox cannot be reached now (the start screen does
 * not wait for it: the counter's own list says why).
 */
async function mailWaiting(s: Session): Promise<number | undefined> {
  if (!(await s.profile()).mail?.imap?.host) return undefined;
  const { fetchMail } = await import('./mail-fetch.js');
  try {
    return (await fetchMail(s, { dryRun: true })).waiting.length;
  } catch {
    return undefined;
  }
}
