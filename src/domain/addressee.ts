/**
 * How a letter addresses the applicant and how it closes: a person by title and name ("Sdr./Sdri.
 * Rina Wati", the title as the profile sets it), an agency by its name; a complaint is thanked for
 * the office's own service only when it is about that service.
 */
import type { Case } from './model.js';

/** Whether the applicant is a person rather than an agency: so typed, or a visitor or reporter not typed otherwise. */
export function isPerson(c: Pick<Case, 'applicant' | 'kind' | 'report'>): boolean {
  const type = c.applicant.type;
  if (type) return type === 'perorangan';
  // A letter without a type is signed for an agency as often as by a person: it is written to by name alone.
  return c.kind === 'walkin' || !!c.report;
}

/** The addressee's lines: "Sdr./Sdri. Rina Wati" and the institution for a person, the agency's name otherwise. */
export function addresseeLines(c: Pick<Case, 'applicant' | 'kind' | 'report'>, personTitle: string | undefined): string[] {
  const title = personTitle?.trim();
  // A social-media account ("@warga_baik") is written to as it signed, not as a named person.
  const handle = c.applicant.name.trim().startsWith('@');
  const name = isPerson(c) && title && !handle ? `${title} ${c.applicant.name}` : c.applicant.name;
  return [name, c.applicant.institution].filter((x): x is string => !!x);
}

/** The initials of an agency's name ("Badan Kepegawaian Negara" → "BKN"), as it is often written. */
function acronym(name: string): string {
  const small = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'pada', 'republik', 'indonesia']);
  return name
    .split(/\s+/)
    .filter((w) => w && !small.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * Whether a report is about the office's own service: it is about one of the office's cases, or it
 * names the office's agency or unit (or its initials) as what it concerns. Undefined when it says
 * nothing of whom it concerns.
 */
export function aboutOwnService(c: Pick<Case, 'report'>, office: { agency: string; unit: string }): boolean | undefined {
  if (c.report?.about) return true;
  const concerning = c.report?.concerning?.trim().toLowerCase();
  if (!concerning) return undefined;
  const names = [office.agency, office.unit].map((n) => n.trim().toLowerCase()).filter(Boolean);
  if (names.some((n) => concerning.includes(n) || (concerning.length >= 8 && n.includes(concerning)))) return true;
  const initials = acronym(office.agency);
  return initials.length >= 2 && new RegExp(`\\b${initials}\\b`, 'i').test(c.report?.concerning ?? '');
}
