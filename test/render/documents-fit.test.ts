/** Issue 26: documents that fit their pages, say the true due, and speak as an office writes. */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import type { Profile } from '../../src/domain/profile.js';
import { renderReceipt } from '../../src/render/receipt.js';
import { renderReply } from '../../src/render/reply-letter.js';
import { renderReportLetter } from '../../src/render/report-letter.js';
import { renderRequirementsReceipt } from '../../src/render/requirements-receipt.js';
import { renderAnswerSlip } from '../../src/render/answer-slip.js';
import { renderDisposition } from '../../src/render/disposition.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const signer = { name: 'Dr. Ratna Dewi, M.Si.', nip: '197001011990032001' };
const profile = (over: Partial<Profile> = {}): Profile => {
  const p = defaultProfile();
  p.signatories.reply = { ...p.signatories.reply, ...signer };
  return { ...p, ...over };
};
const LETTER = { number: 'B-7/JP.01/11/2026', seq: 7, year: 2026, date: '2026-11-26' };
const LONG = Array.from(
  { length: 7 },
  () => 'Pada tanggal yang diminta seluruh narasumber telah dijadwalkan untuk kegiatan lain di luar kota',
).join(', dan ');

/** The text of the page that holds the signatory's name, and of the page before it. */
async function signaturePage(bytes: Buffer): Promise<{ pages: string[]; page: string }> {
  const pages = await pdfPages(bytes);
  const page = pages.find((p) => p.includes(signer.name)) ?? '';
  return { pages, page };
}

describe('the signature never stands alone on a page', () => {
  it.each([30, 34, 38, 41])('a decline reason of %i clauses: the closing paragraph goes with the signature', async (n) => {
    const reason = Array.from({ length: n }, (_, i) => `pertimbangan ke-${i + 1} tentang jadwal narasumber yang telah penuh`).join(', ');
    const c = simpleCase(2026, 1, { status: 'decided', decision: { outcome: 'declined', reason } });
    const { pages, page } = await signaturePage(await renderReply(c, LETTER, profile()));
    // These lengths put the signature on page 2 (with the closing paragraph left on page 1 before).
    expect(pages).toHaveLength(2);
    expect(page).toBe(pages[1]);
    expect(page).toContain('Atas perhatian Saudara, kami ucapkan terima kasih.');
  });
});

describe('A5 sheets: one page when they can be, and a continued one never ends with a sign-off alone', () => {
  const missingAll = ['identity', 'contact', 'email', 'material', 'tor', 'purpose', 'schedule', 'place', 'id-document'];
  const late = simpleCase(2026, 42, {
    receivedAt: '2026-11-24T10:00:00+07:00',
    answerDue: '2026-12-01',
    applicant: { name: 'Bagian Umum Sekretariat Daerah Kabupaten Banyumas', institution: 'Pemerintah Kabupaten Banyumas' },
    channel: 'email',
    subject: 'Permohonan Narasumber Sosialisasi Netralitas Aparatur Sipil Negara pada Pemilihan Kepala Desa Serentak Tahun 2026',
    event: { date: '2026-11-27', place: 'Pendopo' },
    leadTime: { ok: false, latestSubmission: '2026-11-20' },
    attachments: ['permohonan.eml', 'Surat Permohonan.pdf', 'KAK Sosialisasi.pdf', 'KTP Kabag.jpg'].map((name) => ({
      role: 'attachment' as const,
      name,
      sha256: 'a'.repeat(64),
      size: 1,
    })),
  });

  it('the e-mailed letter with every requirement missing and a late notice fits one page, signed and dated', async () => {
    const pages = await pdfPages(await renderReceipt(late, missingAll, profile()));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Jakarta, 24 November 2026');
    expect(pages[0]).toContain('Petugas penerima,');
  });

  it('a subject too long for any size continues on a second page, with the last block before the sign-off, numbered', async () => {
    const c = { ...late, subject: LONG };
    const pages = await pdfPages(await renderReceipt(c, missingAll, profile()));
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('Petugas penerima,');
    expect(pages[1]).toMatch(/Pengaduan layanan dapat disampaikan melalui/);
    expect(pages[0]).toContain('Halaman 1 dari 2');
  });

  it('the requirements receipt: counts what came, each with its time whole, complete since, place and date', async () => {
    const c = simpleCase(2026, 2, {
      kind: 'walkin',
      channel: 'langsung',
      receivedAt: '2026-11-24T10:00:00+07:00',
      answerDue: '2026-11-24T11:00:00+07:00',
      requirements: {
        'request-letter': { met: true, at: '2026-11-24T10:00:00+07:00', by: 'Siti' },
        'id-document': { met: true, at: '2026-11-24T10:00:00+07:00', by: 'Siti' },
      },
    });
    const pages = await pdfPages(await renderRequirementsReceipt(c, [], profile(), 'Siti', { at: '2026-11-26T08:00:00+07:00' }));
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('Persyaratan diterima : 2 persyaratan:');
    expect(text).not.toMatch(/Persyaratan diterima : -/);
    expect(text).toContain('diterima Selasa, 24 November 2026 pukul 10.00 WIB');
    expect(text).toContain('lengkap sejak Selasa, 24 November 2026 pukul 10.00 WIB');
    expect(text).toContain('Jakarta, 26 November 2026 Petugas penerima,');
    // No line of the page is a zone alone.
    expect(pages[0]!.split('\n').map((l) => l.trim())).not.toContain('WIB)');
  });

  it('the answer slip has its place and date', async () => {
    const c = simpleCase(2026, 6, {
      kind: 'walkin',
      channel: 'langsung',
      status: 'answered',
      answer: { at: '2026-11-24T14:00:00+07:00', via: 'langsung', note: 'Jadwal disampaikan lisan', by: 'Siti Aminah', onTime: true },
    });
    const text = await pdfText(await renderAnswerSlip(c, profile()));
    expect(text).toContain('Jakarta, 24 November 2026 Petugas, Siti Aminah');
  });
});

