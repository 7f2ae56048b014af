/** The office's officers: who may act, in which roles, and who is at the counter. */
import { InputError, ProblemList } from '../errors.js';
import { isNip } from './signatory.js';
import { actorProblems } from './text.js';
import type { Officer, Profile } from './profile.js';

export { ROLES as OFFICER_ROLES, type Role as OfficerRole } from './roles.js';

/** The listed officer of that name (names compared without case and extra spaces). */
export function findOfficer(profile: Pick<Profile, 'officers'>, name: string): Officer | undefined {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return profile.officers?.find((o) => o.name.trim().replace(/\s+/g, ' ').toLowerCase() === key);
}

/** Refuses (exit 2) a name that is not a listed officer once the office keeps a list; returns the name as listed. */
export function assertOfficer(profile: Pick<Profile, 'officers'>, name: string, field = 'as'): string {
  if (!profile.officers?.length) return name;
  const officer = findOfficer(profile, name);
  if (!officer) throw InputError.of(field, 'input.unknownOfficer', { value: name, list: profile.officers.map((o) => o.name).join(', ') });
  return officer.name;
}

/**
 * A database login loket creates for an officer: lower-case letters, digits and `_`, not starting
 * with a digit, at most 63 characters (PostgreSQL's limit), and not `pg_…` (the server's own).
 */
export function isLoginName(text: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(text) && !text.startsWith('pg_');
}

/**
 * The profile with an officer added (or their NIP and roles updated). The name is one they act under
 * (`--as`), so one short line; a NIP, when given, is 18 digits (spaces between its groups allowed); a
 * login is a database login's name, and no other officer's.
 */
export function withOfficer(profile: Profile, officer: Officer): Profile {
  const problems = new ProblemList();
  if (actorProblems(officer.name).length)
    problems.add('name', 'input.actor', { value: JSON.stringify(officer.name).slice(1, -1).slice(0, 60) });
  if (officer.nip && !isNip(officer.nip)) problems.add('nip', 'input.nip', { value: officer.nip });
  if (officer.login !== undefined && !isLoginName(officer.login)) problems.add('login', 'roles.loginName', { value: officer.login });
  const sharing = officer.login && profile.officers?.find((o) => o.login === officer.login && o !== findOfficer(profile, officer.name));
  if (sharing) problems.add('login', 'roles.loginShared', { value: officer.login ?? '', officer: sharing.name });
  problems.throwIfAny();
  const others = (profile.officers ?? []).filter((o) => o !== findOfficer(profile, officer.name));
  return { ...profile, officers: [...others, officer] };
}

/** The profile without the officer of that name; refused when there is none. */
export function withoutOfficer(profile: Profile, name: string): Profile {
  const officer = findOfficer(profile, name);
  if (!officer)
    throw InputError.of('name', 'input.unknownOfficer', { value: name, list: (profile.officers ?? []).map((o) => o.name).join(', ') });
  return { ...profile, officers: (profile.officers ?? []).filter((o) => o !== officer) };
}
