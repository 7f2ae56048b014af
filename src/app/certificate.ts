/**
 * The IM-NKK certificate and its recommendation letter, prepared (a draft, KONSEP) and then coded,
 * numbered and signed by a signatory, as a reply is; and what a certificate code says when checked.
 */
import { certificateReport, judgeCertificate, normalizeCode } from '../domain/certificate-code.js';
import { recordDraft, signed } from '../domain/drafts.js';
import { assertCertificateReady, issueCertificate, recommendationKind } from '../domain/imnkk.js';
import type { Case, LetterNumber } from '../domain/model.js';
import { holds } from '../domain/roles.js';
import { assertSignatories } from '../domain/signatory.js';
import { formatInstant } from '../domain/timezone.js';
import { letterOf } from '../domain/workflow.js';
import { InputError, ProblemList } from '../errors.js';
import type { SigningKey } from '../render/pdf-signing.js';
import { authorize, authorizeAny } from './authorize.js';
import { issueDocument, type Issued } from './issued-documents.js';
import { DRAFT_MARK, draftNumber } from './reply.js';
import type { Session } from './session.js';
import { signingKey } from './signing-key.js';
import { dateOrToday } from './typed-values.js';

export interface CertificateRequest {
  id: string;
  date?: string;
  /** The recommendation letter's addressee lines and place. */
  to?: string[];
  toPlace?: string;
}

export type CertificateOutcome =
  | { signed: true; case: Case; code: string; letter: LetterNumber; certificate: Issued; recommendation: Issued }
  | { signed: false; case: Case; drafts: { certificate: string; recommendation: string } };

/** Every check of a new certificate, and both templates read, before a code or a number is given or a draft recorded. */
async function checkedCertificate(s: Session, current: Case, input: CertificateRequest): Promise<string> {
  const problems = new ProblemList();
  const today = await s.today();
  const date = dateOrToday(problems, 'date', input.date, today);
  problems.throwIfAny();
  assertCertificateReady(current, date, today);
  assertSignatories(await s.profile(), ['recommendation', 'certificate']);
  const [{ certificateTemplate }, { recommendationTemplate }] = await Promise.all([
    import('../render/certificate.js'),
    import('../render/recommendation-letter.js'),
  ]);
  certificateTemplate();
  recommendationTemplate();
  (await import('../render/reference.js')).referenceTemplate();
  (await import('../render/document-labels.js')).labels();
  return date;
}

/** Both documents' PDFs. */
async function render(
  s: Session,
  c: Case,
  letter: LetterNumber,
  input: CertificateRequest,
  finish: { signing?: SigningKey; watermark?: string },
) {
  const profile = await s.profile();
  const [{ renderCertificate }, { renderRecommendation }] = await Promise.all([
    import('../render/certificate.js'),
    import('../render/recommendation-letter.js'),
  ]);
  return {
    certificate: await renderCertificate(c, profile, finish.signing, finish.watermark),
    recommendation: await renderRecommendation(c, letter, profile, { to: input.to, place: input.toPlace, ...finish }),
  };
}

/** The case as its draft certificate shows it: what the signatory will sign, with the code and the number still to come. */
function asDraft(c: Case, at: string): Case {
  return c.imnkk ? { ...c, imnkk: { ...c.imnkk, certificate: { code: DRAFT_MARK, issuedAt: at, letterNumber: '' } } } : c;
}

/** Prepares the certificate and its letter: a draft on the case, printed marked KONSEP, with no code or number. */
export async function prepareCertificate(s: Session, input: CertificateRequest): Promise<CertificateOutcome & { signed: false }> {
  await authorize(s, 'prepareLetter');
  const current = await s.store().get(input.id);
  if (current.imnkk?.certificate && current.reply)
    throw InputError.of('id', 'input.alreadySigned', { id: current.id, number: current.reply.letterNumber });
  const date = await checkedCertificate(s, current, input);
  const at = formatInstant(s.now(), (await s.profile()).timeZone);
  const draft = {
    kind: 'certificate' as const,
    by: s.user,
    at,
    date,
    ...(input.to?.length ? { addressee: input.to } : {}),
    ...(input.toPlace ? { place: input.toPlace } : {}),
  };
  const c = await s.store().update(current.id, 'letter:draft', (c) => recordDraft(c, draft));
  const bytes = await render(s, asDraft(c, at), draftNumber(date), input, { watermark: DRAFT_MARK });
  const store = s.store();
  return {
    signed: false,
    case: c,
    drafts: {
      certificate: await store.keepDraft(c.id, `konsep-sertifikat-${c.id}.pdf`, bytes.certificate),
      recommendation: await store.keepDraft(c.id, `konsep-surat-rekomendasi-${c.id}.pdf`, bytes.recommendation),
    },
  };
}

