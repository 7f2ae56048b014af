import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../src/data.js';
import type { Case } from '../../src/domain/model.js';
import { nextSteps, suggestedStep, type NextStep } from '../../src/domain/next-steps.js';
import type { Officer } from '../../src/domain/profile.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { simpleCase } from '../helpers/store.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;

const OFFICERS: Officer[] = [
  { name: 'Siti', nip: '', roles: ['penerima'] },
  { name: 'Kepala', nip: '', roles: ['disposisi'] },
  { name: 'Budi', nip: '', roles: ['analis'] },
  { name: 'Ratna', nip: '', roles: ['penandatangan'] },
];

// A request that lacks nothing, so that asking for papers is not a step.
const complete: Partial<Case> = {
  applicant: { name: 'Dinas Kominfo', contact: '081234567890', email: 'humas@contoh.go.id' },
  material: 'Netralitas ASN',
  purpose: 'Narasumber',
  event: { date: '2026-12-10', place: 'Aula' },
  attachments: [
    { role: 'tor', name: 'tor.pdf', sha256: 'a', size: 1 },
    { role: 'id-document', name: 'ktp.pdf', sha256: 'b', size: 1 },
  ],
};
const c = (over: Partial<Case>): Case => simpleCase(2026, 1, { ...complete, ...over });
const approved = { outcome: 'approved' as const, schedule: '2026-12-10T09:00:00+07:00', contact: 'Budi, 0812345678' };
const reply = { letterNumber: 'B-1/JP.01/11/2026', seq: 1, year: 2026, date: '2026-11-27' };
const draft = { kind: 'reply' as const, by: 'Budi', at: '2026-11-27T09:00:00+07:00' };
const answer = { at: '2026-11-27T10:00:00+07:00', via: 'pos', onTime: true };
const imnkk = (state: Partial<NonNullable<Case['imnkk']>>, over: Partial<Case> = {}): Case =>
  simpleCase(2026, 2, {
    service: 'imnkk',
    status: 'disposed',
    officer: 'Budi',
    answerDue: '2027-02-02',
    imnkk: {
      requirements: { ethicsRegulation: 'Perbup 1', sindenAccount: 'x', operatorLetter: 'ST-1', selfAssessment: '2026-02-02' },
      verifications: [],
      clockStart: '2026-02-02',
      ...state,
    },
    ...over,
  });

