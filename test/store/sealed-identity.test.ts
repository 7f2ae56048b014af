/** What the database keeps apart of a shielded case, and how the case comes back whole (sealed-identity.ts). */
import { describe, expect, it } from 'vitest';
import { sealCase, SEALED_TEXT, unsealCase } from '../../src/store/sealed-identity.js';
import { missingRequirements } from '../../src/domain/requirements.js';
import { checklists } from '../../src/app/checklists.js';
import { simpleCase } from '../helpers/store.js';
import type { Case } from '../../src/domain/model.js';

const card = { role: 'id-document' as const, name: 'ktp-rahmat-hidayat.jpeg', sha256: 'a'.repeat(64), size: 10 };
const report = (extra: Partial<Case>): Case =>
  simpleCase(2026, 1, { service: 'pengaduan', report: { type: 'pengaduan' }, attachments: [card], ...extra });

describe('sealing a shielded reporter', () => {
  it.each([
    ['a WBS report', report({ channel: 'wbs', applicant: { name: 'Rahmat Hidayat', contact: '081299990000', institution: 'Dinas X' } })],
    [
      'a protected report',
      report({ report: { type: 'saran', protectIdentity: true }, applicant: { name: 'Sari', email: 'sari@contoh.id' } }),
    ],
    ['an anonymous report', report({ report: { type: 'pengaduan', anonymous: true }, applicant: { name: '' } })],
    [
      'a report with an operator',
      report({
        channel: 'wbs',
        applicant: { name: 'Rahmat', type: 'perorangan', operator: { name: 'Ani', email: 'ani@x.id', position: 'Staf' } },
      }),
    ],
  ])('%s: the document keeps which fields were given, the sealed part what they said', (_, c) => {
    const { open, sealed } = sealCase(c);
    expect(sealed).toEqual({ applicant: c.applicant, attachments: ['ktp-rahmat-hidayat.jpeg'] });
    expect(JSON.stringify(open)).not.toMatch(/Rahmat|Sari|Ani|9999|@/);
    expect(open.attachments).toEqual([{ ...card, name: 'lampiran-1.jpeg' }]);
    expect(open.applicant.name).toBe(c.applicant.name ? SEALED_TEXT : '');
    expect(missingRequirements(open, checklists())).toEqual(missingRequirements(c, checklists()));
    expect(unsealCase(open, sealed)).toEqual(c);
  });

  it('leaves a case whose reporter is not shielded as it is', () => {
    const c = simpleCase(2026, 1, { applicant: { name: 'Dinas Kominfo' }, attachments: [card] });
    expect(sealCase(c)).toEqual({ open: c });
    expect(unsealCase(c, null)).toBe(c);
  });

  it('a file added after sealing keeps the name the document gives it', () => {
    const c = report({ channel: 'wbs', applicant: { name: 'Rahmat' } });
    const { open, sealed } = sealCase(c);
    const later = { ...open, attachments: [...open.attachments, { ...card, name: 'hasil-pemeriksaan.pdf', sha256: 'b'.repeat(64) }] };
    expect(unsealCase(later, sealed).attachments.map((a) => a.name)).toEqual(['ktp-rahmat-hidayat.jpeg', 'hasil-pemeriksaan.pdf']);
  });
});
