import { describe, expect, it } from 'vitest';
import { glue, wrapLines } from '../../src/render/wrap.js';

// Every character one unit wide: widths are character counts.
const measure = (s: string) => s.length;

describe('lines broken only at spaces, balanced, with dates and times kept whole', () => {
  it.each<[string, string, number, string[]]>([
    [
      'a heading does not leave "ASN" alone',
      'Jawaban atas Permohonan Sosialisasi Netralitas ASN',
      46,
      ['Jawaban atas Permohonan', 'Sosialisasi Netralitas ASN'],
    ],
    [
      'a hyphenated name is never cut',
      'Pengukuran Tingkat Kepatuhan melalui IM-NKK',
      30,
      ['Pengukuran Tingkat', 'Kepatuhan melalui IM-NKK'],
    ],
    [
      'a time keeps its zone ("WIB)" never alone)',
      'Surat permohonan (Selasa, 24 November 2026 pukul 10.00 WIB)',
      50,
      ['Surat permohonan', '(Selasa, 24 November 2026 pukul 10.00 WIB)'],
    ],
    ['a text that fits is one line', 'Kamis, 3 Desember 2026', 40, ['Kamis, 3 Desember 2026']],
    ['explicit lines stay', 'Satu\nDua', 40, ['Satu', 'Dua']],
    ['leading spaces indent every line', '  Datang langsung ke kantor', 18, ['  Datang langsung', '  ke kantor']],
    ['balancing never cuts a word that fits', 'Median (hk)', 8, ['Median', '(hk)']],
    ['a column heading', 'Terlambat diajukan', 10, ['Terlambat', 'diajukan']],
    ['a word longer than the line is cut', 'https://lapor.example.go.id/pengaduan', 20, ['https://lapor.exampl', 'e.go.id/pengaduan']],
  ])('%s', (_why, text, width, lines) => {
    expect(wrapLines(measure, text, width)).toEqual(lines);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
  });

  it('without balancing, lines are filled greedily', () => {
    expect(wrapLines(measure, 'Jawaban atas Permohonan Sosialisasi Netralitas ASN', 46, false)).toEqual([
      'Jawaban atas Permohonan Sosialisasi Netralitas',
      'ASN',
    ]);
  });

  it.each([
    ['24 November 2026', '24\u00a0November\u00a02026'],
    ['Selasa, 24 November 2026 pukul 10.00 WIB', 'Selasa,\u00a024\u00a0November\u00a02026\u00a0pukul\u00a010.00\u00a0WIB'],
    ['5 hari kerja', '5\u00a0hari kerja'],
    ['NIP 197001011990032001', 'NIP\u00a0197001011990032001'],
  ])('glue(%j)', (text, glued) => {
    expect(glue(text)).toBe(glued);
  });
});
