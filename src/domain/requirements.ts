/** What each service asks of an applicant, and what a case still lacks. */
import type { Case, CaseKind, Service } from './model.js';

/** Requirement keys per service and kind of case, as shipped in `data/requirements.json`. */
export type Checklists = Record<Service, Record<CaseKind, string[]>>;

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
      // A reporter is a person: the name identifies them; a request names who asks as well.
      return !!c.applicant.name && (!!c.report || !!(c.applicant.type || c.applicant.institution));
    case 'contact':
      return !!c.applicant.contact;
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
