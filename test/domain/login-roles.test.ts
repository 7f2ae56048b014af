/** Issue 32: on a database whose officers log in as themselves, the login says who acts (judgeLoginStep). */
import { describe, expect, it } from 'vitest';
import { judgeLoginStep, loginsInUse, officerOfLogin, STEP_ROLES, type Step } from '../../src/domain/roles.js';
import type { Officer } from '../../src/domain/profile.js';

const office: Officer[] = [
  { name: 'Admin Kantor', nip: '', roles: ['admin'] },
  { name: 'Siti Aminah', nip: '', roles: ['penerima'], login: 'siti' },
  { name: 'Kepala Pokja', nip: '', roles: ['disposisi'], login: 'pokja' },
  { name: 'Wati', nip: '', roles: ['wbs', 'admin'], login: 'wati' },
];
const owner = { login: 'loket', owner: true };
const login = (name: string) => ({ login: name, owner: false });

describe('who may take a step over a login', () => {
  it.each([
    // step, login, name the run acts under, allowed (or why not)
    ['register', login('siti'), 'Siti Aminah', true],
    ['register', login('siti'), 'siti  aminah', true],
    ['dispose', login('siti'), 'Siti Aminah', 'role'],
    ['dispose', login('pokja'), 'Kepala Pokja', true],
    // The name typed is not the login's: refused, even when the one named could take the step.
    ['dispose', login('siti'), 'Kepala Pokja', 'notSelf'],
    ['register', login('pokja'), 'Siti Aminah', 'notSelf'],
    ['register', login('orang'), 'Siti Aminah', 'unknownLogin'],
    ['revealIdentity', login('wati'), 'Wati', true],
    ['officers', login('wati'), 'Wati', true],
    // The owner's login: administration only, under a name that is no other login's.
    ['officers', owner, 'Admin Kantor', true],
    ['config', owner, 'root', true],
    ['backup', owner, 'Admin Kantor', true],
    ['register', owner, 'Admin Kantor', 'ownerLogin'],
    ['revealIdentity', owner, 'Admin Kantor', 'ownerLogin'],
    ['config', owner, 'Siti Aminah', 'notSelf'],
  ] as [Step, { login: string; owner: boolean }, string, true | string][])('%s over %o as %s: %s', (step, who, actor, expected) => {
    const verdict = judgeLoginStep(step, office, who, actor);
    if (expected === true) expect(verdict).toMatchObject({ allowed: true });
    else expect(verdict).toMatchObject({ allowed: false, reason: expected, roles: STEP_ROLES[step] });
  });

  it('names the officer whose login it is, when someone else is named', () => {
    expect(judgeLoginStep('register', office, login('siti'), 'Kepala Pokja')).toMatchObject({ officer: { name: 'Siti Aminah' } });
    expect(officerOfLogin(office, 'pokja')?.name).toBe('Kepala Pokja');
    expect(officerOfLogin(office, 'Kepala Pokja')).toBeUndefined();
  });

  it('an office uses logins once one officer has one', () => {
    expect(loginsInUse(office)).toBe(true);
    expect(loginsInUse(office.map(({ login: _, ...o }) => o))).toBe(false);
    expect(loginsInUse([])).toBe(false);
  });
});
