/** The start screen's use case: what waits for the officer at the desk, read from the store once. */
import { deskLists, type Desk } from '../domain/desk-lists.js';
import { holds } from '../domain/roles.js';
import type { Case } from '../domain/model.js';
import { checklists } from './checklists.js';
import type { Session } from './session.js';

/**
 * The officer's counters and lists: the open cases, with (for those who take papers or answer) this
 * and last year's answered cases, of which those waiting for papers and today's walk-ins count.
 */
export async function officerDesk(s: Session, officer: string): Promise<Desk> {
  const store = s.store();
  const profile = await s.profile();
  const officers = profile.officers ?? [];
  const date = await s.today();
  const year = Number(date.slice(0, 4));
  const cases = new Map<string, Case>((await store.openCases()).map((c) => [c.id, c]));
  // An answered case still counts when its papers are awaited, or when it was today's walk-in.
  if (holds(officers, officer, 'penerima') || holds(officers, officer, 'analis'))
    for (const c of await store.listCases({ status: 'answered', from: `${year - 1}-01-01` }, { first: year - 1, last: year }))
      cases.set(c.id, c);
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