describe('receipts and sheets state the due the event sets', () => {
  const c = simpleCase(2026, 9, {
    receivedAt: '2026-11-24T10:00:00+07:00',
    answerDue: '2026-12-01',
    event: { date: '2026-11-27' },
    disposition: { to: 'Budi', at: '2026-11-24T11:00:00+07:00', by: 'Kepala', urgency: 'biasa' },
  });
  const due = { due: '2026-11-26', forEvent: '2026-11-27' };

  it('the receipt: Thursday 26 November, before the event, not 1 December', async () => {
    const text = await pdfText(await renderReceipt(c, [], profile(), { due }));
    expect(text).toContain('Batas Waktu Jawaban : Kamis, 26 November 2026 (sebelum pelaksanaan kegiatan pada Jumat, 27 November 2026)');
    expect(text).not.toContain('1 Desember 2026');
  });

  it('the disposition sheet too', async () => {
    const text = await pdfText(await renderDisposition(c, profile(), { due }));
    expect(text).toContain('Kamis, 26 November 2026 (sebelum pelaksanaan kegiatan pada Jumat, 27 November 2026)');
  });
});

describe('letters in the words an office uses', () => {
  const report = (over: Partial<Case> = {}, r: Partial<NonNullable<Case['report']>> = {}) =>
    simpleCase(2026, 4, {
      service: 'pengaduan',
      channel: 'langsung',
      status: 'decided',
      receivedAt: '2026-11-25T09:00:00+07:00',
      applicant: { name: 'Budi Hartono', contact: '081233334444' },
      subject: 'Camat berkampanye',
      report: {
        type: 'pengaduan',
        examination: { finding: 'Camat hadir pada kampanye', at: '2026-11-26T09:00:00+07:00', by: 'Budi' },
        conclusion: { substantiated: 'yes', followUp: 'Diteruskan kepada PPK', at: '2026-11-26T10:00:00+07:00', by: 'Budi' },
        ...r,
      },
      ...over,
    });

  it.each<[string, Partial<Case>, Partial<NonNullable<Case['report']>>, string, string]>([
    [
      'a complaint about another agency',
      {},
      { concerning: 'Camat Sokaraja, Pemerintah Kabupaten Banyumas' },
      'dalam menyampaikan laporan ini',
      'perbaikan layanan kami',
    ],
    ['a complaint that says nothing of whom it concerns', {}, {}, 'dalam menyampaikan laporan ini', 'perbaikan layanan kami'],
    [
      'a complaint about the office itself (by its initials)',
      {},
      { concerning: 'Petugas loket KASN' },
      'perbaikan layanan kami',
      'dalam menyampaikan laporan ini',
    ],
    ['a complaint about one of the office’s cases', {}, { about: '2026-0001' }, 'perbaikan layanan kami', 'dalam menyampaikan laporan ini'],
    ['a suggestion', {}, { type: 'saran' }, 'perbaikan layanan kami', 'dalam menyampaikan laporan ini'],
  ])('%s: its closing', async (_what, over, r, has, hasNot) => {
    const text = await pdfText(await renderReportLetter(report(over, r), LETTER, profile()));
    expect(text).toContain(has);
    expect(text).not.toContain(hasNot);
  });

  it('a channel reads well in the sentence, a person is "Sdr./Sdri.", finding and follow-up end with a full stop', async () => {
    const text = await pdfText(await renderReportLetter(report(), LETTER, profile()));
    expect(text).toContain('yang kami terima secara langsung pada tanggal 25 November 2026');
    expect(text).not.toMatch(/melalui Datang langsung/i);
    expect(text).toContain('Yth. Sdr./Sdri. Budi Hartono');
    expect(text).toContain('Camat hadir pada kampanye.');
    expect(text).toContain('Diteruskan kepada PPK.');
    const email = await pdfText(await renderReportLetter(report({ channel: 'email' }), LETTER, profile()));
    expect(email).toContain('yang kami terima melalui e-mail pada');
  });

  it.each<[string, Case['applicant'], Case['kind'], string | undefined, string]>([
    ['a person who wrote', { name: 'Rina Wati', type: 'perorangan' }, 'letter', undefined, 'Yth. Sdr./Sdri. Rina Wati'],
    [
      'a visitor',
      { name: 'Rina Wati', institution: 'Bawaslu Kota Contoh' },
      'walkin',
      undefined,
      'Yth. Sdr./Sdri. Rina Wati Bawaslu Kota Contoh',
    ],
    ['an agency', { name: 'Dinas Kominfo Kab. Contoh', type: 'instansi' }, 'letter', undefined, 'Yth. Dinas Kominfo Kab. Contoh di'],
    [
      'a person, the profile saying "Bapak/Ibu"',
      { name: 'Rina Wati', type: 'perorangan' },
      'letter',
      'Bapak/Ibu',
      'Yth. Bapak/Ibu Rina Wati',
    ],
  ])('the reply to %s', async (_what, applicant, kind, personTitle, expected) => {
    const c = simpleCase(2026, 1, {
      applicant,
      kind,
      status: 'decided',
      decision: { outcome: 'declined', reason: 'Jadwal narasumber penuh' },
    });
    const text = await pdfText(await renderReply(c, LETTER, profile(personTitle ? { personTitle } : {})));
    expect(text).toContain(expected);
    expect(text).toContain('pertimbangan sebagai berikut: Jadwal narasumber penuh.');
  });

  it('an approval for another day than requested says the date changed; one for the day asked for does not', async () => {
    const approved = (schedule: string) =>
      simpleCase(2026, 1, {
        status: 'decided',
        event: { date: '2026-12-10', time: '09:00' },
        decision: { outcome: 'approved', schedule, place: 'Aula', contact: 'Budi, 0812' },
      });
    const other = await pdfText(await renderReply(approved('2026-12-11T13:00:00+07:00'), LETTER, profile()));
    expect(other).toContain('kegiatan tidak dapat dilaksanakan pada Kamis, 10 Desember 2026 sebagaimana Saudara mohonkan');
    expect(other).toContain('Jumat, 11 Desember 2026');
    const same = await pdfText(await renderReply(approved('2026-12-10T09:00:00+07:00'), LETTER, profile()));
    expect(same).not.toContain('sebagaimana Saudara mohonkan');
  });
});