/** The certificate's draft and its letter drawn again as prepared (KONSEP, no code or number), for the signatory to read; nothing is recorded. */
export async function drawCertificateDraft(s: Session, c: Case): Promise<{ certificate: Uint8Array; recommendation: Uint8Array }> {
  const draft = c.draft?.kind === 'certificate' ? c.draft : undefined;
  if (!draft) throw InputError.of('id', 'input.noDraft', { id: c.id });
  const date = draft.date ?? (await s.today());
  const input = { id: c.id, date, to: draft.addressee, toPlace: draft.place };
  return render(s, asDraft(c, draft.at), draftNumber(date), input, { watermark: DRAFT_MARK });
}

/** Codes, numbers and signs the certificate and its letter (from the draft when one was prepared), or prints them again. */
export async function signCertificate(s: Session, input: CertificateRequest): Promise<CertificateOutcome & { signed: true }> {
  const store = s.store();
  const profile = await s.profile();
  const current = await store.get(input.id);
  const reprint = current.imnkk?.certificate && current.reply ? letterOf(current.reply) : undefined;
  await (reprint ? authorizeAny(s, ['signLetter', 'prepareLetter']) : authorize(s, 'signLetter'));
  const draft = current.draft?.kind === 'certificate' ? current.draft : undefined;
  if (!reprint && !draft && !holds(profile.officers ?? [], s.user, 'analis'))
    throw InputError.of('id', 'input.noDraft', { id: current.id });
  const chosen: CertificateRequest = {
    ...input,
    date: input.date ?? draft?.date,
    to: input.to ?? draft?.addressee,
    toPlace: input.toPlace ?? draft?.place,
  };
  const date = reprint ? reprint.date : await checkedCertificate(s, current, chosen);
  const signing = await signingKey(s, profile);
  const secret = await store.secret();
  const issuedAt = formatInstant(s.now(), profile.timeZone);
  const { case: c, letter } = reprint
    ? { case: current, letter: reprint }
    : await store.issueLetter(current.id, recommendationKind(current), date, profile.numbering.letter, (c, l) =>
        signed(issueCertificate(c, secret, l, issuedAt), s.user),
      );
  const code = c.imnkk?.certificate?.code;
  if (!code) throw new Error('the certificate was not recorded');
  const bytes = await render(s, c, letter, chosen, { signing });
  const keep = (kind: string, baseName: string, pdf: Uint8Array) =>
    issueDocument(s, { caseId: c.id, kind, baseName, letterNumber: letter.number, bytes: pdf, signed: !!signing });
  return {
    signed: true,
    case: c,
    code,
    letter,
    certificate: await keep('certificate', `sertifikat-${c.id}`, bytes.certificate),
    recommendation: await keep('recommendation', `surat-rekomendasi-${c.id}`, bytes.recommendation),
  };
}

/** `imnkk certificate`: what the acting officer's roles allow (both roles, or no officer list: issued at once). */
export async function issueImnkkCertificate(s: Session, input: CertificateRequest): Promise<CertificateOutcome> {
  const officers = (await s.profile()).officers ?? [];
  const current = await s.store().get(input.id);
  if ((current.imnkk?.certificate && current.reply) || holds(officers, s.user, 'penandatangan')) return signCertificate(s, input);
  return prepareCertificate(s, input);
}

/** Whether a certificate code was issued here and still stands. */
export async function verifyCertificate(s: Session, typed: string) {
  const code = normalizeCode(typed);
  const store = s.store();
  const found = await store.findByCertificateCode(code);
  // A fresh store has no key yet: an unknown code must not create one.
  const verdict = found ? judgeCertificate(found, code, await store.secret(), await store.revocations()) : ({ status: 'unknown' } as const);
  return { code, report: certificateReport(found, code, verdict) };
}
