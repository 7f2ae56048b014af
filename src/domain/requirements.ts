/** What each service asks of an applicant, and what a case still lacks. */
import type { Case, CaseKind, Service } from './model.js';

/** Requirement keys per service and kind of case, as shipped in `data/requirements.json`. */
export type Checklists = Record<Service, Record<CaseKind, string[]>>;

/** Every requirement key `isMet` knows (a key it does not know is met only when recorded by hand). */
export const REQUIREMENT_KEYS = [
  'identity',
  'contact',
  'email',
  'material',
  'tor',
  'purpose',
  'schedule',
  'place',
  'id-document',
  'request-letter',
  'ethics-regulation',
  'sinden-account',
  'operator-letter',
  'self-assessment',
] as const;

/** What a report does not need: nobody to identify when anonymous, nobody to call back to be thanked. */
function waived(key: string, c: Case): boolean {
  if (!c.report) return false;
  if (key === 'identity') return !!c.report.anonymous;
  if (key === 'contact') return !!c.report.anonymous || c.report.type === 'apresiasi';
  return false;
}

/** Whether one requirement is met by what the case records. */
export function isMet(key: string, c: Case): boolean {
  const recorded = c.requirements?.[key];
  if (recorded) return recorded.met;
  const r = c.imnkk?.requirements;
  const has = (role: string) => c.attachments.some((a) => a.role === role);
  if (waived(key, c)) return true;
  switch (key) {
    case 'identity':
      // The name (of a person or of an agency) is who asks; the kind of applicant is a detail, not the identity.
      return !!c.applicant.name.trim();
    case 'contact':
      // Either way of reaching the applicant will do: a telephone number or an e-mail address.
      return !!c.applicant.contact || !!c.applicant.email;
    case 'email':
      return !!c.applicant.email;
    case 'material':
      return !!c.material;
    case 'tor':
      return has('tor');
    case 'purpose':
      return !!c.purpose;
    case 'schedule':
      return !!c.event?.date;
    case 'place':
      return !!(c.event?.place || c.event?.mode === 'daring');
    case 'id-document':
      return has('id-document');
    case 'request-letter':
      return !!c.letter?.number || has('attachment');
    case 'ethics-regulation':
      return !!r?.ethicsRegulation;
    case 'sinden-account':
      return !!r?.sindenAccount;
    case 'operator-letter':
      return !!r?.operatorLetter || has('operator-letter');
    case 'self-assessment':
      return !!r?.selfAssessment;
    default:
      return false;
  }
}

/** The requirement keys of the case's checklist that are not met yet, in checklist order. */
export function missingRequirements(c: Case, checklists: Checklists): string[] {
  return (checklists[c.service]?.[c.kind] ?? []).filter((key) => !isMet(key, c));
}
