import { describe, expect, it } from 'vitest';
import { holds, judgeStep, STEP_ROLES, type Step } from '../../src/domain/roles.js';
import type { Officer } from '../../src/domain/profile.js';

const office: Officer[] = [
  { name: 'Siti Aminah', nip: '', roles: ['penerima', 'admin'] },
  { name: 'Kepala Pokja', nip: '', roles: ['disposisi'] },
  { name: 'Budi Santoso', nip: '', roles: ['analis'] },
  { name: 'Ratna Dewi', nip: '', roles: ['penandatangan'] },
  { name: 'Wati', nip: '', roles: ['wbs', 'analis'] },
];
const noAdmin: Officer[] = office.map((o) => ({ ...o, roles: o.roles.filter((r) => r !== 'admin') }));

describe('who may take a step', () => {
  it.each([
    // step, actor, allowed (or why not)
    ['register', 'Siti Aminah', true],
    ['register', 'siti  aminah', true],
    ['register', 'Budi Santoso', 'role'],
    ['dispose', 'Kepala Pokja', true],
    ['dispose', 'Siti Aminah', 'role'],
    ['decide', 'Budi Santoso', true],
    ['decide', 'Siti Aminah', 'role'],
    ['prepareLetter', 'Budi Santoso', true],
    ['signLetter', 'Budi Santoso', 'role'],
    ['signLetter', 'Ratna Dewi', true],
    ['revealIdentity', 'Siti Aminah', 'role'],
    ['revealIdentity', 'Budi Santoso', 'role'],
    ['revealIdentity', 'Wati', true],
    ['requirements', 'Siti Aminah', true],
    ['requirements', 'Budi Santoso', true],
    ['officers', 'Siti Aminah', true],
    ['officers', 'Kepala Pokja', 'role'],
    ['config', 'Budi Santoso', 'role'],
    ['register', 'Orang Lain', 'notOfficer'],
    ['register', 'Mantan Petugas', 'notOfficer'],
  ] as [Step, string, true | string][])('%s by %s: %s', (step, actor, expected) => {
    const verdict = judgeStep(step, office, actor, false);
    if (expected === true) expect(verdict).toMatchObject({ allowed: true });
    else expect(verdict).toEqual({ allowed: false, reason: expected, roles: STEP_ROLES[step] });
  });

  it('an office that lists nobody works as before roles', () => {
    for (const step of Object.keys(STEP_ROLES) as Step[]) expect(judgeStep(step, [], 'siapa saja', false)).toEqual({ allowed: true });
    expect(holds([], 'siapa saja', 'wbs')).toBe(true);
  });

  it.each([
    ['officers', true, true],
    ['officers', false, 'ownerOnly'],
    ['config', false, 'ownerOnly'],
    // Case steps keep their roles: only administration waits for the first admin.
    ['register', false, true],
    ['dispose', true, 'role'],
  ] as [Step, boolean, true | string][])(
    'an office with no admin: %s by the receptionist (owner of the data: %s): %s',
    (step, owner, expected) => {
      const verdict = judgeStep(step, noAdmin, 'Siti Aminah', owner);
      if (expected === true) expect(verdict.allowed).toBe(true);
      else expect(verdict).toMatchObject({ allowed: false, reason: expected });
    },
  );

  it('every role a step names is a role', () => {
    for (const roles of Object.values(STEP_ROLES)) expect(roles.length).toBeGreaterThan(0);
  });
});
