/** Checking a certificate code for the public: what `GET /verifikasi/{code}` shows, by the same rule as `loket verify`. */
import { certificateReport, judgeCertificate, normalizeCode } from '../domain/certificate-code.js';
import type { Store } from '../store/store.js';

/** A certificate as the public page states it: valid, revoked (when and why) or not valid at all. */
export type PublicCertificate =
  | { valid: false; status: 'invalid'; code: string }
  | {
      valid: boolean;
      status: 'valid' | 'revoked';
      code: string;
      agency: string;
      score: number;
      maxScore: number;
      index: number;
      category: string;
      year: number;
      decree: string;
      issuedAt: string;
      revoked: { at: string; reason: string; decision: string | null } | null;
    };

const CODE_SHAPE = /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/;

/** The verdict on a typed certificate code; anything that is not the shape of a code is not valid, without a search. */
export async function publicCertificate(store: Store, typed: string): Promise<PublicCertificate> {
  const code = normalizeCode(typed.slice(0, 64));
  const found = CODE_SHAPE.test(code) ? await store.findByCertificateCode(code) : undefined;
  // A fresh store has no key yet: an unknown code must not create one.
  const verdict = found ? judgeCertificate(found, code, await store.secret(), await store.revocations()) : ({ status: 'unknown' } as const);
  const report = certificateReport(found, code, verdict);
  if (!report.issued || verdict.status === 'unknown' || verdict.status === 'forged') return { valid: false, status: 'invalid', code };
  const r = report.revoked;
  return {
    valid: report.valid,
    status: r ? 'revoked' : 'valid',
    code,
    agency: report.agency,
    score: report.score,
    maxScore: report.maxScore,
    index: report.index,
    category: report.category,
    year: verdict.certificate.states?.year ?? Number(report.plenaryDate.slice(0, 4)),
    decree: report.decree,
    issuedAt: report.issuedAt,
    revoked: r ? { at: r.at, reason: r.reason, decision: r.decision ?? null } : null,
  };
}
