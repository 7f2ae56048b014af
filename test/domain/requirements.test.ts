import { describe, expect, it } from 'vitest';
import { isMet, missingRequirements, type Checklists } from '../../src/domain/requirements.js';
import type { Case } from '../../src/domain/model.js';
import { readPackageJson } from '../../src/data.js';
import { simpleCase } from '../helpers/store.js';

const checklists = readPackageJson<Checklists>('data/requirements.json') as Checklists;
const scan = (role: Case['attachments'][number]['role']) => [{ role, name: 'x.pdf', sha256: 'a'.repeat(64), size: 1 }];
const base = (over: Partial<Case> = {}) => simpleCase(2026, 1, { service: 'sosialisasi', ...over });

describe('a requirement is met by what the case records', () => {
  it.each<[string, Partial<Case>, boolean]>([
    ['identity', { applicant: { name: 'Dinas', type: 'instansi' } }, true],
    ['identity', { applicant: { name: 'Siti', institution: 'Bawaslu' } }, true],
    ['identity', { applicant: { name: 'Siti' } }, true],
    ['identity', { applicant: { name: '' } }, false],
    ['contact', { applicant: { name: 'A', contact: '0812345678' } }, true],
    ['contact', { applicant: { name: 'A', email: 'a@b.go.id' } }, true],
    ['contact', { applicant: { name: 'A' } }, false],
    ['email', { applicant: { name: 'A', email: 'a@b.go.id' } }, true],
    ['material', { material: 'Netralitas ASN' }, true],
    ['material', {}, false],
    ['tor', { attachments: scan('tor') }, true],
    ['tor', { attachments: scan('attachment') }, false],
    ['purpose', { purpose: 'Sosialisasi' }, true],
    ['schedule', { event: { date: '2026-04-08' } }, true],
    ['schedule', { event: { place: 'Aula' } }, false],
    ['place', { event: { place: 'Aula' } }, true],
    ['place', { event: { mode: 'daring' } }, true],
    ['place', { event: { mode: 'luring' } }, false],
    ['id-document', { attachments: scan('id-document') }, true],
    ['request-letter', { letter: { number: '005/1/2026' } }, true],
    ['request-letter', { attachments: scan('attachment') }, true],
    ['request-letter', {}, false],
    ['ethics-regulation', { imnkk: { requirements: { ethicsRegulation: 'Perbup 12/2025' }, verifications: [] } }, true],
    ['sinden-account', { imnkk: { requirements: {}, verifications: [] } }, false],
    ['operator-letter', { attachments: scan('operator-letter') }, true],
    ['operator-letter', { imnkk: { requirements: { operatorLetter: 'ST/1' }, verifications: [] } }, true],
    ['self-assessment', { imnkk: { requirements: { selfAssessment: '2026-03-02' }, verifications: [] } }, true],
    ['a key no checklist knows', {}, false],
  ])('%s with %j: %s', (key, over, expected) => {
    expect(isMet(key, base(over))).toBe(expected);
  });
});

describe('what a case still lacks, in checklist order', () => {
  it.each<[string, Partial<Case>, string[]]>([
    [
      'a sosialisasi letter with a name only: the name is its identity',
      { applicant: { name: 'Dinas' } },
      ['contact', 'email', 'material', 'tor', 'purpose', 'schedule', 'place', 'id-document'],
    ],
    [
      'a letter from an e-mail: the address is both the contact and the e-mail, the declared file the TOR',
      {
        applicant: { name: 'Bagian Umum Setda', email: 'umum@contoh.go.id' },
        material: 'Netralitas',
        purpose: 'Sosialisasi',
        event: { date: '2026-12-10', place: 'Pendopo' },
        attachments: [...scan('attachment'), ...scan('tor')],
      },
      ['id-document'],
    ],
    [
      'a sosialisasi walk-in with institution, phone and purpose',
      { kind: 'walkin', applicant: { name: 'Siti', institution: 'Bawaslu', contact: '0812345678' }, purpose: 'Konsultasi' },
      ['request-letter', 'id-document'],
    ],
    ['a complete complaint', { service: 'pengaduan', applicant: { name: 'A', type: 'perorangan', contact: '0812345678' } }, []],
    [
      'an IM-NKK request with nothing yet',
      { service: 'imnkk' },
      ['ethics-regulation', 'sinden-account', 'operator-letter', 'self-assessment'],
    ],
  ])('%s', (_what, over, expected) => {
    expect(missingRequirements(base(over), checklists)).toEqual(expected);
  });
});
