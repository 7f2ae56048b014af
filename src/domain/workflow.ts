/**
 * The life of a case as one state machine:
 * registered → disposed → analysed → decided → answered, a walk-in may be decided at the counter,
 * and an answered case may be reopened. Each step is a pure function of the case and its input.
 */
import { InputError } from '../errors.js';
import { answeredOnTime } from './deadlines.js';
import type { Case, Mode, Outcome, Status, Urgency } from './model.js';
import { formatInstant } from './timezone.js';

export type Change = { value: Case; changes: Record<string, unknown> };

/** Which statuses each step may start from. */
const ALLOWED: Record<string, Status[]> = {
  dispose: ['registered', 'disposed', 'analysed'],
  analyse: ['disposed', 'analysed'],
  decide: ['analysed', 'decided'],
  reply: ['decided'],
  send: ['decided'],
  reopen: ['answered'],
};

/** The step that must happen before `action` can, as shown to the user. */
const NEEDS: Record<string, string> = {
  dispose: 'registered',
  analyse: 'dispose',
  decide: 'analyse',
  reply: 'decide',
  send: 'decide',
  reopen: 'send',
};

/** Throws an InputError naming the current status and what must happen first. */
export function assertAllowed(c: Case, action: string): void {
  const allowed = ALLOWED[action]!;
  const walkinAtCounter = action === 'decide' && c.kind === 'walkin' && (c.status === 'registered' || c.status === 'disposed');
  if (allowed.includes(c.status) || walkinAtCounter) return;
  throw InputError.of('status', c.status === 'answered' ? 'input.transitionAnswered' : 'input.transition', {
    id: c.id,
    action,
    status: c.status,
    need: NEEDS[action]!,
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

export interface DecisionInput {
  outcome: Outcome;
  scheduleMs?: number;
  contact?: string;
  place?: string;
  reason?: string;
  /** The requirements still missing (for an incomplete request). */
  missing: string[];
  timeZone: string;
}

/** The decision: approved with schedule and contact, declined with a reason, or incomplete. */
export function decide(c: Case, input: DecisionInput): Change {
  assertAllowed(c, 'decide');
  if (input.outcome === 'approved' && c.analysis && !c.analysis.feasible)
    throw InputError.of('--approve', 'input.approveInfeasible', { id: c.id });
  if (input.outcome === 'incomplete' && input.missing.length === 0)
    throw InputError.of('--incomplete', 'input.nothingMissing', { id: c.id });
  const decision: NonNullable<Case['decision']> = { outcome: input.outcome };
  if (input.outcome === 'approved') {
    decision.schedule = formatInstant(input.scheduleMs!, input.timeZone);
    decision.contact = input.contact!;
    const place = input.place ?? c.event?.place;
    if (place) decision.place = place;
  }
  if (input.outcome === 'declined') decision.reason = input.reason!;
  if (input.outcome === 'incomplete') decision.missing = input.missing;
  const value: Case = { ...c, status: 'decided', decision };
  delete value.reply;
  return { value, changes: { status: 'decided', ...decision } };
}

/** The answer is given: when, how, and whether it met the deadline. Closes the case. */
export function send(c: Case, input: { via: string; atMs: number; timeZone: string }): Change {
  assertAllowed(c, 'send');
  if (!c.reply && !(c.kind === 'walkin' && input.via === 'langsung')) throw InputError.of('status', 'input.replyFirst', { id: c.id });
  const answer = {
    at: formatInstant(input.atMs, input.timeZone),
    via: input.via,
    onTime: answeredOnTime(c.answerDue, input.atMs, input.timeZone),
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
  return { value, changes: { status: value.status, reason, previousAnswer: c.answer ?? null } };
}

/** An outgoing letter number as the letter book gives it. */
export interface LetterRef {
  number: string;
  seq: number;
  year: number;
  date: string;
}

/** The reply record of an allocated letter number. */
export function replyOf(letter: LetterRef): NonNullable<Case['reply']> {
  return { letterNumber: letter.number, seq: letter.seq, year: letter.year, date: letter.date };
}

/** The letter a case's reply records, in the letter book's terms. */
export function letterOf(reply: NonNullable<Case['reply']>): LetterRef {
  return { number: reply.letterNumber, seq: reply.seq, year: reply.year, date: reply.date };
}

/** Records the number of the reply letter on a decided case. */
export function recordReply(c: Case, letter: LetterRef): Change {
  assertAllowed(c, 'reply');
  return { value: { ...c, reply: replyOf(letter) }, changes: { letterNumber: letter.number, date: letter.date } };
}

/** The letter-book kind of a case's reply: a reopened case gets a fresh number. */
export function replyKind(c: Case): string {
  return c.reopenCount ? `reply-${c.reopenCount + 1}` : 'reply';
}
