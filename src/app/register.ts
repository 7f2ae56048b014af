/** Registering a letter, an e-mail or a walk-in: checked, numbered under the store's lock, then its receipt issued. */
import { authorize } from './authorize.js';
import { basename } from 'node:path';
import { requireCjs } from '../cjs.js';
import { TRACKING_BYTES, trackingCode } from '../domain/tracking-code.js';
import { isOfficeOpen } from '../domain/office-hours.js';
import { agendaYear, buildCase, registrationChanges } from '../domain/registration.js';
import type { MailSource } from '../domain/case-mail.js';
import { roleDeclarations, withDeclaredRoles } from '../domain/attachment-roles.js';
import { dueOf } from '../domain/due.js';
import { dueToTell } from './due-to-tell.js';
import { typedCaseId, type Case, type CaseKind, type Change } from '../domain/model.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { storedTimeText } from '../render/interface-labels.js';
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
  await authorize(s, 'register');
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
  (await import('../render/document-labels.js')).labels();
  if (withReceipt) (await import('../render/receipt.js')).receiptTemplate();
  const clock = await s.clock();
  if (input.report?.about) input.report.about = await aboutCase(s, input.report.about, input.receivedMs);
  // Roles are declared on the list of names before any file is stored: a wrong name writes nothing.
  const pending = [
    ...files.map((f) => ({ role: f.role, name: basename(f.path), path: f.path })),
    ...(request.files ?? []).map((f) => ({ role: 'attachment' as const, name: f.name, bytes: f.bytes })),
  ];
  for (const f of withDeclaredRoles(pending, roleDeclarations(request.fields)).attachments) {
    const { sha256, size } = 'path' in f ? await store.storeAttachment(f.path) : await store.storeAttachmentBytes(f.bytes);
    input.attachments.push({ role: f.role, name: f.name, sha256, size });
  }
  // The tracking code's 80 random bits (node:crypto by require: ~0.2 ms, against ~2 ms for an import).
  const code = trackingCode((requireCjs('node:crypto') as typeof import('node:crypto')).randomBytes(TRACKING_BYTES));
  const year = agendaYear(input.receivedMs, profile.timeZone);
  const build = (agenda: number) => {
    const value = buildCase(input, agenda, profile.services, profile.services.sosialisasi.leadTimeWorkingDays, clock, code);
    if (request.source) value.mail = { source: request.source };
    return { value, changes: registrationChanges(value) };
  };
  // The receipt is made and kept in the registration's own change (one lock or transaction, after the case).
  const made = withReceipt ? await registerWithReceipt(s, year, build) : { case: await store.register(year, build), receipt: null };
  const c = made.case;
  // The case is recorded all the same; what the closed office means depends on how its period is counted.
  if (!isOfficeOpen(input.receivedMs, clock)) s.warnings.push(closedOfficeWarning(c, profile));
  // The case is recorded now: whatever went wrong with its receipt (a broken office template, a full
  // disk) is a warning beside a successful registration, never an error that would hide it.
  if ('failure' in made) s.warnings.push(t('register.receiptFailed', { id: c.id, message: problemText(made.failure) }));
  return { case: c, missing: caseView(c).missing, receipt: made.receipt };
}

/** Registers a case and keeps its receipt in the same change; `failure` when the receipt could not be made or kept. */
async function registerWithReceipt(
  s: Session,
  year: number,
  build: (agenda: number) => Change<Case>,
): Promise<{ case: Case; receipt: Issued | null; failure?: unknown }> {
  const { renderReceipt } = await import('../render/receipt.js');
  // pdfkit and the fonts' metrics are loaded before the store's lock is taken, not while it is held.
  (await import('../render/pdf.js')).preparePdf();
  const profile = await s.profile();
  // The logo too, which the database keeps: read inside the transaction, it would wait for the one connection the transaction holds.
  await (await import('../render/logo-source.js')).letterheadLogo(profile);
  let bytes: Uint8Array = new Uint8Array();
  const made = await s.store().registerWithDocument(year, build, async (c) => {
    bytes = await renderReceipt(c, caseView(c).missing, profile, { due: await dueToTell(s, c) });
    return { kind: 'receipt', baseName: `tanda-terima-${c.id}`, bytes, at: formatInstant(s.now(), profile.timeZone), signed: false };
  });
  const receipt = made.kept ? { kept: made.kept, bytes } : null;
  return made.kept ? { case: made.case, receipt } : { case: made.case, receipt, failure: made.failure };
}

/** The warning for a case received while the office is closed, true to how its period is counted. */
function closedOfficeWarning(c: Case, zone: { timeZone: string; zoneLabel: string }): string {
  const at = storedTimeText(c.receivedAt, zone);
  if (c.answerDue === null) return t('warn.officeClosedWaiting', { at });
  // Office hours start at the next opening; days count from the day the request came (day 0).
  if (dueOf(c.answerDue).kind === 'instant') return t('warn.officeClosed', { at, due: storedTimeText(c.answerDue, zone) });
  return t('warn.officeClosedDays', { at, due: storedTimeText(c.answerDue, zone) });
}

function problemText(error: unknown): string {
  if (error instanceof InputError) return error.problems.map((p) => `${p.field}: ${t(p.key, p.params)}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Renders and keeps the receipt of a case. */
export async function issueReceipt(s: Session, c: Case, missing = caseView(c).missing): Promise<Issued> {
  const { renderReceipt } = await import('../render/receipt.js');
  const bytes = await renderReceipt(c, missing, await s.profile(), { due: await dueToTell(s, c) });
  return issueDocument(s, { caseId: c.id, kind: 'receipt', baseName: `tanda-terima-${c.id}`, bytes });
}

/** The receipt of a case printed again, or its completeness receipt (tanda terima kelengkapan). */
export async function reprintReceipt(
  s: Session,
  id: string,
  options: { requirements?: boolean } = {},
): Promise<{ case: Case; receipt: Issued }> {
  await authorize(s, 'receipt');
  const c = await s.store().get(id);
  if (!options.requirements) return { case: c, receipt: await issueReceipt(s, c) };
  const { renderRequirementsReceipt } = await import('../render/requirements-receipt.js');
  const bytes = await renderRequirementsReceipt(c, caseView(c).missing, await s.profile(), s.user, {
    due: await dueToTell(s, c),
    at: new Date(s.now()).toISOString(),
  });
  const receipt = await issueDocument(s, {
    caseId: c.id,
    kind: 'requirements-receipt',
    baseName: `tanda-terima-kelengkapan-${c.id}`,
    bytes,
  });
  return { case: c, receipt };
}
