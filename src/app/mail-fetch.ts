/**
 * `loket mail fetch`: each new message of the office mailbox registered as `--from-eml` registers
 * one, in the service `--service` names or the subject's words place it in. A message it cannot
 * place, one over the size limit, or one it cannot read waits for the counter, unread. Each message
 * is registered once: its key (Message-ID, or a hash of its headers) is looked up first and the
 * store refuses it a second time, so fetching again, or after a crash between registering a message
 * and marking it, never makes a second case.
 */
import { mailRules } from '../domain/mail-settings.js';
import { placeBySubject } from '../domain/mail-rules.js';
import { REPORT_TYPES, type ReportType, type Service } from '../domain/model.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, StoreError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { FetchedMessage } from '../mail/fetch-mailbox.js';
import { AlreadyRegistered } from '../store/already-registered.js';
import { attachmentLimitBytes } from '../store/defaults.js';
import { mailEnv } from './mail-access.js';
import { registerFromMail, type ReceiptMail } from './mail-register.js';
import { authorize } from './authorize.js';
import type { Session } from './session.js';

/** A message left in the mailbox for the counter, and why. */
export interface WaitingMessage {
  uid: number;
  messageId: string | null;
  from: string;
  subject: string;
  /** When the office's server took it in. */
  arrivedAt: string | null;
  size: number;
  reason: 'unplaced' | 'tooLarge' | 'unreadable' | 'refused';
  /** The services whose words the subject holds (more than one), for `unplaced`. */
  candidates?: Service[];
  /** What was wrong, for `unreadable` and `refused`. */
  problem?: string;
}

/** A message registered (or, in a dry run, that would be: `id` null). */
export interface FetchedCase {
  id: string | null;
  messageId: string | null;
  service: Service;
  from: string;
  subject: string;
  receivedAt: string | null;
  receiptMail: ReceiptMail | null;
  warnings: string[];
}

/** A message registered before (by an earlier fetch, `--from-eml`, or a duplicate delivery): marked handled. */
export interface SkippedMessage {
  messageId: string | null;
  /** The case it already is; null for a message a dry run saw earlier in the same pass (not registered yet). */
  id: string | null;
  reason: 'registered' | 'sameMessage';
}

export interface FetchResult {
  dryRun: boolean;
  registered: FetchedCase[];
  waiting: WaitingMessage[];
  skipped: SkippedMessage[];
  /** The mailbox failed after some messages were registered: those are listed all the same. */
  failure?: string;
}

export interface FetchRequest {
  service?: Service;
  /** Read and place, register nothing, mark nothing. */
  dryRun?: boolean;
  /** Mail each new case's receipt back to its sender (when SMTP is set); default yes. */
  mailReceipt?: boolean;
  /** Asked, in a terminal, for a message the subject rules cannot place; undefined leaves it waiting. */
  choose?: (message: WaitingMessage) => Promise<Service | undefined>;
}

const field = (m: FetchedMessage, name: string) => m.fields.find(([n]) => n === name)?.[1] ?? '';

/** A header's words decoded (`=?utf-8?…?=`) and kept on one line, without control characters. */
async function headerText(value: string): Promise<string> {
  const [{ decodeWords }, { caseText }] = await Promise.all([import('postal-mime'), import('../mail/message-parse.js')]);
  return caseText(decodeWords(value), true);
}

/** The report type a placing word names (a subject that says "saran" is a suggestion). */
function reportTypeOf(service: Service, word: string | undefined): ReportType | undefined {
  return service === 'pengaduan' && (REPORT_TYPES as readonly string[]).includes(word ?? '') ? (word as ReportType) : undefined;
}

function problemText(error: InputError): string {
  return error.problems.map((p) => t(p.key, p.params)).join('; ');
}

