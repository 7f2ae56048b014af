import { describe, expect, it } from 'vitest';
import { renderReceipt } from '../../src/render/receipt.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

describe('the receipt (tanda terima)', () => {
  const c = simpleCase(2026, 42, {
    service: 'sosialisasi',
    receivedAt: '2026-03-17T10:15:00+07:00',
    answerDue: '2026-03-31',
    receivedBy: 'Siti Resepsionis',
    applicant: { name: 'Dinas Kominfo Kab. Contoh', type: 'instansi' },
    letter: { number: '005/123/2026', date: '2026-03-16' },
    subject: 'Permohonan narasumber netralitas ASN',
    event: { date: '2026-03-27', place: 'Aula' },
    leadTime: { ok: false, latestSubmission: '2026-03-13' },
    attachments: [{ role: 'tor', name: 'tor.pdf', sha256: 'a'.repeat(64), size: 10 }],
  });

  it('shows what the applicant needs: agenda number, due date the Indonesian way, applicant, missing requirements', async () => {
    const text = await pdfText(await renderReceipt(c, ['email', 'id-document'], defaultProfile()));
    expect(text).toContain('TANDA TERIMA');
    expect(text).toContain('0042/AG/2026');
    expect(text).toContain('2026-0042');
    expect(text).toContain('31 Maret 2026');
    expect(text).toContain('Selasa, 17 Maret 2026 pukul 10.15 WIB');
    expect(text).toContain('Dinas Kominfo Kab. Contoh');
    expect(text).toContain('005/123/2026');
    expect(text).toContain('Alamat e-mail');
    expect(text).toContain('Fotokopi KTP/paspor/kartu identitas lain yang berlaku');
    expect(text).toMatch(/Batas akhir pengajuan adalah 13 Maret 2026/);
    expect(text).toContain('Siti Resepsionis');
    expect(text).toContain('lapor.kasn.go.id');
    expect(text).toContain('KOMISI APARATUR SIPIL NEGARA');
  });

  it('says the requirements are complete when nothing is missing, and fits one page', async () => {
    const pages = await pdfPages(await renderReceipt({ ...c, leadTime: undefined }, [], defaultProfile()));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Kelengkapan\s*:\s*lengkap/);
    expect(pages[0]).not.toContain('Batas akhir pengajuan');
  });

  it('states the walk-in hour', async () => {
    const walkin = {
      ...c,
      kind: 'walkin' as const,
      channel: 'langsung' as const,
      answerDue: '2026-03-17T11:15:00+07:00',
      leadTime: undefined,
    };
    const text = await pdfText(await renderReceipt(walkin, [], defaultProfile()));
    expect(text).toContain('Selasa, 17 Maret 2026 pukul 11.15 WIB');
    expect(text).toContain('Kunjungan Layanan Langsung');
  });
});
