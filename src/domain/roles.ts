/**
 * Who may do what: the roles an office gives its officers, and for each step of the work the roles
 * that may take it. Reading (show, list, due, history…) is open to every officer; a protected
 * reporter's identity stays behind its shield unless a `wbs` officer reveals it with a reason.
 */
import { findOfficer } from './officers.js';
import type { Officer } from './profile.js';

export const ROLES = ['penerima', 'disposisi', 'analis', 'penandatangan', 'wbs', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every step a role is needed for, with the roles that may take it. */
export const STEP_ROLES = {
  register: ['penerima'],
  receipt: ['penerima'],
  requirements: ['penerima', 'analis'],
  slip: ['penerima'],
  dispose: ['disposisi'],
  dispositionSheet: ['disposisi', 'analis'],
  analyse: ['analis'],
  examine: ['analis'],
  decide: ['analis'],
  prepareLetter: ['analis'],
  signLetter: ['penandatangan'],
  send: ['analis', 'penerima'],
  reopen: ['analis', 'disposisi'],
  revealIdentity: ['wbs'],
  imnkkRequirements: ['penerima', 'analis'],
  imnkkVisit: ['analis'],
  imnkkPlenary: ['analis'],
  revokeCertificate: ['penandatangan'],
  fetchMail: ['penerima'],
  importSurvey: ['penerima', 'admin'],
  init: ['admin'],
  config: ['admin'],
  officers: ['admin'],
  calendar: ['admin'],
  database: ['admin'],
  backup: ['admin'],
  restore: ['admin'],
  importAgenda: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Step = keyof typeof STEP_ROLES;

/** Steps of administration: before an office names an admin, only the owner of its data may take them. */
const ADMIN_STEPS = new Set<Step>(
  Object.entries(STEP_ROLES).flatMap(([step, roles]) => (roles.every((r) => r === 'admin') ? [step as Step] : [])),
);

export type Verdict =
  | { allowed: true; officer?: Officer }
  | {
      allowed: false;
      reason: 'notOfficer' | 'role' | 'ownerOnly' | 'ownerLogin' | 'unknownLogin' | 'notSelf';
      roles: readonly Role[];
      /** The officer the database login belongs to, when the refusal is of someone claiming to be another. */
      officer?: Officer;
    };

/**
 * Whether `actor` may take `step` in an office that lists `officers`. An office that lists nobody yet
 * works as before roles (everyone may do everything); one that lists officers but no admin (set up
 * before roles were enforced) lets only the owner of its data (`owner`) take an administration step.
 */
export function judgeStep(step: Step, officers: readonly Officer[], actor: string, owner: boolean): Verdict {
  const roles = STEP_ROLES[step];
  if (!officers.length) return { allowed: true };
  const officer = findOfficer({ officers: [...officers] }, actor);
  if (ADMIN_STEPS.has(step) && !officers.some((o) => (o.roles as readonly string[]).includes('admin')))
    return owner ? { allowed: true, ...(officer ? { officer } : {}) } : { allowed: false, reason: 'ownerOnly', roles };
  if (!officer) return { allowed: false, reason: 'notOfficer', roles };
  return officer.roles.some((r) => (roles as readonly string[]).includes(r))
    ? { allowed: true, officer }
    : { allowed: false, reason: 'role', roles };
}

/** Whether an officer holds a role (an office that lists nobody: everyone holds every role). */
export function holds(officers: readonly Officer[], actor: string, role: Role): boolean {
  if (!officers.length) return true;
  const officer = findOfficer({ officers: [...officers] }, actor);
  return !!officer && (officer.roles as readonly string[]).includes(role);
}

/** A database connection's login: its name, and whether it is the database owner's. */
export interface ActingLogin {
  login: string;
  owner: boolean;
}

/** The officer whose database login this is, if any. */
export function officerOfLogin(officers: readonly Officer[], login: string): Officer | undefined {
  return officers.find((o) => o.login === login);
}

/** Whether the office has officers who log in as themselves (from then on the login, not the name typed, says who acts). */
export function loginsInUse(officers: readonly Officer[]): boolean {
  return officers.some((o) => !!o.login);
}

/**
 * Whether the holder of `login` may take `step` on a database whose officers log in as themselves.
 * The database owner's login is for administration only, under a name that is no other login's; any
 * other login must be an officer's, and `actor` (the name given with --as, or the one the run acts
 * under) must be that officer.
 */
export function judgeLoginStep(step: Step, officers: readonly Officer[], login: ActingLogin, actor: string): Verdict {
  const roles = STEP_ROLES[step];
  if (login.owner) {
    // The owner's login acts as nobody who has a login of their own.
    const claimed = findOfficer({ officers: [...officers] }, actor);
    if (claimed?.login && claimed.login !== login.login) return { allowed: false, reason: 'notSelf', roles, officer: claimed };
    return ADMIN_STEPS.has(step) ? { allowed: true } : { allowed: false, reason: 'ownerLogin', roles };
  }
  const officer = officerOfLogin(officers, login.login);
  if (!officer) return { allowed: false, reason: 'unknownLogin', roles };
  if (findOfficer({ officers: [...officers] }, actor) !== officer) return { allowed: false, reason: 'notSelf', roles, officer };
  return judgeStep(step, officers, officer.name, false);
}
