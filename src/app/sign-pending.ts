/** The signatory's step: the draft waiting on a case (a reply, or a certificate with its letter) numbered and signed. */
import { InputError } from '../errors.js';
import { drawCertificateDraft, signCertificate, type CertificateOutcome } from './certificate.js';
import { drawReplyDraft, signReply, type ReplyOutcome } from './reply.js';
import type { Session } from './session.js';

export type SignedPending = { kind: 'reply'; outcome: ReplyOutcome } | { kind: 'certificate'; outcome: CertificateOutcome };

/** Signs whatever draft the case holds; exit 2 when it holds none. */
export async function signPending(s: Session, id: string): Promise<SignedPending> {
  const c = await s.store().get(id);
  if (c.draft?.kind === 'reply') return { kind: 'reply', outcome: await signReply(s, { id: c.id }) };
  if (c.draft?.kind === 'certificate') return { kind: 'certificate', outcome: await signCertificate(s, { id: c.id }) };
  throw InputError.of('id', 'sign.nothing', { id: c.id });
}

/** Draws the draft waiting on the case as the signatory will sign it (no number yet); exit 2 when it holds none. Records nothing. */
export async function drawPending(s: Session, id: string): Promise<void> {
  const c = await s.store().get(id);
  if (c.draft?.kind === 'reply') return void (await drawReplyDraft(s, c));
  if (c.draft?.kind === 'certificate') return void (await drawCertificateDraft(s, c));
  throw InputError.of('id', 'sign.nothing', { id: c.id });
}
