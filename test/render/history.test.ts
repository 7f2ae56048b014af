/** Issue 26: the history names a letter's draft and its signing, and every field of them, in words. */
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/domain/model.js';
import { renderHistory } from '../../src/render/history.js';

const ZONE = { timeZone: 'Asia/Jakarta', zoneLabel: 'WIB' };
const at = '2026-03-16T09:00:00+07:00';
const event = (action: string, changes: Record<string, unknown>): AuditEvent => ({ at, by: 'Budi', action, changes }) as AuditEvent;

describe('renderHistory: drafts, signing, information answers, e-mails', () => {
  it.each([
    [
      event('letter:draft', { draft: 'reply', date: '2026-03-16', addressee: ['Kepala Dinas'], place: 'Kota Contoh' }),
      ['Budi  konsep surat jawaban disiapkan', '    konsep: surat jawaban', '    tujuan surat: Kepala Dinas', '    tempat: Kota Contoh'],
    ],
    [
      event('letter:draft', { draft: 'certificate', date: '2026-03-16' }),
      ['Budi  konsep sertifikat dan surat rekomendasi IM-NKK disiapkan', '    konsep: sertifikat dan surat rekomendasi IM-NKK'],
    ],
    [
      event('letter:reply', { letterNumber: 'B-1/JP.01/03/2026', date: '2026-03-16', signedBy: 'Dr. Ratna Dewi' }),
      [
        'Budi  surat jawaban ditandatangani dan diberi nomor',
        '    nomor surat: B-1/JP.01/03/2026',
        '    ditandatangani oleh: Dr. Ratna Dewi',
      ],
    ],
    [
      event('letter:reply-2', { letterNumber: 'B-7/JP.01/03/2026', signedBy: 'Budi' }),
      ['Budi  surat jawaban ditandatangani dan diberi nomor'],
    ],
    [
      event('letter:imnkk-recommendation', { code: 'ABCD-EFGH-JKLM-NPQR', letterNumber: 'B-2/JP.01/03/2026', signedBy: 'Ratna' }),
      ['Budi  sertifikat dan surat rekomendasi IM-NKK ditandatangani, diberi kode dan nomor', '    kode sertifikat: ABCD-EFGH-JKLM-NPQR'],
    ],
    [event('send', { via: 'langsung', information: true }), ['    dijawab dengan informasi saja: ya']],
    [event('mail:queue', { outbox: '1', kind: 'reply', to: ['a@b.id'] }), ['    jenis: surat jawaban']],
    [event('mail:queue', { outbox: '2', kind: 'certificate', to: ['a@b.id'] }), ['    jenis: sertifikat IM-NKK']],
  ])('%#', (e, lines) => {
    const text = renderHistory([e], ZONE);
    for (const line of lines) expect(text).toContain(line);
    expect(text).not.toMatch(/\b(draft|reply|certificate|signed by|information|nomor surat keluar)\b/);
  });
});
