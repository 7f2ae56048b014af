/**
 * The life of a case as one state machine:
 * registered → disposed → analysed → decided → answered, a walk-in may be decided at the counter,
 * and an answered case may be reopened. Each step is a pure function of the case and its input.
 */
import { InputError, ProblemList } from '../errors.js';
import { answeredOnTime } from './deadlines.js';
import { answeredBeforeEvent } from './respond-by.js';
import type { Case, Change, LetterNumber, Mode, Status, Urgency } from './model.js';
import { formatInstant, localDate } from './timezone.js';

/** The steps whose order the workflow checks. */
export type Step = 'dispose' | 'analyse' | 'examine' | 'decide' | 'reply' | 'send' | 'reopen';

type Table = Record<Step, { from: Status[]; need: string }>;

/** A request (sosialisasi, IM-NKK): analysed, then decided. */
const REQUEST: Table = {
  dispose: { from: ['registered', 'disposed', 'analysed'], need: 'registered' },
  analyse: { from: ['disposed', 'analysed'], need: 'dispose' },
  examine: { from: [], need: 'analyse' },
  decide: { from: ['analysed', 'decided'], need: 'analyse' },
  reply: { from: ['decided'], need: 'decide' },
  send: { from: ['decided'], need: 'decide' },
  reopen: { from: ['answered'], need: 'send' },
};

/** A report (complaint, suggestion, input): examined, then decided; never analysed. */
const REPORT: Table = {
  ...REQUEST,
  dispose: { from: ['registered', 'disposed', 'examined'], need: 'registered' },
  analyse: { from: [], need: 'examine' },
  examine: { from: ['disposed', 'examined'], need: 'dispose' },
  decide: { from: ['examined', 'decided'], need: 'examine' },
};

/** Appreciation may also be thanked, or closed, straight away. */
const APPRECIATION: Table = {
  ...REPORT,
  reply: { from: ['registered', 'disposed', 'examined', 'decided'], need: 'registered' },
  send: { from: ['registered', 'disposed', 'examined', 'decided'], need: 'registered' },
};

function tableOf(c: Case): Table {
  if (c.service !== 'pengaduan') return REQUEST;
  return c.report?.type === 'apresiasi' ? APPRECIATION : REPORT;
}

/** Throws an InputError naming the current status and what must happen first. */
export function assertAllowed(c: Case, step: Step): void {
  const walkinAtCounter =
    step === 'decide' && c.kind === 'walkin' && c.service !== 'pengaduan' && (c.status === 'registered' || c.status === 'disposed');
  const rule = tableOf(c)[step];
  if (rule.from.includes(c.status) || walkinAtCounter) return;
  // A step the case's service does not have at all: name the one it has instead.
  if (!rule.from.length) throw InputError.of('status', 'input.stepNotForService', { id: c.id, action: step, need: rule.need });
  throw InputError.of('status', c.status === 'answered' ? 'input.transitionAnswered' : 'input.transition', {
    id: c.id,
    action: step,
    status: c.status,
    need: rule.need,
  });
}

/** A leader's disposition of the case to an officer. */
export function dispose(
  c: Case,
  input: { to: string; instruction?: string; urgency: Urgency; atMs: number; by: string; timeZone: string },
): Change {
  assertAllowed(c, 'dispose');
  const disposition = {
    to: input.to,
    urgency: input.urgency,
    at: formatInstant(input.atMs, input.timeZone),
    by: input.by,
    ...(input.instruction ? { instruction: input.instruction } : {}),
  };
  const value: Case = { ...c, status: 'disposed', officer: input.to, disposition };
  delete value.analysis;
  return {
    value,
    changes: {
      status: 'disposed',
      officer: input.to,
      urgency: input.urgency,
      ...(input.instruction ? { instruction: input.instruction } : {}),
    },
  };
}

