/** The office's officers: who may act, in which roles, and who is at the counter. */
import { InputError } from '../errors.js';
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

/** The profile with an officer added (or their NIP and roles updated). */
export function withOfficer(profile: Profile, officer: Officer): Profile {
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