/** Reads the mailbox once and registers what can be placed; see the module's comment. */
export async function fetchMail(s: Session, input: FetchRequest): Promise<FetchResult> {
  // A dry run (`mail waiting`) only reads, which every officer may.
  if (!input.dryRun) await authorize(s, 'fetchMail');
  const store = s.store();
  const profile = await s.profile();
  const { imapConnection } = await import('../mail/servers.js');
  const { fetchMailbox } = await import('../mail/fetch-mailbox.js');
  const { parseMessage } = await import('../mail/message-parse.js');
  const server = imapConnection(profile, await mailEnv(s));
  const limit = attachmentLimitBytes(profile);
  const result: FetchResult = { dryRun: !!input.dryRun, registered: [], waiting: [], skipped: [] };
  const keep = input.dryRun ? 'keep' : 'done';
  // A dry run registers nothing, so the store cannot tell it that a second copy of a message is one case.
  const seen = new Set<string>();

  const handle = async (m: FetchedMessage): Promise<'done' | 'keep'> => {
    const messageId = m.key.messageId ?? null;
    const waiting = async (reason: WaitingMessage['reason'], more: Partial<WaitingMessage> = {}) => {
      result.waiting.push({
        uid: m.uid,
        messageId,
        from: await headerText(field(m, 'from')),
        subject: await headerText(field(m, 'subject')),
        arrivedAt: m.arrivedMs === undefined ? null : formatInstant(m.arrivedMs, profile.timeZone),
        size: m.size,
        reason,
        ...more,
      });
      return 'keep' as const;
    };
    const known = await store.findByMessageKey(m.key.key);
    if (known) {
      result.skipped.push({ messageId, id: known.id, reason: 'registered' });
      return keep;
    }
    if (m.size > limit) return waiting('tooLarge');
    let parsed;
    try {
      parsed = await parseMessage(await m.raw(), {
        field: 'message',
        name: `pesan-${m.uid}.eml`,
        maxAttachmentBytes: limit,
        ...(m.arrivedMs === undefined ? {} : { arrivedMs: m.arrivedMs }),
        nowMs: s.now(),
      });
    } catch (error) {
      if (error instanceof InputError) return waiting('unreadable', { problem: problemText(error) });
      throw error;
    }
    const subject = parsed.fields.subject ?? '';
    const placed = input.service ? { service: input.service, word: undefined } : placeBySubject(subject, mailRules(profile));
    let service = placed.service;
    if (!service && input.choose) {
      const candidates = 'candidates' in placed ? placed.candidates : [];
      service = await input.choose({
        uid: m.uid,
        messageId,
        from: `${parsed.fields.applicant} <${parsed.fields.email}>`,
        subject,
        arrivedAt: null,
        size: m.size,
        reason: 'unplaced',
        candidates,
      });
    }
    if (!service) return waiting('unplaced', { candidates: 'candidates' in placed ? placed.candidates : [] });
    const reportType = reportTypeOf(service, 'word' in placed ? placed.word : undefined);
    const warnings = parsed.warnings.map((w) => t(w.key, w.params));
    const line = {
      messageId,
      service,
      from: `${parsed.fields.applicant} <${parsed.fields.email}>`,
      subject,
      receivedAt: parsed.fields.receivedAt ? formatInstant(Date.parse(parsed.fields.receivedAt), profile.timeZone) : null,
      warnings,
    };
    if (input.dryRun) {
      if (seen.has(m.key.key)) result.skipped.push({ messageId, id: null, reason: 'sameMessage' });
      else result.registered.push({ id: null, receiptMail: null, ...line });
      seen.add(m.key.key);
      return 'keep';
    }
    const before = s.warnings.length;
    try {
      const done = await registerFromMail(s, {
        kind: 'letter',
        fields: { ...parsed.fields, service, ...(reportType ? { reportType } : {}) },
        files: parsed.files,
        source: { key: parsed.key.key, ...(parsed.key.messageId ? { messageId: parsed.key.messageId } : {}), folder: server.folder },
        ...(input.mailReceipt === false ? { mailReceipt: false } : {}),
      });
      // What the registration had to say belongs to this message's line.
      warnings.push(...s.warnings.splice(before));
      result.registered.push({ id: done.case.id, receiptMail: done.receiptMail, ...line, receivedAt: done.case.receivedAt });
      for (const w of warnings) s.warnings.push(`${done.case.id}: ${w}`);
      return 'done';
    } catch (error) {
      s.warnings.splice(before);
      if (error instanceof AlreadyRegistered) {
        result.skipped.push({ messageId, id: error.caseId, reason: 'registered' });
        return 'done';
      }
      if (error instanceof InputError) return waiting('refused', { problem: problemText(error) });
      throw error;
    }
  };

  try {
    await fetchMailbox(server, handle);
  } catch (error) {
    // Cases registered before the mailbox failed are recorded: never hide them behind the error.
    if (!result.registered.some((r) => r.id) || !(error instanceof StoreError)) throw error;
    result.failure = t(error.key, error.params);
  }
  return result;
}