describe('the complaint channels come from the profile', () => {
  const c = simpleCase(2026, 5, { receivedAt: '2026-11-24T10:00:00+07:00' });
  it('the shipped agency lists its own addresses', async () => {
    const text = await pdfText(await renderReceipt(c, [], profile()));
    expect(text).toContain('Surat resmi kepada Ketua Komisi Aparatur Sipil Negara');
    expect(text).toContain('Website pengaduan: https://lapor.kasn.go.id/');
  });

  it.each<[string, Partial<Profile>]>([
    [
      'an office that set its own values',
      {
        complaints: {
          addressee: 'Kepala Badan Kepegawaian Negara',
          channels: { telepon: '021-8093008', lapor: 'https://lapor.bkn.go.id' },
        },
      },
    ],
    [
      'an office of an older version that changed only its agency (the old shipped lines still stored)',
      {
        complaints: undefined,
        complaintChannels: [
          'Surat resmi kepada Ketua Komisi Aparatur Sipil Negara, Jl. Let. Jend. MT. Haryono Kav. 52-53, Pancoran, Jakarta Selatan 12770',
          'Hotline telepon 021-7972098',
          'E-mail humas@kasn.go.id atau persuratan@kasn.go.id',
          'Lapor KASN: https://lapor.kasn.go.id/',
          'Whistle Blowing System: https://wbs.kasn.go.id',
          'Saran dan masukan/apresiasi: Facebook KomisiASNResmi, Instagram kasn_ri, Twitter KASN_RI',
        ],
      },
    ],
  ])('%s: nothing of KASN is left', async (_what, over) => {
    const p = profile({ agency: 'BADAN KEPEGAWAIAN NEGARA', email: 'persuratan@bkn.go.id', website: 'www.bkn.go.id', ...over });
    const text = await pdfText(await renderReceipt(c, [], p));
    expect(text).not.toMatch(/Komisi Aparatur Sipil Negara|kasn\.go\.id|KomisiASN/i);
    expect(text).toMatch(/Surat resmi kepada (Kepala|Pimpinan) Badan Kepegawaian Negara/);
  });
});
