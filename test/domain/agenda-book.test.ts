import { describe, expect, it } from 'vitest';
import { findHeadings, serviceOfCell } from '../../src/domain/agenda-book.js';

describe('the heading row of an agenda book', () => {
  it.each<[string, string[], number]>([
    ['a row counter and an agenda number: the agenda number', ['No', 'No. Agenda', 'Tgl Terima', 'Dari', 'Perihal'], 1],
    ['the same, the other way round', ['No. Agenda', 'No', 'Tgl Terima', 'Dari', 'Perihal'], 0],
    ['"No" alone is the agenda number', ['No', 'Tgl Terima', 'Dari', 'Perihal'], 0],
    ['"No. Urut" yields to "No. Agd"', ['No. Urut', 'No. Agd', 'Tanggal Masuk', 'Pengirim', 'Hal'], 1],
  ])('%s', (_what, headings, column) => {
    expect(findHeadings([headings])?.columns.agendaNumber).toBe(column);
  });

  it('a column mapped by hand wins over a better name', () => {
    expect(findHeadings([['No', 'No. Agenda', 'Tgl Terima', 'Dari']], { No: 'agendaNumber' })?.columns.agendaNumber).toBe(0);
  });
});

describe('the service a Layanan cell names', () => {
  it.each<[string, ReturnType<typeof serviceOfCell>]>([
    ['sosialisasi', { service: 'sosialisasi' }],
    ['Sosialisasi Netralitas ASN', { service: 'sosialisasi' }],
    ['IM-NKK', { service: 'imnkk' }],
    ['Pengukuran Tingkat Kepatuhan melalui IM-NKK', { service: 'imnkk' }],
    ['Pengaduan', { service: 'pengaduan', reportType: 'pengaduan' }],
    ['Saran', { service: 'pengaduan', reportType: 'saran' }],
    ['Apresiasi', { service: 'pengaduan', reportType: 'apresiasi' }],
    ['Rapat', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(serviceOfCell(text)).toEqual(expected);
  });
});
