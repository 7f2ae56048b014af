import { describe, expect, it } from 'vitest';
import type { Profile, Signatory } from '../../src/domain/profile.js';
import { isNip, missingSignatoryKeys, signatoryFor, type SignedDocument } from '../../src/domain/signatory.js';

const REPLY: Signatory = { position: 'Kepala Biro', name: 'Dr. Ratna Dewi, M.Si.', nip: '197001011990032001' };
const OWN: Signatory = { position: 'Asisten KASN', name: 'Budi Santoso', nip: '198002022005011002' };
const EMPTY: Signatory = { position: 'Asisten KASN', name: '', nip: '' };
const CERT: Signatory = { position: 'Ketua', name: 'Prof. Agus', nip: '196501011990031001' };

const office = (recommendation?: Signatory, certificate: Signatory = CERT) =>
  ({ signatories: { reply: REPLY, certificate, ...(recommendation ? { recommendation } : {}) } }) as unknown as Profile;

describe('who signs each document', () => {
  it.each<[string, Profile, SignedDocument, string, Signatory]>([
    ['a reply: the reply signatory', office(OWN), 'reply', 'reply', REPLY],
    ['a certificate: its own signatory', office(OWN), 'certificate', 'certificate', CERT],
    ['a recommendation with its own signatory', office(OWN), 'recommendation', 'recommendation', OWN],
    ['a recommendation with none set: the reply signatory', office(), 'recommendation', 'reply', REPLY],
    ['a recommendation with only a position (init --yes): the reply signatory', office(EMPTY), 'recommendation', 'reply', REPLY],
    [
      'a recommendation with a name only: its own (the missing NIP is asked for)',
      office({ ...EMPTY, name: 'Budi' }),
      'recommendation',
      'recommendation',
      { ...EMPTY, name: 'Budi' },
    ],
  ])('%s', (_, profile, document, key, signatory) => {
    expect(signatoryFor(profile, document)).toEqual({ key, signatory });
  });

  it.each<[string, Profile, SignedDocument, string[]]>([
    ['all set', office(OWN), 'recommendation', []],
    ['a recommendation left empty by init --yes needs nothing more', office(EMPTY), 'recommendation', []],
    ['a recommendation with a name but no NIP', office({ ...EMPTY, name: 'Budi' }), 'recommendation', ['signatories.recommendation.nip']],
    [
      'a certificate without its name and NIP',
      office(undefined, EMPTY),
      'certificate',
      ['signatories.certificate.name', 'signatories.certificate.nip'],
    ],
  ])('missing keys: %s', (_, profile, document, keys) => {
    expect(missingSignatoryKeys(profile, document)).toEqual(keys);
  });

  it.each([
    ['197001011990032001', true],
    ['19700101 199003 2 001', true],
    ['19700101199003200', false],
    ['1970010119900320011', false],
    ['NIP', false],
  ])('isNip(%s) → %s', (nip, ok) => {
    expect(isNip(nip)).toBe(ok);
  });
});
