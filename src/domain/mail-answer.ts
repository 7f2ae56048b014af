/**
 * The answer step when the answer leaves by e-mail: the case is answered at the moment the server
 * accepted the message, and the history's event names the Message-ID, the recipients and the
 * server's answer. Another e-mail of the answer still waiting in the outbox is then given up, so
 * that a retry never sends the applicant a second letter.
 */
import { InputError } from '../errors.js';
import type { OutboxEntry } from './case-mail.js';
import type { Case, Change } from './model.js';
import { cancelMail, pendingMail, recordAttempt } from './outbox.js';
import { send } from './workflow.js';

/** The kinds of e-mail whose acceptance is the answer of the case (a receipt is not). */
export const ANSWER_MAIL_KINDS: readonly string[] = ['reply', 'report', 'thanks', 'certificate', 'recommendation'];

/** Whether an outbox entry carries the answer of its case. */
export function isAnswerMail(entry: Pick<OutboxEntry, 'kind'>): boolean {
  return ANSWER_MAIL_KINDS.includes(entry.kind);
}

/** What the server accepted. */
export interface AcceptedMail {
  messageId: string;
  to: string[];
  cc: string[];
  /** The server's answer (`250 …`). */
  answer: string;
}

/** The case with every waiting answer e-mail but `keep` given up: the answer has gone another way. */
function withoutWaitingAnswers(c: Case, at: string, by: string, keep?: string): Case {
  let value = c;
  for (const e of pendingMail(c))
    if (isAnswerMail(e) && e.id !== keep) value = cancelMail(value, e.id, { at, by, reason: 'answered' }).value;
  return value;
}

/** The send step for an e-mail the server accepted at `atMs`: the case answered, the mail named in the history. */
export function answeredByMail(c: Case, input: { atMs: number; timeZone: string; by: string; mail: AcceptedMail }): Change {
  const step = send(c, { via: 'email', atMs: input.atMs, timeZone: input.timeZone, by: input.by });
  const at = String(step.changes.at);
  const { messageId, to, cc, answer } = input.mail;
  return { value: withoutWaitingAnswers(step.value, at, input.by), changes: { ...step.changes, messageId, to, cc, answer } };
}

/**
 * One more try at an outbox entry, accepted or not: recorded on the entry; an accepted answer e-mail
 * also answers the case, in the same change (one event, so no crash can leave a sent letter unanswered).
 */
export function outboxAttempt(
  c: Case,
  id: string,
  attempt: { at: string; atMs: number; timeZone: string; by: string; ok: boolean; answer: string },
): Change & { answered: boolean } {
  const tried = recordAttempt(c, id, { at: attempt.at, by: attempt.by, ok: attempt.ok, answer: attempt.answer });
  const entry = tried.value.mail?.outbox?.find((e) => e.id === id);
  if (!attempt.ok || !entry || !isAnswerMail(entry)) return { ...tried, answered: false };
  let step: Change;
  try {
    step = send(tried.value, { via: 'email', atMs: attempt.atMs, timeZone: attempt.timeZone, by: attempt.by });
  } catch (error) {
    // Answered another way since the try began: the e-mail left all the same, and its attempt is kept.
    if (error instanceof InputError) return { ...tried, answered: false };
    throw error;
  }
  return {
    value: withoutWaitingAnswers(step.value, attempt.at, attempt.by, id),
    changes: { ...step.changes, ...tried.changes },
    answered: true,
  };
}
