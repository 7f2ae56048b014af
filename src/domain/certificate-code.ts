/**
 * Certificate verification codes: an HMAC of everything the certificate states, keyed by the
 * store's secret, so a code can be neither guessed from the agenda number nor forged for another
 * score, index, category, decree or date. Each issue signs its own moment, so a certificate issued
 * again after a revocation gets a new code.
 */
import { createHmac } from 'node:crypto';
import {
  certificatesOf,
  type Case,
  type CertificateStatement,
  type IssuedCertificate,
  type RecordedRevocation,
  type Revocation,
} from './model.js';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const STATEMENT_FIELDS = [
  'caseId',
  'issue',
  'agency',
  'score',
  'maxScore',
  'index',
  'category',
  'decree',
  'plenaryDate',
  'year',
  'issuedAt',
  'letterNumber',
] as const satisfies readonly (keyof CertificateStatement)[];

/** The text a certificate code signs: every statement, in a fixed order, tagged with the scheme. */
export function signedText(s: CertificateStatement): string {
  return ['v2', ...STATEMENT_FIELDS.map((f) => String(s[f]).replace(/[|\\]/g, '\\$&'))].join('|');
}

/** The text signed by certificates issued before statements were signed (case, agency, score, maximum, decree). */
export function legacySignedText(caseId: string, agency: string, score: number, maxScore: number, decree: string): string {
  return [caseId, agency, score, maxScore, decree].join('|');
}

/** `ABCDEFGHJKLMNPQR` → `ABCD-EFGH-JKLM-NPQR`. */
function groupsOfFour(s: string): string {
  return [0, 4, 8, 12].map((i) => s.slice(i, i + 4)).join('-');
}

/** A 16-character code in four groups (`ABCD-EFGH-JKLM-NPQR`), from an HMAC-SHA256. */
export function certificateCode(secretHex: string, text: string): string {
  const digest = createHmac('sha256', Buffer.from(secretHex, 'hex')).update(text).digest();
  let out = '';
  for (const byte of digest.subarray(0, 16)) out += ALPHABET[byte % 32];
  return groupsOfFour(out);
}

/** Upper case, no spaces, dashes restored: what a person types becomes what was printed. */
export function normalizeCode(text: string): string {
  const raw = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 16 ? groupsOfFour(raw) : text.trim().toUpperCase();
}

export type CertificateVerdict =
  | { status: 'unknown' }
  | { status: 'forged'; certificate: IssuedCertificate }
  | { status: 'revoked'; certificate: IssuedCertificate; revoked: Revocation }
  | { status: 'valid'; certificate: IssuedCertificate };

/**
 * What a code says about a case: valid only when the case issued it, the store's key gives that code
 * for what it states, and no revocation (on the case or in the store's own list) names it.
 */
export function judgeCertificate(
  c: Case | undefined,
  code: string,
  secretHex: string,
  revocations: Pick<RecordedRevocation, keyof Revocation | 'code'>[],
): CertificateVerdict {
  const certificate = c && certificatesOf(c).find((x) => x.code === code);
  if (!c || !certificate) return { status: 'unknown' };
  const plenary = c.imnkk?.plenary;
  const text = certificate.states
    ? signedText(certificate.states)
    : plenary && legacySignedText(c.id, c.applicant.name, plenary.score, plenary.maxScore, plenary.decree);
  if (!text || certificateCode(secretHex, text) !== code) return { status: 'forged', certificate };
  const revoked = certificate.revoked ?? revocations.find((r) => r.code === code);
  return revoked ? { status: 'revoked', certificate, revoked } : { status: 'valid', certificate };
}

/** What `verify` reports of a code: the certificate's statement as issued, and its revocation if any. */
export function certificateReport(c: Case | undefined, code: string, verdict: CertificateVerdict) {
  if (!c || verdict.status === 'unknown' || verdict.status === 'forged') return { valid: false, issued: false, code } as const;
  const p = c.imnkk?.plenary;
  // Certificates issued before the statement was recorded state what the plenary said then.
  const s = verdict.certificate.states ?? {
    agency: c.applicant.name,
    score: p?.score ?? 0,
    maxScore: p?.maxScore ?? 0,
    index: p?.index ?? 0,
    category: p?.category ?? '',
    decree: p?.decree ?? '',
    plenaryDate: p?.date ?? '',
  };
  const revoked = verdict.status === 'revoked' ? verdict.revoked : null;
  return {
    valid: !revoked,
    issued: true,
    code,
    id: c.id,
    agency: s.agency,
    score: s.score,
    maxScore: s.maxScore,
    index: s.index,
    category: s.category,
    decree: s.decree,
    plenaryDate: s.plenaryDate,
    issuedAt: verdict.certificate.issuedAt,
    revoked,
  } as const;
}
