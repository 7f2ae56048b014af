/** The one check every step makes first: may the acting officer take it? Refused is exit 5, before anything is written. */
import { judgeLoginStep, judgeStep, loginsInUse, type Step } from '../domain/roles.js';
import { NotAllowedError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Session } from './session.js';

/** Refuses unless the officer may take one of the steps (the first one's refusal is the one given). */
export async function authorizeAny(s: Session, steps: readonly Step[]): Promise<void> {
  let first: unknown;
  for (const step of steps) {
    try {
      return await authorize(s, step);
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}

/**
 * Refuses the step (NotAllowedError, exit 5) unless the session's officer holds a role that may take
 * it. Once officers log in to the database as themselves, the login says who acts (judgeLoginStep).
 */
export async function authorize(s: Session, step: Step): Promise<void> {
  const officers = (await s.profile()).officers ?? [];
  if (!officers.length) return;
  const store = s.store();
  const login = loginsInUse(officers) ? await store.login() : undefined;
  const verdict = login ? judgeLoginStep(step, officers, login, s.user) : judgeStep(step, officers, s.user, await store.ownedByActor());
  if (verdict.allowed) return;
  const roles = verdict.roles.map((r) => t(`role.${r}`)).join(', ');
  const params = { actor: s.user, step: t(`roleStep.${step}`), roles, location: store.location, login: login?.login ?? '' };
  if (verdict.reason === 'notSelf' && login?.owner)
    throw new NotAllowedError('roles.ownerAsOfficer', { ...params, officerLogin: verdict.officer?.login ?? '' });
  if (verdict.reason === 'notSelf') throw new NotAllowedError('roles.notSelf', { ...params, officer: verdict.officer?.name ?? '' });
  if (verdict.reason === 'ownerLogin' || verdict.reason === 'unknownLogin') throw new NotAllowedError(`roles.${verdict.reason}`, params);
  if (verdict.reason !== 'role')
    throw new NotAllowedError(verdict.reason === 'notOfficer' ? 'roles.notOfficer' : 'roles.ownerOnly', params);
  const held = officers.find((o) => o.name === s.user)?.roles ?? [];
  throw new NotAllowedError('roles.role', { ...params, has: held.map((r) => t(`role.${r}`)).join(', ') || '-' });
}
