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
 * MAIL COUNTER — FOR THE LEAD TO CONNECT: the number of messages waiting in the office mailbox
 * ("Surat e-mail menunggu", the waiting list of `loket mail waiting`). Return that count here (for
 * example from the mailbox use case's waiting list) and the counter appears on the counter's start
 * screen; undefined (no mailbox connected) shows no counter. Its list opens the mailbox's own screen
 * (src/cli/desk/start.ts, `openMail`).
 */
async function mailWaiting(s: Session): Promise<number | undefined> {
  void s;
  return undefined;
}
