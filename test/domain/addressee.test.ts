import { describe, expect, it } from 'vitest';
import { aboutOwnService, addresseeLines, isPerson } from '../../src/domain/addressee.js';
import type { Case } from '../../src/domain/model.js';

type Who = Pick<Case, 'applicant' | 'kind' | 'report'>;
const letter = (applicant: Case['applicant'], over: Partial<Who> = {}): Who => ({ applicant, kind: 'letter', ...over });

describe('how a letter addresses the applicant', () => {
  it.each<[string, Who, string[]]>([
    ['a person by type', letter({ name: 'Rina Wati', type: 'perorangan' }), ['Sdr./Sdri. Rina Wati']],
    ['an agency by type', letter({ name: 'Dinas Kominfo', type: 'instansi' }), ['Dinas Kominfo']],
    ['a letter without a type: by name alone', letter({ name: 'Bagian Umum Setda' }), ['Bagian Umum Setda']],
    [
      'a visitor, with the institution below',
      letter({ name: 'Rina Wati', institution: 'Bawaslu' }, { kind: 'walkin' }),
      ['Sdr./Sdri. Rina Wati', 'Bawaslu'],
    ],
    ['a named reporter', letter({ name: 'Budi' }, { report: { type: 'pengaduan' } }), ['Sdr./Sdri. Budi']],
    ['a social-media account', letter({ name: '@warga_baik' }, { report: { type: 'apresiasi' } }), ['@warga_baik']],
    ['a visitor for an agency by type', letter({ name: 'Bawaslu Kota', type: 'instansi' }, { kind: 'walkin' }), ['Bawaslu Kota']],
  ])('%s → %j', (_what, who, lines) => {
    expect(addresseeLines(who, 'Sdr./Sdri.')).toEqual(lines);
  });

  it('the title is the profile’s', () => {
    expect(addresseeLines(letter({ name: 'Rina', type: 'perorangan' }), 'Bapak/Ibu')).toEqual(['Bapak/Ibu Rina']);
    expect(addresseeLines(letter({ name: 'Rina', type: 'perorangan' }), '')).toEqual(['Rina']);
    expect(isPerson(letter({ name: 'Rina', type: 'perorangan' }))).toBe(true);
  });
});

describe('whether a report is about the office’s own service', () => {
  const office = { agency: 'BADAN KEPEGAWAIAN NEGARA', unit: 'Direktorat Pengawasan Netralitas ASN' };
  it.each<[string, Case['report'], boolean | undefined]>([
    ['about one of its cases', { type: 'pengaduan', about: '2026-0001' }, true],
    ['naming the agency', { type: 'pengaduan', concerning: 'Petugas loket Badan Kepegawaian Negara' }, true],
    ['naming it by its initials', { type: 'pengaduan', concerning: 'Petugas BKN di loket' }, true],
    ['naming the unit in part', { type: 'pengaduan', concerning: 'Direktorat Pengawasan' }, true],
    ['another agency’s officer', { type: 'pengaduan', concerning: 'Camat Sokaraja, Pemerintah Kabupaten Banyumas' }, false],
    ['saying nothing of whom', { type: 'pengaduan' }, undefined],
  ])('%s: %s', (_what, report, own) => {
    expect(aboutOwnService({ report }, office)).toBe(own);
  });
});
