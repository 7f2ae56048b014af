import { describe, expect, it } from 'vitest';
import { REGULATION_NAMES, SKM_ELEMENTS } from '../../src/domain/skm.js';
import { findSurveyHeadings, headingNames, missingColumns, rowFields } from '../../src/domain/skm-sheet.js';

const names = headingNames(SKM_ELEMENTS.map((e) => REGULATION_NAMES[e]));
const columnOf = (heading: string) => findSurveyHeadings([[heading]], names)?.columns;

describe("a spreadsheet's headings", () => {
  it.each([
    ['u1', 'u1'],
    ['U1', 'u1'],
    ['Unsur 4', 'u4'],
    ['Persyaratan', 'u1'],
    ['U1. Persyaratan', 'u1'],
    ['Sistem, Mekanisme, dan Prosedur', 'u2'],
    ['Biaya', 'u4'],
    ['Biaya/Tarif', 'u4'],
    ['Penanganan Pengaduan, Saran dan Masukan', 'u8'],
    ['Saran', 'saran'],
    ['Saran/Masukan', 'saran'],
    ['Tgl', 'tanggal'],
    ['Jenis Layanan', 'layanan'],
    ['Jenis Kelamin', 'jenis_kelamin'],
    ['L/P', 'jenis_kelamin'],
    ['Pendidikan Terakhir', 'pendidikan'],
  ])('"%s" is the column %s', (heading, field) => {
    expect(columnOf(heading)).toEqual({ [field]: 0 });
  });

  it('an office that renamed an element in its questionnaire is understood by that name too', () => {
    const own = headingNames(SKM_ELEMENTS.map((e, i) => (i === 8 ? 'Ruang Layanan' : REGULATION_NAMES[e])));
    expect(findSurveyHeadings([['Ruang Layanan', 'Sarana dan Prasarana']], own)?.columns).toEqual({ u9: 0 });
  });

  it('is found below title rows, and names what is missing', () => {
    const rows = [['REKAP SKM 2026'], [], ['Tanggal', 'Persyaratan', 'U2', 'Saran'], ['01/11/2026', 4, 3, 'Baik']];
    const headings = findSurveyHeadings(rows, names);
    expect(headings).toMatchObject({ row: 2, columns: { tanggal: 0, u1: 1, u2: 2, saran: 3 }, written: { u1: 'Persyaratan' } });
    expect(missingColumns(headings, false)).toEqual(['layanan', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(missingColumns(headings, true)).toEqual(['u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(rowFields(rows[3]!, headings!.columns)).toEqual({ tanggal: '01/11/2026', u1: 4, u2: 3, saran: 'Baik' });
    expect(rowFields(['', null, undefined, ' '], headings!.columns)).toBeUndefined();
  });
});
