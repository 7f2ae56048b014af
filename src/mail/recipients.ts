/**
 * Who an e-mailed letter goes to: the applicant's own address (or the addresses given with `--to`),
 * with the Tembusan addresses of the profile in CC. A reporter the office shields is written to
 * only at the address they gave themselves, and never with others in CC (who would learn it).
 */
import { identityShield } from '../domain/identity.js';
import type { Case } from '../domain/model.js';
import { InputError, ProblemList } from '../errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The recipients of a letter of the case; exit 2 naming `to` when there is no address or one that may not be used. */
export function letterRecipients(c: Case, given: { to?: string[]; cc?: string[] }): { to: string[]; cc: string[] } {
  const own = c.applicant.email ?? c.applicant.operator?.email;
  const to = given.to?.length ? given.to.map((a) => a.trim()) : own ? [own] : [];
  if (!to.length) throw InputError.of('to', 'mail.noRecipient');
  const problems = new ProblemList();
  for (const a of to) if (!EMAIL.test(a)) problems.add('to', 'mail.badAddress', { value: a });
  const shielded = !!identityShield(c);
  if (shielded)
    for (const a of to) if (!c.applicant.email || !same(a, c.applicant.email)) problems.add('to', 'mail.protectedRecipient', { value: a });
  problems.throwIfAny();
  const cc = shielded ? [] : (given.cc ?? []).filter((a, i, all) => !to.some((t) => same(t, a)) && all.findIndex((b) => same(a, b)) === i);
  return { to, cc };
}
