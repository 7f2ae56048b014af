/**
 * The outbox of a case, as changes of the case: an e-mail queued when the server refused it or
 * could not be reached (`--queue`), retried later, every attempt recorded on the entry and, through
 * the store's `update`, as an event of the case's history.
 */
import type { Case, Change } from './model.js';
import type { OutboxAttempt, OutboxEntry } from './case-mail.js';

/** What the caller gives to queue an e-mail; the id and the (empty) attempts are added here. */
export type QueuedMail = Omit<OutboxEntry, 'id' | 'attempts' | 'sentAt' | 'cancelled'>;

/** Whether an entry still waits to leave. */
export function isPending(entry: OutboxEntry): boolean {
  return !entry.sentAt && !entry.cancelled;
}

/** The e-mails of a case that still wait to leave, oldest first. */
export function pendingMail(c: Pick<Case, 'mail'>): OutboxEntry[] {
  return (c.mail?.outbox ?? []).filter(isPending);
}

/** Every waiting e-mail of these cases, with its case, oldest first: what `loket outbox` lists. */
export function outboxOf(cases: Pick<Case, 'id' | 'mail'>[]): { caseId: string; entry: OutboxEntry }[] {
  return cases
    .flatMap((c) => pendingMail(c).map((entry) => ({ caseId: c.id, entry })))
    .sort((a, b) => a.entry.queuedAt.localeCompare(b.entry.queuedAt));
}

/** The case with the e-mail queued under the next id (and, when the first try failed, that try). */
export function queueMail(c: Case, mail: QueuedMail, firstAttempt?: OutboxAttempt): Change<Case> {
  const outbox = c.mail?.outbox ?? [];
  const id = String(outbox.reduce((max, e) => Math.max(max, Number(e.id) || 0), 0) + 1);
  const entry: OutboxEntry = { ...mail, id, attempts: firstAttempt ? [firstAttempt] : [] };
  return {
    value: { ...c, mail: { ...c.mail, outbox: [...outbox, entry] } },
    changes: {
      outbox: id,
      kind: mail.kind,
      to: mail.to,
      messageId: mail.messageId,
      ...(firstAttempt ? { answer: firstAttempt.answer } : {}),
    },
  };
}

/** The entry `id` of the case, or an Error when there is none or it no longer waits (a bug of the caller). */
function entryOf(c: Case, id: string): OutboxEntry {
  const entry = c.mail?.outbox?.find((e) => e.id === id);
  if (!entry) throw new Error(`case ${c.id} has no outbox entry ${id}`);
  return entry;
}

function withEntry(c: Case, entry: OutboxEntry): Case {
  return { ...c, mail: { ...c.mail, outbox: (c.mail?.outbox ?? []).map((e) => (e.id === entry.id ? entry : e)) } };
}

/**
 * The case with one more attempt at the entry; an accepted one marks it sent. The changes name the
 * entry, the answer and, when sent, the Message-ID and recipients: the history's record of the mail.
 */
export function recordAttempt(c: Case, id: string, attempt: OutboxAttempt): Change<Case> {
  const entry = entryOf(c, id);
  if (!isPending(entry)) throw new Error(`outbox entry ${id} of case ${c.id} no longer waits`);
  const next: OutboxEntry = { ...entry, attempts: [...entry.attempts, attempt], ...(attempt.ok ? { sentAt: attempt.at } : {}) };
  return {
    value: withEntry(c, next),
    changes: {
      outbox: id,
      ok: attempt.ok,
      answer: attempt.answer,
      ...(attempt.ok ? { messageId: entry.messageId, to: entry.to, cc: entry.cc } : {}),
    },
  };
}

/** The case with a waiting entry given up, e.g. a receipt whose case was answered at the counter meanwhile. */
export function cancelMail(c: Case, id: string, cancelled: NonNullable<OutboxEntry['cancelled']>): Change<Case> {
  const entry = entryOf(c, id);
  if (!isPending(entry)) throw new Error(`outbox entry ${id} of case ${c.id} no longer waits`);
  return { value: withEntry(c, { ...entry, cancelled }), changes: { outbox: id, cancelled: cancelled.reason } };
}
