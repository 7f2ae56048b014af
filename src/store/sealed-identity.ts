/**
 * What the database keeps apart of a case whose reporter is shielded (protected, or anonymous by
 * choice): the reporter and the names of the files they gave. The case's own document holds
 * placeholders instead: `[dilindungi]` where a field had a value (so that what a case still lacks is
 * the same to whoever looks), and the numbered names `show` gives a shielded case's files. The
 * migration that sealed the cases already stored does the same in SQL (pg/login-migrations.ts).
 */
import { identityShield, neutralName } from '../domain/identity.js';
import type { Applicant, Case } from '../domain/model.js';

/** The part of a shielded case kept apart. */
export interface SealedParts {
  applicant: Applicant;
  /** The names of the case's files when it was sealed, in order. */
  attachments: string[];
}

/** What stands where a sealed field had a value. */
export const SEALED_TEXT = '[dilindungi]';

const hidden = (value: string | undefined) => (value ? SEALED_TEXT : undefined);

/** The applicant as the case's document keeps it: which fields were given, not what they said. */
function placeholder(a: Applicant): Applicant {
  const out: Applicant = { name: a.name ? SEALED_TEXT : '' };
  if (a.type) out.type = a.type;
  for (const key of ['institution', 'contact', 'email'] as const) {
    const value = hidden(a[key]);
    if (value) out[key] = value;
  }
  if (a.operator) {
    out.operator = { name: SEALED_TEXT };
    if (a.operator.position) out.operator.position = SEALED_TEXT;
    if (a.operator.email) out.operator.email = SEALED_TEXT;
  }
  return out;
}

/** The case split into what every officer's login reads and the sealed part (none when nothing is shielded). */
export function sealCase(c: Case): { open: Case; sealed?: SealedParts } {
  if (!identityShield(c)) return { open: c };
  return {
    open: { ...c, applicant: placeholder(c.applicant), attachments: c.attachments.map((a, i) => ({ ...a, name: neutralName(a.name, i) })) },
    sealed: { applicant: c.applicant, attachments: c.attachments.map((a) => a.name) },
  };
}

/** The whole case again; files added after it was sealed keep the names the document gives them. */
export function unsealCase(open: Case, sealed: SealedParts | null | undefined): Case {
  if (!sealed) return open;
  return {
    ...open,
    applicant: sealed.applicant,
    attachments: open.attachments.map((a, i) => (i < sealed.attachments.length ? { ...a, name: sealed.attachments[i]! } : a)),
  };
}