/** The officer's analysis: can the request be served, and how. */
export function analyse(c: Case, input: { feasible: boolean; mode?: Mode; note?: string }): Change {
  assertAllowed(c, 'analyse');
  const analysis = { feasible: input.feasible, ...(input.mode ? { mode: input.mode } : {}), ...(input.note ? { note: input.note } : {}) };
  return { value: { ...c, status: 'analysed', analysis }, changes: { status: 'analysed', ...analysis } };
}

/** A contact person for the applicant: "NAME, PHONE". */
const CONTACT_RE = /.+,\s*\+?[0-9][0-9 ().-]{5,}$/;

/** What was decided; each outcome carries what it needs (missing fields are named, not assumed). */
export type DecisionInput =
  | { outcome: 'approved'; scheduleMs?: number; contact?: string; place?: string; timeZone: string }
  | { outcome: 'declined'; reason?: string }
  | { outcome: 'incomplete'; missing: string[] };

/**
 * What an approval lacks: a schedule (not before the day of receipt, when that is known) and a
 * contact person written "NAME, PHONE". A caller that has parsed the schedule itself passes
 * `scheduleGiven` so that a refused schedule is not also reported as missing.
 */
export function approvalProblems(
  problems: ProblemList,
  a: { scheduleMs?: number; contact?: string; timeZone: string; scheduleGiven?: boolean },
  received?: string,
): void {
  if (a.scheduleMs === undefined && !a.scheduleGiven) problems.add('schedule', 'input.required');
  if (a.scheduleMs !== undefined && received && localDate(a.scheduleMs, a.timeZone) < received)
    problems.add('schedule', 'input.scheduleBeforeReceipt', { value: formatInstant(a.scheduleMs, a.timeZone), received });
  if (!a.contact) problems.add('contact', 'input.required');
  else if (!CONTACT_RE.test(a.contact)) problems.add('contact', 'input.contactFormat', { value: a.contact });
}

function decisionOf(c: Case, input: DecisionInput): NonNullable<Case['decision']> {
  const problems = new ProblemList();
  if (input.outcome === 'declined') {
    if (!input.reason) problems.add('reason', 'input.required');
    problems.throwIfAny();
    return { outcome: 'declined', reason: input.reason ?? '' };
  }
  if (input.outcome === 'incomplete') {
    if (input.missing.length === 0) throw InputError.of('incomplete', 'input.nothingMissing', { id: c.id });
    return { outcome: 'incomplete', missing: input.missing };
  }
  approvalProblems(problems, input, c.receivedAt.slice(0, 10));
  const scheduleMs = problems.need(input.scheduleMs);
  const contact = problems.need(input.contact);
  problems.throwIfAny();
  if (c.analysis && !c.analysis.feasible) throw InputError.of('approve', 'input.approveInfeasible', { id: c.id });
  const place = input.place ?? c.event?.place;
  return { outcome: 'approved', schedule: formatInstant(scheduleMs, input.timeZone), contact, ...(place ? { place } : {}) };
}

/** The decision: approved with schedule and contact, declined with a reason, or incomplete. */
export function decide(c: Case, input: DecisionInput): Change {
  // A report is not approved or declined: it is found founded or not (domain/complaints.ts).
  if (c.service === 'pengaduan' && input.outcome !== 'incomplete') throw InputError.of('approve', 'input.reportDecide', { id: c.id });
  // Asking for missing papers needs no analysis first: it may be the first answer a request gets.
  const early = input.outcome === 'incomplete' && (c.status === 'registered' || c.status === 'disposed');
  if (!early) assertAllowed(c, 'decide');
  const decision = decisionOf(c, input);
  const value: Case = { ...c, status: 'decided', decision };
  delete value.reply;
  return { value, changes: { status: 'decided', ...decision } };
}

/**
 * Whether a request is answered with information alone: a visitor or a letter that only asked (how to
 * apply, what the service needs) is answered with what was said, before any decision. A request already
 * decided, an IM-NKK assessment and a report take their own way.
 */
