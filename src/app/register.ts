/** Registering a letter, an e-mail or a walk-in: checked, numbered under the store's lock, then its receipt issued. */
import { basename } from 'node:path';
import { requireCjs } from '../cjs.js';
import { TRACKING_BYTES, trackingCode } from '../domain/tracking-code.js';
import { isOfficeOpen } from '../domain/office-hours.js';
import { agendaYear, buildCase, registrationChanges } from '../domain/registration.js';
import { formatInstant } from '../domain/timezone.js';
import type { MailSource } from '../domain/case-mail.js';
import { typedCaseId, type Case, type CaseKind } from '../domain/model.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { storedTimeText } from '../render/ui-labels.js';
import { attachmentLimitBytes } from '../store/defaults.js';
import { caseView } from './case-view.js';
import { issueDocument, type Issued } from './issued-documents.js';
import type { RegistrationFields } from './registration-fields.js';
import { parseRegistration } from './registration-checks.js';
import { currentYear, type Session } from './session.js';

/** Bytes to keep on a case: a part of an e-mail, or the message itself. */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export interface RegistrationRequest {
  kind: CaseKind;
  fields: RegistrationFields;
  /** Kept as attachments beside the files the fields name (an e-mail's parts). */
  files?: FileBytes[];
  /** Issue the receipt (tanda terima) at once; default yes. */
  receipt?: boolean;
  /** The e-mail it comes from: the store registers a message once (AlreadyRegistered for a second time). */
  source?: MailSource;
}

export interface Registration {
  case: Case;
  /** The requirements still missing (keys). */
  missing: string[];
  /** The receipt, unless none was asked for or it could not be made (then a warning says why). */
  receipt: Issued | null;
}

/** The case a report is about, by its id (or this year's agenda number); exit 2 naming `about` when there is none. */
async function aboutCase(s: Session, typed: string, receivedMs: number): Promise<string> {
  const id = typedCaseId(typed, await currentYear(s));
  try {
    const c = await s.store().get(id);
    if (Date.parse(c.receivedAt) > receivedMs) throw InputError.of('about', 'input.aboutLater', { value: c.id });
    return c.id;
  } catch (error) {
    if (error instanceof InputError && error.problems[0]?.field !== 'about')
      throw InputError.of('about', 'input.aboutUnknown', { value: typed });
    throw error;
  }
}

/** Registers a case; every check is made before an agenda number is given. */
export async function registerCase(s: Session, request: RegistrationRequest): Promise<Registration> {
  const store = s.store();
  const profile = await s.profile();
  const { input, files } = parseRegistration(
    request.fields,
    request.kind,
    s.now(),
    s.user,
    profile.timeZone,
    attachmentLimitBytes(profile),
  );
  const withReceipt = request.receipt !== false;
  // The labels and the receipt's template are read before anything is recorded: a broken office copy
  // must refuse the registration (exit 2, nothing written), not fail after the case exists.
  (await import('../render/labels.js')).labels();
  if (withReceipt) (await import('../render/receipt.js')).receiptTemplate();
  const clock = await s.clock();
  if (input.report?.about) input.report.about = await aboutCase(s, input.report.about, input.receivedMs);
  for (const f of files) {
    const { sha256, size } = await store.storeAttachment(f.path);
    input.attachments.push({ role: f.role, name: basename(f.path), sha256, size });
  }
  for (const f of request.files ?? []) {
    const { sha256, size } = await store.storeAttachmentBytes(f.bytes);
    input.attachments.push({ role: 'attachment', name: f.name, sha256, size });
  }
  // The case is recorded all the same; its clock starts at the next office hour.
  if (!isOfficeOpen(input.receivedMs, clock))
    s.warnings.push(t('warn.officeClosed', { at: storedTimeText(formatInstant(input.receivedMs, profile.timeZone), profile) }));
  // The tracking code's 80 random bits (node:crypto by require: ~0.2 ms, against ~2 ms for an import).
  const code = trackingCode((requireCjs('node:crypto') as typeof import('node:crypto')).randomBytes(TRACKING_BYTES));
  const c = await store.register(agendaYear(input.receivedMs, profile.timeZone), (agenda) => {
    const value = buildCase(input, agenda, profile.services, profile.services.sosialisasi.leadTimeWorkingDays, clock, code);
    if (request.source) value.mail = { source: request.source };
    return { value, changes: registrationChanges(value) };
  });
  const { missing } = caseView(c);
  // The case is recorded now: whatever goes wrong with its receipt (a broken office template, a full
  // disk) is a warning beside a successful registration, never an error that would hide it.
  let receipt: Issued | null = null;
  if (withReceipt) {
    try {
      receipt = await issueReceipt(s, c, missing);
    } catch (error) {
      s.warnings.push(t('register.receiptFailed', { id: c.id, message: problemText(error) }));
    }
  }
  return { case: c, missing, receipt };
}

function problemText(error: unknown): string {
  if (error instanceof InputError) return error.problems.map((p) => `${p.field}: ${t(p.key, p.params)}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Renders and keeps the receipt of a case. */
export async function issueReceipt(s: Session, c: Case, missing = caseView(c).missing): Promise<Issued> {
  const { renderReceipt } = await import('../render/receipt.js');
  const bytes = await renderReceipt(c, missing, await s.profile());
  return issueDocument(s, { caseId: c.id, kind: 'receipt', baseName: `tanda-terima-${c.id}`, bytes });
}

/** The receipt of a case printed again, or its completeness receipt (tanda terima kelengkapan). */
export async function reprintReceipt(
  s: Session,
  id: string,
  options: { requirements?: boolean } = {},
): Promise<{ case: Case; receipt: Issued }> {
  const c = await s.store().get(id);
  if (!options.requirements) return { case: c, receipt: await issueReceipt(s, c) };
  const { renderRequirementsReceipt } = await import('../render/requirements-receipt.js');
  const bytes = await renderRequirementsReceipt(c, caseView(c).missing, await s.profile(), s.user);
  const receipt = await issueDocument(s, {
    caseId: c.id,
    kind: 'requirements-receipt',
    baseName: `tanda-terima-kelengkapan-${c.id}`,
    bytes,
  });
  return { case: c, receipt };
}
