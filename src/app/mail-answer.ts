/**
 * The answer sent by e-mail (`send ID --via email`): the issued letter to the applicant's address
 * (or `--to`), the Tembusan in CC. The case is answered only once the server accepted the message;
 * a refusal or an unreachable server records nothing (exit 3 with the server's answer), unless the
 * officer asked to keep it in the outbox (`--queue`), where `loket outbox --send` tries again.
 */
import { surveyLink } from './survey-link.js';
import { answeredByMail, isAnswerMail, type AcceptedMail } from '../domain/mail-answer.js';
import type { Case } from '../domain/model.js';
import { pendingMail, queueMail } from '../domain/outbox.js';
import { formatInstant } from '../domain/timezone.js';
import { send } from '../domain/workflow.js';
import { InputError, StoreError } from '../errors.js';
import { t } from '../i18n/index.js';
import { mailEnv } from './mail-access.js';
import type { SentMail } from '../mail/smtp-sender.js';
import { mailedLetter } from './mailed-letter.js';
import { authorize } from './authorize.js';
import type { Session } from './session.js';

export interface EmailAnswerRequest {
  id: string;
  /** The recipients instead of the applicant's own address (repeatable `--to`). */
  to?: string[];
  /** Keep the e-mail in the outbox when the server refuses it or cannot be reached. */
  queue?: boolean;
}

export interface EmailAnswer {
  case: Case;
  /** What the server accepted; null when the e-mail was queued instead. */
  sent: (AcceptedMail & { accepted: string[] }) | null;
  /** The outbox entry it waits in, and the server's answer to the first try. */
  queued: { outbox: string; messageId: string; to: string[]; answer: string } | null;
}

/** E-mails the answer of a case; every check (step, letter, recipients, settings) before anything is sent. */
/** The survey paragraph of an answer e-mail (its template checked first), or undefined without a public page. */
async function surveyInvitation(s: Session, c: Case): Promise<string | undefined> {
  const { surveyLinkTemplate, surveyMailText } = await import('../render/survey-block.js');
  surveyLinkTemplate();
  const link = await surveyLink(s, c.id);
  return link ? surveyMailText(link, c.report ? 'report' : 'request') : undefined;
}

export async function sendAnswerByEmail(s: Session, input: EmailAnswerRequest): Promise<EmailAnswer> {
  await authorize(s, 'send');
  const store = s.store();
  const profile = await s.profile();
  const { timeZone } = profile;
  const nowMs = s.now();
  const current = await store.get(input.id);
  // The answer step's own checks (its status, a letter issued) first: nothing leaves for a case that could not be answered.
  send(current, { via: 'email', atMs: nowMs, timeZone });
  if (input.queue && pendingMail(current).some(isAnswerMail))
    throw InputError.of('queue', 'mail.alreadyQueued', { id: current.id, command: 'loket outbox --send' });
  const letter = await mailedLetter(s, current);
  const { prepareCaseMail, sendPrepared, queuedOf, attemptOf } = await import('../mail/case-mailing.js');
  const { smtpConnection } = await import('../mail/servers.js');
  // The invitation to the satisfaction survey, when the office has a public page to answer it on.
  const survey = await surveyInvitation(s, current);
  const mail = prepareCaseMail({
    c: current,
    profile,
    kind: letter.kind,
    letter: { ...letter.letter, ...(survey ? { survey } : {}) },
    to: input.to,
  });
  const env = await mailEnv(s);
  // The server's settings and its password are checked before a connection is tried (exit 2 naming the key).
  smtpConnection(profile, env);
  const { MailError } = await import('../mail/mail-error.js');
  let sent: SentMail;
  try {
    sent = await sendPrepared(profile, env, mail, letter.files, new Date(nowMs));
  } catch (error) {
    if (!(error instanceof MailError) || !input.queue) throw error;
    const at = formatInstant(nowMs, timeZone);
    const documents = [];
    for (const f of letter.files) documents.push({ name: f.name, sha256: (await store.storeAttachmentBytes(f.bytes)).sha256 });
    const queued = queuedOf(mail, documents, { at, by: s.user });
    const c = await store.update(current.id, 'mail:queue', (c) => queueMail(c, queued, attemptOf(error, at, s.user)));
    const outbox = c.mail?.outbox?.at(-1)?.id ?? '';
    s.warnings.push(t('mail.queued', { id: c.id, answer: error.answer }));
    return { case: c, sent: null, queued: { outbox, messageId: mail.messageId, to: mail.to, answer: error.answer } };
  }
  const accepted: AcceptedMail = { messageId: sent.messageId, to: mail.to, cc: mail.cc, answer: sent.answer };
  for (const r of sent.rejected) s.warnings.push(t('mail.ccRefused', { address: r.address, answer: r.answer }));
  let c: Case;
  try {
    c = await store.update(current.id, 'send', (c) => answeredByMail(c, { atMs: nowMs, timeZone, by: s.user, mail: accepted }));
  } catch (error) {
    // The e-mail has left: whatever stops the record, the officer must learn that it did, and which one.
    if (!(error instanceof InputError) && !(error instanceof StoreError)) throw error;
    const problem = error instanceof InputError ? error.problems.map((p) => t(p.key, p.params)).join('; ') : t(error.key, error.params);
    throw new StoreError('mail.sentNotRecorded', { id: current.id, messageId: sent.messageId, to: mail.to.join(', '), problem });
  }
  return { case: c, sent: { ...accepted, accepted: sent.accepted }, queued: null };
}
