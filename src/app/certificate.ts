/** The IM-NKK certificate and its recommendation letter, and what a certificate code says when checked. */
import { authorize } from './authorize.js';
import { certificateReport, judgeCertificate, normalizeCode } from '../domain/certificate-code.js';
import { assertCertificateReady, issueCertificate, recommendationKind } from '../domain/imnkk.js';
import type { Case, LetterNumber } from '../domain/model.js';
import { assertSignatories } from '../domain/signatory.js';
import { formatInstant } from '../domain/timezone.js';
import { letterOf } from '../domain/workflow.js';
import { ProblemList } from '../errors.js';
import { issueDocument, type Issued } from './issued-documents.js';
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

export interface CertificateIssue {
  case: Case;
  code: string;
  letter: LetterNumber;
  certificate: Issued;
  recommendation: Issued;
}

/** Issues the certificate and the recommendation letter (numbered and coded the first time, printed again after). */
export async function issueImnkkCertificate(s: Session, input: CertificateRequest): Promise<CertificateIssue> {
  await authorize(s, 'prepareLetter');
  await authorize(s, 'signLetter');
  const problems = new ProblemList();
  const today = await s.today();
  const date = dateOrToday(problems, 'date', input.date, today);
  problems.throwIfAny();
  const store = s.store();
  const profile = await s.profile();
  const current = await store.get(input.id);
  assertCertificateReady(current, date, today);
  assertSignatories(profile, ['recommendation', 'certificate']);
  const signing = await signingKey(s, profile);
  // Both templates are checked before a number or a code is given.
  const [{ renderCertificate, certificateTemplate }, { renderRecommendation, recommendationTemplate }] = await Promise.all([
    import('../render/certificate.js'),
    import('../render/recommendation-letter.js'),
  ]);
  certificateTemplate();
  recommendationTemplate();
  (await import('../render/reference.js')).referenceTemplate();
  (await import('../render/labels.js')).labels();
  const secret = await store.secret();
  const issuedAt = formatInstant(s.now(), profile.timeZone);
  const { case: c, letter } =
    current.imnkk?.certificate && current.reply
      ? { case: current, letter: letterOf(current.reply) }
      : await store.issueLetter(current.id, recommendationKind(current), date, profile.numbering.letter, (c, l) =>
          issueCertificate(c, secret, l, issuedAt),
        );
  const code = c.imnkk?.certificate?.code;
  if (!code) throw new Error('the certificate was not recorded');
  const signed = !!signing;
  const certificate = await issueDocument(s, {
    caseId: c.id,
    kind: 'certificate',
    baseName: `sertifikat-${c.id}`,
    letterNumber: letter.number,
    bytes: await renderCertificate(c, profile, signing),
    signed,
  });
  const recommendation = await issueDocument(s, {
    caseId: c.id,
    kind: 'recommendation',
    baseName: `surat-rekomendasi-${c.id}`,
    letterNumber: letter.number,
    bytes: await renderRecommendation(c, letter, profile, { to: input.to, place: input.toPlace, signing }),
    signed,
  });
  return { case: c, code, letter, certificate, recommendation };
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
