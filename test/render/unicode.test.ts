/** Issue 12, defect 9: names outside Latin-1 print as written, through an embedded Unicode font only when needed. */
import { describe, expect, it } from 'vitest';
import { needsUnicodeFont } from '../../src/render/pdf.js';
import { renderReceipt } from '../../src/render/receipt.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const receiptOf = (name: string, subject = 'Permohonan narasumber') =>
  renderReceipt(simpleCase(2026, 7, { applicant: { name }, subject }), [], defaultProfile());

describe('text the standard fonts cannot show (needsUnicodeFont)', () => {
  it.each<[string, unknown, boolean]>([
    ['plain Indonesian', { name: 'Dinas Kominfo Kab. Contoh' }, false],
    ['Latin-1 accents, composed', 'Café Müller', false],
    ['a decomposed accent (NFC makes it Latin-1)', 'Cafe\u0301 Mu\u0308ller', false],
    ['Windows-1252 punctuation', '“kutipan” – €', false],
    ['Vietnamese tones', 'Nguyễn Văn Ánh', true],
    ['Arabic script', ['Muhammad', 'محمد'], true],
    ['a symbol outside WinAnsi', { deep: { list: ['≥ 0,95'] } }, true],
  ])('%s → %s', (_why, value, expected) => {
    expect(needsUnicodeFont(value)).toBe(expected);
  });
});

describe('PDFs print any Indonesian name, Arabic script and common symbols', () => {
  it('a decomposed accent prints as the letter it is, not as junk', async () => {
    const text = await pdfText(await receiptOf('Cafe\u0301 Mu\u0308ller'));
    expect(text.normalize('NFC')).toContain('Café Müller');
    expect(text).not.toMatch(/ßÆ|Cafe0/);
  });

  it('Vietnamese-style diacritics and symbols are read back from the embedded font', async () => {
    const text = await pdfText(await receiptOf('Nguyễn Thị Hằng', 'Nilai ≥ 0,95 → kategori'));
    expect(text.normalize('NFC')).toContain('Nguyễn Thị Hằng');
    expect(text).toContain('≥ 0,95 →');
  });

  it('Arabic letters are drawn from the embedded font (shaped glyphs that read back as Arabic)', async () => {
    const bytes = await receiptOf('محمد');
    expect(Buffer.from(bytes).toString('latin1')).toContain('DejaVuSans');
    const text = (await pdfText(bytes)).normalize('NFKC');
    for (const letter of ['م', 'ح', 'د']) expect(text).toContain(letter);
  });

  it('a document that needs no more than the standard fonts embeds none', async () => {
    const bytes = await receiptOf('Dinas Kominfo Kab. Contoh');
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('DejaVuSans');
  });
});
