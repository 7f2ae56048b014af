/** Placing a fetched message in a service by its subject: exactly one service's word, else it waits for the counter. */
import { describe, expect, it } from 'vitest';
import { placeBySubject } from '../../src/domain/mail-rules.js';
import { DEFAULT_MAIL_RULES, mailRules } from '../../src/domain/mail-settings.js';

describe('the shipped subject rules', () => {
  it.each([
    ['Permohonan Narasumber Sosialisasi Netralitas ASN', 'sosialisasi'],
    ['Permohonan narasumber kegiatan', 'sosialisasi'],
    ['Undangan Bimbingan Teknis Kode Etik', 'sosialisasi'],
    ['Permohonan Pengukuran IM-NKK Tahun 2026', 'imnkk'],
    ['permohonan pengukuran im nkk', 'imnkk'],
    ['Akun SINDEN untuk Pemkab Contoh', 'imnkk'],
    ['Pengaduan pelayanan loket', 'pengaduan'],
    ['SARAN perbaikan layanan', 'pengaduan'],
    ['Apresiasi atas pelayanan yang cepat', 'pengaduan'],
    ['Pengäduan dengan diakritik', 'pengaduan'],
  ])('"%s" → %s', (subject, service) => {
    expect(placeBySubject(subject, DEFAULT_MAIL_RULES)).toMatchObject({ service });
  });

  it.each([
    ['Undangan rapat koordinasi', []],
    ['', []],
    // Words inside other words do not count: "sarana" is not "saran", "aduanya" is not "aduan".
    ['Sarana dan prasarana kantor', []],
    // Two services named: not guessed.
    ['Pengaduan atas narasumber sosialisasi', ['sosialisasi', 'pengaduan']],
  ])('"%s" waits for the counter (candidates %j)', (subject, candidates) => {
    expect(placeBySubject(subject, DEFAULT_MAIL_RULES)).toEqual({ candidates });
  });
});

describe("the office's own rules", () => {
  it('replace the shipped words of the services the office sets, and keep the others', () => {
    const rules = mailRules({ mail: { rules: { pengaduan: ['keberatan'] } } });
    expect(placeBySubject('Keberatan atas jawaban', rules)).toMatchObject({ service: 'pengaduan', word: 'keberatan' });
    expect(placeBySubject('Pengaduan layanan', rules)).toEqual({ candidates: [] });
    expect(placeBySubject('Permohonan narasumber', rules)).toMatchObject({ service: 'sosialisasi' });
  });

  it('ignore an empty word (it would match every subject)', () => {
    expect(placeBySubject('Apa saja', { sosialisasi: ['', '  '] })).toEqual({ candidates: [] });
  });
});
