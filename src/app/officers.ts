/** Who works in the office and in which roles: the list every acting officer is checked against. */
import { authorize } from './authorize.js';
import { findOfficer, OFFICER_ROLES, withOfficer, withoutOfficer } from '../domain/officers.js';
import type { Officer } from '../domain/profile.js';
import { assertProfile } from './profile-values.js';
import { ProblemList } from '../errors.js';
import type { Session } from './session.js';
import { emailOption } from './typed-values.js';

/**
 * Adds an officer, or updates the NIP and roles of one already listed (the counter's role when none
 * is given). The first officer an office lists is also its admin: someone must be able to add the rest.
 * On the shared database, `login` (with its `password`) is the officer's own database login, made
 * with the change over the owner's connection; an officer listed again keeps the login they had.
 */
export async function addOfficer(
  s: Session,
  input: { name: string; nip?: string; roles?: readonly string[]; email?: string; login?: string; password?: string },
): Promise<{ officer: Officer; officers: Officer[] }> {
  await authorize(s, 'officers');
  const wanted = input.roles?.length ? input.roles : ['penerima'];
  const problems = new ProblemList();
  const email = emailOption(problems, 'email', input.email);
  problems.throwIfAny();
  let officer: Officer = { name: input.name, nip: input.nip ?? '', roles: OFFICER_ROLES.filter((r) => wanted.includes(r)) };
  const newLogin = input.login !== undefined ? { login: input.login, password: input.password ?? '' } : undefined;
  const config = await s.store().updateConfig(
    'officer:add',
    (c) => {
      if (!c.profile.officers?.length && !officer.roles.includes('admin')) officer = { ...officer, roles: [...officer.roles, 'admin'] };
      const login = input.login ?? findOfficer(c.profile, input.name)?.login;
      if (login) officer = { ...officer, login };
      // Where the morning report reaches them: kept when an update does not name it.
      const address = email ?? findOfficer(c.profile, input.name)?.email;
      if (address) officer = { ...officer, email: address };
      const profile = withOfficer(c.profile, officer);
      assertProfile(profile);
      return { value: { ...c, profile }, changes: { officer } };
    },
    newLogin ? { newLogin } : {},
  );
  return { officer, officers: config.profile.officers ?? [] };
}

/** The office's officers. */
export async function listOfficers(s: Session): Promise<Officer[]> {
  return (await s.profile()).officers ?? [];
}

/** Takes an officer off the list (their name stays in the history of what they did). */
export async function removeOfficer(s: Session, name: string): Promise<Officer[]> {
  await authorize(s, 'officers');
  const config = await s
    .store()
    .updateConfig('officer:remove', (c) => ({ value: { ...c, profile: withoutOfficer(c.profile, name) }, changes: { name } }));
  return config.profile.officers ?? [];
}
