/** The due the applicant is told, on receipts and sheets and at the counter: the event's eve when that comes first. */
import type { Case } from '../domain/model.js';
import { statedDue, type StatedDue } from '../domain/respond-by.js';
import type { Session } from './session.js';

/** The case's stated due under the office's calendar (statedDue). */
export async function dueToTell(s: Session, c: Case): Promise<StatedDue> {
  const clock = await s.clock();
  return statedDue(c, clock.calendar, clock.timeZone);
}
