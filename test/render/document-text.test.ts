/**
 * A document's text for the screen, taken from the very drawing that makes its PDF: what a reader of
 * the PDF reads (pdfjs) is on the screen, side by side where the page has it so, within the width.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { recordDocumentText } from '../../src/render/document-text.js';
import { renderReply } from '../../src/render/reply-letter.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const profile = defaultProfile();
profile.signatories.reply = { ...profile.signatories.reply, name: 'Dr. Ratna Dewi, M.Si.', nip: '197001011990032001' };
const DRAFT = { number: '....................', seq: 0, year: 2026, date: '2026-11-27' };
const approved: Case = simpleCase(2026, 42, {
  receivedAt: '2026-11-20T10:15:00+07:00',
  applicant: { name: 'Dinas Komunikasi dan Informatika Kabupaten Contoh' },
  letter: { number: '005/123/2026', date: '2026-11-19' },
  subject: 'Permohonan narasumber netralitas ASN bagi pegawai di lingkungan Pemerintah Kabupaten Contoh',
  status: 'decided',
  officer: 'Budi Santoso',
  event: { date: '2026-12-10', time: '09:00', place: 'Aula Kantor Bupati' },
  decision: {
    outcome: 'approved',
    schedule: '2026-12-10T09:00:00+07:00',
    contact: 'Budi Santoso, 0812-1111-2222',
    place: 'Aula Kantor Bupati',
  },
});

describe('the text of a draft reply, as the menu shows it', () => {
  it('holds what the PDF says, in reading order, within 98 columns, without the KONSEP mark', async () => {
    const { result: pdf, documents } = await recordDocumentText(() => renderReply(approved, DRAFT, profile, { watermark: 'KONSEP' }));
    expect(documents).toHaveLength(1);
    const lines = documents[0]?.pages.flat() ?? [];
    const screen = lines.join('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(98);
    // The heading's Nomor and the place and date stand on one line, as on the page.
    expect(lines.find((l) => l.includes('Nomor'))).toMatch(/^Nomor\s+: \.{20}\s+Jakarta, 27 November 2026$/);
    expect(lines.find((l) => l.includes('narahubung'))).toMatch(/narahubung\s+: Budi Santoso, 0812-1111-2222/);
    expect(screen).not.toContain('KONSEP');
    // Every word the PDF shows is on the screen (the page's reading order puts the date before the Nomor it stands beside).
    const words = (text: string) =>
      text
        .replace(/KONSEP/g, '')
        .split(/\s+/)
        .filter(Boolean)
        .sort();
    expect(words(screen)).toEqual(words(await pdfText(pdf)));
    expect(screen.indexOf('Yth.')).toBeLessThan(screen.indexOf('Menindaklanjuti'));
    expect(screen.indexOf('narahubung')).toBeLessThan(screen.indexOf('NIP 197001011990032001'));
  });

  it('records nothing when no screen asked for it', async () => {
    await renderReply(approved, DRAFT, profile);
    const { documents } = await recordDocumentText(async () => undefined);
    expect(documents).toEqual([]);
  });
});
