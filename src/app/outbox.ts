/**
 * The outbox: e-mails of open cases that wait to leave (kept with `send --via email --queue`, or a
 * receipt the server could not take), listed, and sent again with the same Message-ID and the same
 * PDFs. Every try is recorded on the case; an answer accepted answers its case in the same change.
 */
import { identityShield } from '../domain/identity.js';
import { isAnswerMail, outboxAttempt } from '../domain/mail-answer.js';
import type { OutboxEntry } from '../domain/case-mail.js';
import { cancelMail, outboxOf } from '../domain/outbox.js';
import { formatInstant } from '../domain/timezone.js';
import { assertAllowed } from '../domain/workflow.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { mailEnv } from './mail-access.js';
import { authorize } from './authorize.js';
import type { Session } from './session.js';

/** One waiting e-mail as `loket outbox` lists it (a shielded reporter's address is not shown). */
export interface OutboxLine {
  caseId: string;
  outbox: string;
  kind: string;
  to: string[];
  subject: string;
  messageId: string;
  queuedAt: string;
  queuedBy: string;
  attempts: number;
  lastAnswer: string | null;
}

function lineOf(caseId: string, entry: OutboxEntry, shielded: boolean): OutboxLine {
  return {
    caseId,
    outbox: entry.id,
    kind: entry.kind,
    to: shielded ? [t('identity.protected')] : entry.to,
    subject: entry.subject,
    messageId: entry.messageId,
    queuedAt: entry.queuedAt,
    queuedBy: entry.queuedBy,
    attempts: entry.attempts.length,
    lastAnswer: entry.attempts.at(-1)?.answer ?? null,
  };
}

/** Every e-mail that waits to leave, oldest first. */
export async function listOutbox(s: Session): Promise<OutboxLine[]> {
  const cases = await s.store().openCases();
  const shielded = new Set(cases.filter((c) => identityShield(c)).map((c) => c.id));
  return outboxOf(cases).map(({ caseId, entry }) => lineOf(caseId, entry, shielded.has(caseId)));
}

/** What one retry came to: sent (and the case answered, for an answer), still waiting, or given up. */
export interface OutboxResult extends OutboxLine {
  outcome: 'sent' | 'failed' | 'cancelled';
  answer: string;
  answered: boolean;
}

/**
 * Sends every waiting e-mail again, oldest first. An answer whose case was answered another way
 * meanwhile is given up rather than sent twice. A server that cannot be reached, or refuses the
 * login, stops the round after its first try (the others would only fail the same way).
 */
export async function sendOutbox(s: Session): Promise<{ results: OutboxResult[]; waiting: number }> {
  await authorize(s, 'send');
  const store = s.store();
  const profile = await s.profile();
  const env = await mailEnv(s);
  const { resendQueued } = await import('../mail/case-mailing.js');
  const { smtpConnection } = await import('../mail/servers.js');
  const { MailError } = await import('../mail/mail-error.js');
  const pending = outboxOf(await store.openCases());
  // Settings and password before the first try: exit 2 naming the key, nothing recorded.
  if (pending.length) smtpConnection(profile, env);
  const results: OutboxResult[] = [];
  let stopped = false;
  for (const { caseId, entry } of pending) {
    if (stopped) break;
    const c = await store.get(caseId);
    const shielded = !!identityShield(c);
    const at = formatInstant(s.now(), profile.timeZone);
    if (isAnswerMail(entry) && !answerable(c)) {
      await store.update(caseId, 'mail:cancel', (x) => cancelMail(x, entry.id, { at, by: s.user, reason: 'answered' }));
      results.push({ ...lineOf(caseId, entry, shielded), outcome: 'cancelled', answer: '', answered: false });
      continue;
    }
    const atMs = s.now();
    let ok = true;
    let answer: string;
    try {
      answer = (await resendQueued(profile, env, entry, (sha) => store.readAttachment(sha), new Date(atMs))).answer;
    } catch (error) {
      if (!(error instanceof MailError)) throw error;
      ok = false;
      answer = error.answer;
      stopped = error.failure === 'unreachable' || error.failure === 'auth' || error.failure === 'tls';
    }
    const action = ok && isAnswerMail(entry) ? 'send' : 'mail:attempt';
    let answered = false;
    await store.update(caseId, action, (x) => {
      const change = outboxAttempt(x, entry.id, {
        at: formatInstant(atMs, profile.timeZone),
        atMs,
        timeZone: profile.timeZone,
        by: s.user,
        ok,
        answer,
      });
      answered = change.answered;
      return change;
    });
    results.push({ ...lineOf(caseId, entry, shielded), outcome: ok ? 'sent' : 'failed', answer, answered });
  }
  const waiting = (await listOutbox(s)).length;
  return { results, waiting };
}

/** Whether the case may still take its answer step. */
function answerable(c: Parameters<typeof assertAllowed>[0]): boolean {
  try {
    assertAllowed(c, 'send');
    return !!c.reply;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}