export function isInformationAnswer(c: Case, input: { via: string; note?: string }): boolean {
  return mayAnswerWithInformation(c) && !!input.note && input.via !== 'none';
}

/** Whether the case's state still allows an information-only answer (what `isInformationAnswer` asks of the case itself). */
export function mayAnswerWithInformation(c: Case): boolean {
  return c.service === 'sosialisasi' && !c.decision && ['registered', 'disposed', 'analysed'].includes(c.status);
}

/** The answer is given: when (not before receipt), how, and whether it met the deadline. Closes the case. */
export function send(c: Case, input: { via: string; atMs: number; timeZone: string; note?: string; by?: string }): Change {
  // Appreciation may be closed without a letter: the note says how it was acknowledged.
  const withoutLetter = input.via === 'none';
  if (withoutLetter && c.report?.type !== 'apresiasi') throw InputError.of('via', 'input.viaNoneAppreciation', { id: c.id });
  const information = isInformationAnswer(c, input);
  if (!information) assertAllowed(c, 'send');
  if (input.atMs < Date.parse(c.receivedAt))
    throw InputError.of('at', 'input.atBeforeReceipt', { value: formatInstant(input.atMs, input.timeZone), received: c.receivedAt });
  const atCounter = (c.kind === 'walkin' && input.via === 'langsung') || withoutLetter || information;
  if (!c.reply && !atCounter) throw InputError.of('status', 'input.replyFirst', { id: c.id });
  // "Informasi jawaban": what a visitor is told at the counter is the answer, and is kept.
  if (atCounter && !input.note) throw InputError.of('note', 'input.required');
  const answer = {
    at: formatInstant(input.atMs, input.timeZone),
    via: input.via,
    onTime: answeredOnTime(c.answerDue, input.atMs, input.timeZone),
    // onTime keeps the standard's period; an answer on or after the event's day came too late for it all the same.
    ...(c.event?.date ? { beforeEvent: answeredBeforeEvent(c, input.atMs, input.timeZone) } : {}),
    ...(atCounter && input.note ? { note: input.note, ...(input.by ? { by: input.by } : {}) } : {}),
    ...(information ? { information: true as const } : {}),
  };
  return { value: { ...c, status: 'answered', answer }, changes: { status: 'answered', ...answer } };
}

/** Opens an answered case again; its history stays, the next reply gets a new number. */
export function reopen(c: Case, reason: string): Change {
  assertAllowed(c, 'reopen');
  const value: Case = { ...c, status: c.officer ? 'disposed' : 'registered', reopenCount: (c.reopenCount ?? 0) + 1 };
  delete value.answer;
  delete value.decision;
  delete value.reply;
  delete value.analysis;
  if (value.report) {
    value.report = { ...value.report };
    delete value.report.examination;
    delete value.report.conclusion;
  }
  return { value, changes: { status: value.status, reason, previousAnswer: c.answer ?? null } };
}

/** The reply record of an allocated letter number. */
export function replyOf(letter: LetterNumber): NonNullable<Case['reply']> {
  return { letterNumber: letter.number, seq: letter.seq, year: letter.year, date: letter.date };
}

/** The letter a case's reply records, in the letter book's terms. */
export function letterOf(reply: NonNullable<Case['reply']>): LetterNumber {
  return { number: reply.letterNumber, seq: reply.seq, year: reply.year, date: reply.date };
}

/** Records the number of the reply letter on a decided case. */
export function recordReply(c: Case, letter: LetterNumber): Change {
  assertAllowed(c, 'reply');
  return { value: { ...c, reply: replyOf(letter) }, changes: { letterNumber: letter.number, date: letter.date } };
}

/** The letter-book kind of a case's reply: a reopened case gets a fresh number. */
export function replyKind(c: Case): string {
  return c.reopenCount ? `reply-${c.reopenCount + 1}` : 'reply';
}
