/** Issue 16: the letters cite the applicant's request as it was registered, and are signed by a configured signatory. */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import type { Profile } from '../../src/domain/profile.js';
import { renderReply } from '../../src/render/reply-letter.js';
import { renderRecommendation } from '../../src/render/recommendation-letter.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const signer = { name: 'Dr. Ratna Dewi, M.Si.', nip: '197001011990032001' };
const profile = (): Profile => {
  const p = defaultProfile();
  p.signatories.reply = { ...p.signatories.reply, ...signer };
  p.signatories.certificate = { ...p.signatories.certificate, ...signer };
  delete p.signatories.recommendation;
  return p;
};
const LETTER = { number: 'B-7/JP.01/03/2026', seq: 7, year: 2026, date: '2026-03-20' };
const declined = (over: Partial<Case>) =>
  simpleCase(2026, 1, {
    receivedAt: '2026-03-17T10:15:00+07:00',
    subject: 'Permohonan narasumber',
    status: 'decided',
    decision: { outcome: 'declined', reason: 'Jadwal penuh.' },
    ...over,
  });

describe('the reply cites the request as registered', () => {
  it.each<[string, Partial<Case>, string]>([
    [
      'a letter with number and date',
      { channel: 'surat', letter: { number: '800.1/0457/BKPSDM/2026', date: '2026-03-16' } },
      'Menindaklanjuti surat Saudara Nomor 800.1/0457/BKPSDM/2026 tanggal 16 Maret 2026 hal Permohonan narasumber',
    ],
    [
      'an e-mail with number and date',
      { channel: 'email', letter: { number: '005/12/2026', date: '2026-03-16' } },
      'Menindaklanjuti surat elektronik Saudara Nomor 005/12/2026 tanggal 16 Maret 2026 hal',
    ],
    [
      'a letter without number',
      { channel: 'surat', letter: { date: '2026-03-16' } },
      'Menindaklanjuti surat Saudara tanggal 16 Maret 2026 hal',
    ],
    [
      'a letter without a date of its own',
      { channel: 'surat' },
      'Menindaklanjuti surat Saudara yang kami terima pada tanggal 17 Maret 2026 hal',
    ],
    [
      'a numbered letter without a date',
      { channel: 'surat', letter: { number: 'X/1' } },
      'surat Saudara Nomor X/1 yang kami terima pada tanggal 17 Maret 2026',
    ],
    [
      'a letter handed over at the desk is still a letter',
      { channel: 'langsung', letter: { number: '800/9/2026', date: '2026-03-16' } },
      'Menindaklanjuti surat Saudara Nomor 800/9/2026 tanggal 16 Maret 2026',
    ],
    [
      'a walk-in',
      { kind: 'walkin', channel: 'langsung' },
      'Menindaklanjuti kunjungan Saudara pada hari Selasa tanggal 17 Maret 2026 dengan maksud Permohonan narasumber',
    ],
  ])('%s', async (_what, over, expected) => {
    const text = await pdfText(await renderReply(declined(over), LETTER, profile()));
    expect(text).toContain(expected);
    expect(text).toContain('Dr. Ratna Dewi, M.Si.');
    expect(text).toContain('NIP 197001011990032001');
  });

  it('is refused while its signatory is not configured, naming the keys', async () => {
    await expect(renderReply(declined({}), LETTER, defaultProfile())).rejects.toMatchObject({
      problems: [{ field: 'signatories.reply.name' }, { field: 'signatories.reply.nip' }],
    });
  });
});

describe('the recommendation letter', () => {
  const imnkk = simpleCase(2026, 3, {
    service: 'imnkk',
    channel: 'surat',
    receivedAt: '2026-02-02T09:00:00+07:00',
    applicant: { name: 'Pemerintah Kabupaten Banyumas' },
    subject: 'Permohonan pengukuran IM-NKK',
    letter: { number: '800/12/2026', date: '2026-01-30' },
    imnkk: {
      requirements: {},
      verifications: [],
      plenary: {
        date: '2026-09-15',
        decree: '12/KEP/2026',
        score: 218,
        maxScore: 300,
        index: 0.7267,
        category: 'Baik',
        recommendations: [],
      },
    },
  });

  it('cites the request like a reply and goes where it is told', async () => {
    const text = await pdfText(await renderRecommendation(imnkk, LETTER, profile(), { to: ['Bupati Banyumas'], place: 'Purwokerto' }));
    expect(text).toContain('Menindaklanjuti surat Saudara Nomor 800/12/2026 tanggal 30 Januari 2026 hal Permohonan pengukuran IM-NKK');
    expect(text).toMatch(/Yth\. Bupati Banyumas di Purwokerto/);
    expect(text).not.toContain('di Tempat');
  });

  it('goes to the agency by default', async () => {
    const text = await pdfText(await renderRecommendation(imnkk, LETTER, profile()));
    expect(text).toMatch(/Yth\. Pemerintah Kabupaten Banyumas di Tempat/);
  });
});
