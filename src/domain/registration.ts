/** Turning what the counter was told into a new case: agenda id, deadline, lead time, requirements. */
import { reportDue } from './report-types.js';
import { answerDue, imnkkDue, leadTime, reportPeriod, type ServicePeriods } from './deadlines.js';
import { identityShield, recordedAttachmentNames } from './identity.js';
import { caseId, type Case, type ImnkkState } from './model.js';
import type { OfficeClock } from './office-hours.js';
import { formatInstant, localDate } from './timezone.js';
import type { ProblemList } from '../errors.js';

/** What the counter records of a new case: the stored fields it gives, and when it was received. */
export type RegistrationInput = Pick<
  Case,
  | 'kind'
  | 'service'
  | 'channel'
  | 'receivedBy'
  | 'applicant'
  | 'letter'
  | 'subject'
  | 'purpose'
  | 'material'
  | 'event'
  | 'attachments'
  | 'activity'
  | 'channelRef'
  | 'report'
> & {
  receivedMs: number;
  imnkk?: ImnkkState['requirements'];
  /** Requirements the receptionist saw at the counter (e.g. the request letter, the identity card). */
  ticked?: string[];
};

/** The dates a registration gives must agree with the day it was received: the event not before, the letter not after. */
export function registrationDateProblems(problems: ProblemList, d: { received: string; letterDate?: string; eventDate?: string }): void {
  if (d.eventDate && d.eventDate < d.received)
    problems.add('eventDate', 'input.eventBeforeReceipt', { value: d.eventDate, received: d.received });
  if (d.letterDate && d.letterDate > d.received)
    problems.add('letterDate', 'input.letterAfterReceipt', { value: d.letterDate, received: d.received });
}

/** The agenda year of a registration: the year of its receipt in the office zone. */
export function agendaYear(receivedMs: number, timeZone: string): number {
  return Number(localDate(receivedMs, timeZone).slice(0, 4));
}

/** Whether all four IM-NKK requirements are recorded. */
export function imnkkComplete(r: ImnkkState['requirements'] | undefined): boolean {
  return !!(r?.ethicsRegulation && r.sindenAccount && r.operatorLetter && r.selfAssessment);
}

function dropEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * A new case (without events: the store adds the registration event) under the given agenda number,
 * with its tracking code (made by the caller from random bytes: domain/tracking-code.ts).
 */
export function buildCase(
  input: RegistrationInput,
  agendaNumber: number,
  periods: ServicePeriods,
  leadTimeDays: number,
  clock: OfficeClock,
  trackingCode: string,
): Case {
  const year = agendaYear(input.receivedMs, clock.timeZone);
  const receivedDate = localDate(input.receivedMs, clock.timeZone);
  const c: Case = {
    id: caseId(year, agendaNumber),
    year,
    agendaNumber,
    trackingCode,
    service: input.service,
    kind: input.kind,
    channel: input.channel,
    receivedAt: formatInstant(input.receivedMs, clock.timeZone),
    receivedBy: input.receivedBy,
    // The name stays even when empty: an anonymous report records that nobody was named.
    applicant: { ...dropEmpty(input.applicant), name: input.applicant.name },
    subject: input.subject,
    attachments: input.attachments,
    answerDue: input.report
      ? reportDue(receivedDate, reportPeriod(periods, input.report.type), clock.calendar)
      : answerDue(input.service, input.kind, input.receivedMs, periods, clock),
    status: 'registered',
    events: [],
  };
  if (input.channelRef) c.channelRef = input.channelRef;
  if (input.report) c.report = dropEmpty(input.report);
  if (input.letter && (input.letter.number || input.letter.date)) c.letter = dropEmpty(input.letter);
  if (input.purpose) c.purpose = input.purpose;
  if (input.material) c.material = input.material;
  if (input.activity && input.service === 'sosialisasi') c.activity = input.activity;
  if (input.ticked?.length) {
    const at = formatInstant(input.receivedMs, clock.timeZone);
    c.requirements = Object.fromEntries(input.ticked.map((key) => [key, { met: true, at, by: input.receivedBy, ref: 'dilihat di loket' }]));
  }
  if (input.event && Object.values(input.event).some(Boolean)) c.event = dropEmpty(input.event);
  if (input.service === 'sosialisasi' && c.event?.date && leadTimeDays > 0) {
    c.leadTime = leadTime(receivedDate, c.event.date, leadTimeDays, clock.calendar);
  }
  if (input.service === 'imnkk') {
    c.imnkk = { requirements: dropEmpty(input.imnkk ?? {}), verifications: [] };
    if (imnkkComplete(c.imnkk.requirements)) {
      c.imnkk.clockStart = receivedDate;
      c.answerDue = imnkkDue(receivedDate, periods.imnkk.months, clock.calendar);
    }
  }
  return c;
}

/** The fields a registration records, for its audit event. */
export function registrationChanges(c: Case): Record<string, unknown> {
  return {
    agendaNumber: c.agendaNumber,
    service: c.service,
    kind: c.kind,
    channel: c.channel,
    // The audit trail of a shielded report never holds the reporter's name: it is shown as the case is.
    ...(identityShield(c) ? { identity: identityShield(c) } : { applicant: c.applicant.name }),
    ...(c.report ? { reportType: c.report.type, ...(c.report.about ? { about: c.report.about } : {}) } : {}),
    ...(c.channelRef ? { channelRef: c.channelRef } : {}),
    subject: c.subject,
    answerDue: c.answerDue,
    attachments: recordedAttachmentNames(c),
  };
}
