import { describe, expect, it } from 'vitest';
import { rolesOfEvent, stepsOfEvent } from '../../src/domain/event-steps.js';

describe('the step an event of a case records, and who may write it', () => {
  it.each([
    ['register', ['penerima']],
    ['import', ['admin']],
    ['dispose', ['disposisi']],
    ['decide', ['analis']],
    ['letter:draft', ['analis']],
    ['letter:reply', ['penandatangan']],
    ['letter:reply-2', ['penandatangan']],
    ['letter:imnkk-recommendation', ['penandatangan']],
    ['letter:reprint', ['penandatangan', 'analis']],
    ['send', ['analis', 'penerima']],
    ['reopen', ['analis', 'disposisi']],
    ['reveal-identity', ['wbs']],
    ['requirements', ['penerima', 'analis']],
    ['imnkk:verify', ['analis']],
    ['imnkk:revoke', ['penandatangan']],
    ['mail:receipt', ['penerima']],
    ['mail:queue', ['analis', 'penerima']],
  ])('%s → %j', (action, roles) => {
    expect(rolesOfEvent(action)?.sort()).toEqual([...roles].sort());
  });

  it.each(['letter:', 'x', 'Decide', 'calendar:close', ''])('%j is no step of a case', (action) => {
    expect(stepsOfEvent(action)).toBeUndefined();
    expect(rolesOfEvent(action)).toBeUndefined();
  });
});
