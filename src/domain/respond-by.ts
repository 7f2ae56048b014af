/**
 * When an answer must go out. A request for an event must be answered before the event, even when the
 * standard's period would end later: its answer is due by the earlier of the answer due and the last
 * working day before the event ("a request whose event is tomorrow is due today").
 */
import type { WorkingCalendar } from './calendar.js';
import { addDays } from './dates.js';
import { dueOf } from './due.js';
import type { Case } from './model.js';
import { localDate } from './timezone.js';

/** The last working day before `date`. */
export function workingDayBefore(date: string, calendar: WorkingCalendar): string {
  let d = addDays(date, -1);
  for (let i = 0; i < 400 && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** The due the office works to: the answer due, or the last working day before the event when that is earlier. */
export function respondBy(c: Pick<Case, 'answerDue' | 'event' | 'service'>, calendar: WorkingCalendar, timeZone: string): string | null {
  return c.answerDue === null ? null : respondByOf(c.answerDue, c.service, c.event?.date, calendar, timeZone);
}

/** respondBy from the fields it reads (the morning report has them apart, not as a case). */
export function respondByOf(
  answerDue: string,
  service: string,
  eventDate: string | undefined,
  calendar: WorkingCalendar,
  timeZone: string,
): string {
  if (service !== 'sosialisasi' || !eventDate) return answerDue;
  const before = workingDayBefore(eventDate, calendar);
  const due = dueOf(answerDue);
  const dueDay = due.kind === 'date' ? due.date : localDate(due.ms, timeZone);
  return before < dueDay ? before : answerDue;
}

/** Whether an answer given at `atMs` went out before the event's day (true when there is no event). */
export function answeredBeforeEvent(c: Pick<Case, 'event'>, atMs: number, timeZone: string): boolean {
  return !c.event?.date || localDate(atMs, timeZone) < c.event.date;
}

/** The due a receipt or a letter states, and whether it is the event that sets it. */
export interface StatedDue {
  due: string | null;
  /** The event's date when the answer must go out before it, earlier than the standard's period. */
  forEvent?: string;
}

/**
 * What the applicant is told: the respondBy due, so that no receipt promises an answer after the
 * event; never a day before the request came (a request on the event's eve is due the day it came).
 */
export function statedDue(
  c: Pick<Case, 'answerDue' | 'event' | 'service' | 'receivedAt'>,
  calendar: WorkingCalendar,
  timeZone: string,
): StatedDue {
  const by = respondBy(c, calendar, timeZone);
  if (by === c.answerDue || by === null || !c.event?.date) return { due: c.answerDue };
  const received = localDate(Date.parse(c.receivedAt), timeZone);
  return { due: by < received ? received : by, forEvent: c.event.date };
}
