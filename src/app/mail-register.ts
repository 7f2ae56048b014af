/**
 * A case registered from an e-mail (fetched from the mailbox, or read from a saved .eml file): the
 * registration as every other, keyed by the message so that it happens once, and its receipt mailed
 * back to the sender when the office has an SMTP server. The case is recorded first: whatever goes
 * wrong with the receipt's e-mail is a warning beside it (the e-mail then waits in the outbox).
 */
import { formatDue } from '../domain/due.js';
import type { Case } from '../domain/model.js';
import { queueMail } from '../domain/outbox.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, StoreError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Issued } from './issued-documents.js';
import { mailEnv } from './mail-access.js';
import { registerCase, type Registration, type RegistrationRequest } from './register.js';
import type { Session } from './session.js';

/** What became of the receipt's e-mail: sent, or kept in the outbox after a failed try. */
export interface ReceiptMail {
  messageId: string;
  to: string[];
  /** True when the server accepted it; false when it waits in the outbox. */
  sent: boolean;
  answer: string;
}

export interface MailRegistration extends Registration {
  /** Null when no receipt was mailed (none asked, no SMTP server set, or it could not be prepared: a warning says why). */
  receiptMail: ReceiptMail | null;
}

/** Registers the case of a message and mails its receipt back (unless `mailReceipt` is false). */
export async function registerFromMail(s: Session, request: RegistrationRequest & { mailReceipt?: boolean }): Promise<MailRegistration> {
  const registration = await registerCase(s, request);
  const { smtpIsSet } = await import('../mail/servers.js');
  const wanted = request.mailReceipt !== false && registration.receipt && smtpIsSet(await s.profile());
  const receiptMail = wanted && registration.receipt ? await mailReceipt(s, registration.case, registration.receipt) : null;
  return { ...registration, receiptMail };
}

/** Mails the receipt of a case to the applicant's address; never throws (the case is registered already). */
export async function mailReceipt(s: Session, c: Case, receipt: Issued): Promise<ReceiptMail | null> {
  try {
    return await trySending(s, c, receipt);
  } catch (error) {
    s.warnings.push(t('mail.receiptFailed', { id: c.id, message: problemText(error) }));
    return null;
  }
}

async function trySending(s: Session, c: Case, receipt: Issued): Promise<ReceiptMail> {
  const store = s.store();
  const profile = await s.profile();
  const { prepareCaseMail, sendPrepared, queuedOf, attemptOf } = await import('../mail/case-mailing.js');
  const { MailError } = await import('../mail/mail-error.js');
  const due = c.answerDue ? formatDue(c.answerDue, profile) : undefined;
  const mail = prepareCaseMail({ c, profile, kind: 'receipt', ...(due ? { due } : {}) });
  const file = { name: receipt.kept.document.name, bytes: receipt.bytes };
  const nowMs = s.now();
  const at = formatInstant(nowMs, profile.timeZone);
  try {
    const sent = await sendPrepared(profile, await mailEnv(s), mail, [file], new Date(nowMs));
    await store.update(c.id, 'mail:receipt', (x) => ({
      value: x,
      changes: { messageId: sent.messageId, to: mail.to, answer: sent.answer },
    }));
    return { messageId: sent.messageId, to: mail.to, sent: true, answer: sent.answer };
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    const { sha256 } = await store.storeAttachmentBytes(file.bytes);
    const queued = queuedOf(mail, [{ name: file.name, sha256 }], { at, by: s.user });
    await store.update(c.id, 'mail:queue', (x) => queueMail(x, queued, attemptOf(error, at, s.user)));
    s.warnings.push(t('mail.receiptQueued', { id: c.id, answer: error.answer }));
    return { messageId: mail.messageId, to: mail.to, sent: false, answer: error.answer };
  }
}

function problemText(error: unknown): string {
  if (error instanceof InputError) return error.problems.map((p) => `${p.field}: ${t(p.key, p.params)}`).join('; ');
  if (error instanceof StoreError) return t(error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}