describe('the next steps of a case, by its state and who looks at it', () => {
  it.each<[string, Case, string, NextStep[]]>([
    ['registered, to the leader', c({}), 'Kepala', ['dispose']],
    [
      'registered, to the officer: no analysis before the disposition, but a question may be answered with information',
      c({}),
      'Budi',
      ['inform'],
    ],
    ['registered, to the counter: only an answer with information (issue 26 point 11)', c({}), 'Siti', ['inform']],
    [
      'registered and missing papers: the officer may ask for them at once',
      c({ attachments: [] }),
      'Budi',
      ['decide', 'inform', 'requirements'],
    ],
    ['registered and missing papers: the counter records them when they come', c({ attachments: [] }), 'Siti', ['inform', 'requirements']],
    [
      'a walk-in may be decided at the counter (it still lacks the letter from its leader)',
      c({ kind: 'walkin', channel: 'langsung' }),
      'Budi',
      ['decide', 'inform', 'requirements'],
    ],
    ['disposed, to the officer', c({ status: 'disposed', officer: 'Budi' }), 'Budi', ['analyse', 'inform']],
    ['disposed, to the leader: disposed again', c({ status: 'disposed', officer: 'Budi' }), 'Kepala', ['dispose']],
    ['analysed', c({ status: 'analysed', analysis: { feasible: true } }), 'Budi', ['analyse', 'decide', 'inform']],
    ['decided, no letter yet', c({ status: 'decided', decision: approved }), 'Budi', ['decide', 'prepareReply']],
    [
      'decided, its draft to the officer: prepared again',
      c({ status: 'decided', decision: approved, draft }),
      'Budi',
      ['decide', 'prepareReply'],
    ],
    ['decided, its draft to the signatory', c({ status: 'decided', decision: approved, draft }), 'Ratna', ['sign']],
    ['signed: the officer sends it', c({ status: 'decided', decision: approved, reply }), 'Budi', ['decide', 'send']],
    ['signed: the counter may send it too', c({ status: 'decided', decision: approved, reply }), 'Siti', ['send']],
    ['answered: the officer or the leader reopens it', c({ status: 'answered', decision: approved, reply, answer }), 'Kepala', ['reopen']],
    [
      'answered as incomplete: the papers that come are recorded',
      c({ status: 'answered', decision: { outcome: 'incomplete', missing: ['tor'] }, attachments: [], reply, answer }),
      'Siti',
      ['requirements'],
    ],
    [
      'a complaint disposed: examined, not analysed',
      c({ service: 'pengaduan', status: 'disposed', officer: 'Budi', report: { type: 'pengaduan' } }),
      'Budi',
      ['examine'],
    ],
    [
      'a complaint examined: decided',
      c({
        service: 'pengaduan',
        status: 'examined',
        report: { type: 'pengaduan', examination: { finding: 'x', at: '2026-11-27T09:00:00+07:00', by: 'Budi' } },
      }),
      'Budi',
      ['examine', 'decide'],
    ],
    [
      'an appreciation may be thanked or closed at once',
      c({ service: 'pengaduan', report: { type: 'apresiasi' } }),
      'Budi',
      ['prepareReply', 'send'],
    ],
    [
      'IM-NKK before its clock: only its requirements',
      imnkk({ requirements: {}, clockStart: undefined }, { answerDue: null }),
      'Siti',
      ['imnkkRequirements'],
    ],
    ['IM-NKK with its clock running: a visit', imnkk({}), 'Budi', ['imnkkVisit']],
    [
      'IM-NKK with a planned visit only: no plenary yet',
      imnkk({ verifications: [{ date: '2026-12-01', mode: 'luring', team: [], planned: true }] }),
      'Budi',
      ['imnkkVisit'],
    ],
    [
      'IM-NKK visited: the plenary',
      imnkk({ verifications: [{ date: '2026-06-10', mode: 'luring', team: [] }] }),
      'Budi',
      ['imnkkVisit', 'imnkkPlenary'],
    ],
    [
      'IM-NKK after its plenary: the certificate',
      imnkk(
        {
          verifications: [{ date: '2026-06-10', mode: 'luring', team: [] }],
          plenary: { date: '2026-09-15', decree: 'K', score: 218, maxScore: 300, index: 0.73, category: 'Tinggi', recommendations: [] },
        },
        { status: 'decided' },
      ),
      'Budi',
      ['imnkkVisit', 'imnkkPlenary', 'certificate'],
    ],
    [
      'a walk-in who only asked: the counter answers it with information',
      c({ kind: 'walkin', channel: 'langsung', attachments: [] }),
      'Siti',
      ['inform', 'requirements'],
    ],
    ['decided: no longer answered with information alone', c({ status: 'decided', decision: approved }), 'Siti', []],
    [
      'a complaint is never answered with information alone',
      c({ service: 'pengaduan', kind: 'walkin', channel: 'langsung', report: { type: 'pengaduan' } }),
      'Siti',
      [],
    ],
    ['an IM-NKK request neither', imnkk({}), 'Siti', []],
    ['the signatory does not answer', c({ kind: 'walkin', channel: 'langsung' }), 'Ratna', []],
    [
      'an office without an officer list: every step the state allows',
      c({ status: 'decided', decision: approved, draft }),
      '',
      ['decide', 'prepareReply', 'sign'],
    ],
  ])('%s', (_what, theCase, actor, expected) => {
    expect(nextSteps(theCase, actor ? OFFICERS : [], actor || 'Siapa saja', checklists)).toEqual(expected);
  });

  it('offers nothing to someone not on the list', () => {
    expect(nextSteps(c({}), OFFICERS, 'Tamu', checklists)).toEqual([]);
  });
});

describe('the step the cursor starts on: the one that moves the case on', () => {
  it.each<[string, Case, string, NextStep | undefined]>([
    ['registered, to the leader', c({}), 'Kepala', 'dispose'],
    ['disposed: the leader has nothing new to do', c({ status: 'disposed', officer: 'Budi' }), 'Kepala', undefined],
    ['disposed: the officer analyses', c({ status: 'disposed', officer: 'Budi', attachments: [] }), 'Budi', 'analyse'],
    ['analysed: decide', c({ status: 'analysed', analysis: { feasible: true } }), 'Budi', 'decide'],
    ['decided: prepare the reply', c({ status: 'decided', decision: approved }), 'Budi', 'prepareReply'],
    ['its draft prepared: nothing new for the officer', c({ status: 'decided', decision: approved, draft }), 'Budi', undefined],
    ['its draft prepared: the signatory signs', c({ status: 'decided', decision: approved, draft }), 'Ratna', 'sign'],
    ['signed: send', c({ status: 'decided', decision: approved, reply }), 'Budi', 'send'],
    ['a walk-in at the counter: decide', c({ kind: 'walkin', channel: 'langsung' }), 'Budi', 'decide'],
    ['a registered question at the counter: nothing suggested (answering it is the officer’s choice)', c({}), 'Siti', undefined],
    ['IM-NKK running: a visit', imnkk({}), 'Budi', 'imnkkVisit'],
    ['IM-NKK visited: the plenary', imnkk({ verifications: [{ date: '2026-06-10', mode: 'luring', team: [] }] }), 'Budi', 'imnkkPlenary'],
  ])('%s', (_what, theCase, actor, expected) => {
    expect(suggestedStep(theCase, nextSteps(theCase, OFFICERS, actor, checklists))).toBe(expected);
  });
});
