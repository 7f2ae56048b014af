/** The e-mails that carry a case's letters and receipts, who they go to, and the morning report per officer. */
import { describe, expect, it } from 'vitest';
import type { DueItem, DueReport } from '../../src/domain/due-report.js';
import type { Case } from '../../src/domain/model.js';
import type { Officer } from '../../src/domain/profile.js';
import { letterMail, receiptMail, withoutName } from '../../src/mail/compose-letter.js';
import { morningMails } from '../../src/mail/compose-morning.js';
import { letterRecipients } from '../../src/mail/recipients.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { simpleCase } from '../helpers/store.js';

const profile = defaultProfile();
const request = simpleCase(2026, 42, {
  channel: 'email',
  receivedAt: '2026-03-16T09:15:00+07:00',
  applicant: { name: 'Dinas Kominfo Kabupaten Contoh', email: 'kominfo@contoh.go.id' },
  subject: 'Permohonan narasumber netralitas ASN',
  decision: { outcome: 'approved', contact: 'Budi Santoso, 0812-1111-2222' },
});
const reporter = simpleCase(2026, 57, {
  service: 'pengaduan',
  channel: 'wbs',
  applicant: { name: 'Rahmat Hidayat', email: 'rahmat@contoh.id' },
  subject: 'Laporan Rahmat Hidayat tentang pungutan di loket',
  report: { type: 'pengaduan', protectIdentity: true },
});

describe('the e-mail of a letter', () => {
  it('is titled "Surat Jawaban Nomor … — Hal …" and names the case, the letter and the contact person', () => {
    const m = letterMail({
      c: request,
      profile,
      document: 'reply',
      letterNumber: 'B-12/JP.01/03/2026',
      hal: 'Jawaban atas Permohonan Sosialisasi',
      signed: true,
    });
    expect(m.subject).toBe('Surat Jawaban Nomor B-12/JP.01/03/2026 — Hal Jawaban atas Permohonan Sosialisasi');
    expect(m.text).toContain('Yth. Dinas Kominfo Kabupaten Contoh,');
    expect(m.text).toContain('nomor agenda 2026-0042');
    expect(m.text).toContain('Budi Santoso, 0812-1111-2222');
    expect(m.text).toContain('ditandatangani secara elektronik');
    expect(m.text).toContain(profile.agency);
  });

  it.each([
    ['report', 'Surat Tanggapan Nomor B-3/JP.01/03/2026 — Hal Tanggapan atas Pengaduan'],
    ['thanks', 'Surat Ucapan Terima Kasih Nomor B-3/JP.01/03/2026 — Hal Tanggapan atas Pengaduan'],
    ['certificate', 'Sertifikat IM-NKK Nomor B-3/JP.01/03/2026 — Hal Tanggapan atas Pengaduan'],
  ] as const)('a %s letter is titled for what it is', (document, subject) => {
    expect(letterMail({ c: request, profile, document, letterNumber: 'B-3/JP.01/03/2026', hal: 'Tanggapan atas Pengaduan' }).subject).toBe(
      subject,
    );
  });

  it('to a protected reporter: "Saudara Pelapor", and the name nowhere, even where a Hal or the subject put it', () => {
    const m = letterMail({
      c: reporter,
      profile,
      document: 'report',
      letterNumber: 'B-3/JP.01/03/2026',
      hal: 'Tanggapan atas laporan Rahmat  hidayat',
    });
    const r = receiptMail({ c: reporter, profile });
    for (const text of [m.subject, m.text, r.subject, r.text]) expect(text.toLowerCase()).not.toContain('rahmat');
    expect(m.text).toContain('Yth. Saudara Pelapor,');
    expect(m.subject).toBe('Surat Tanggapan Nomor B-3/JP.01/03/2026 — Hal Tanggapan atas laporan Pelapor');
  });

  it.each([
    ['Rahmat Hidayat', 'Laporan RAHMAT HIDAYAT', 'Laporan Pelapor'],
    ['Rahmat Hidayat', 'Laporan Rahmat', 'Laporan Rahmat'],
    ['A.B. (Budi)', 'dari A.B. (Budi) ini', 'dari Pelapor ini'],
    ['', 'apa saja', 'apa saja'],
  ])('the name %j taken out of %j gives %j', (name, text, expected) => {
    expect(withoutName(text, name)).toBe(expected);
  });
});

describe('the e-mail of a receipt', () => {
  it('says when the message arrived, its agenda number, and when the answer is due', () => {
    const m = receiptMail({ c: request, profile, due: 'Senin, 23 Maret 2026' });
    expect(m.subject).toBe('Tanda Terima Nomor Agenda 2026-0042 — Hal Permohonan narasumber netralitas ASN');
    expect(m.text).toContain('Senin, 16 Maret 2026 pukul 09.15 WIB');
    expect(m.text).toContain('paling lambat Senin, 23 Maret 2026');
    expect(m.text).toContain('tidak dipungut biaya');
  });
});

describe('who a letter goes to', () => {
  it.each([
    ['the applicant, the Tembusan in CC', request, {}, { to: ['kominfo@contoh.go.id'], cc: ['arsip@kasn.go.id'] }],
    [
      '--to replaces the applicant',
      request,
      { to: ['sekretariat@contoh.go.id'] },
      { to: ['sekretariat@contoh.go.id'], cc: ['arsip@kasn.go.id'] },
    ],
    ['a CC that is also a recipient is not repeated', request, { to: ['arsip@kasn.go.id'] }, { to: ['arsip@kasn.go.id'], cc: [] }],
    ['a protected reporter: their own address, nobody in CC', reporter, {}, { to: ['rahmat@contoh.id'], cc: [] }],
    ['… also when given with --to in other letters', reporter, { to: ['RAHMAT@contoh.id'] }, { to: ['RAHMAT@contoh.id'], cc: [] }],
  ] as [string, Case, { to?: string[] }, unknown][])('%s', (_, c, given, expected) => {
    expect(letterRecipients(c, { ...given, cc: ['arsip@kasn.go.id', 'ARSIP@kasn.go.id'] })).toEqual(expected);
  });

  it.each([
    ['a walk-in without e-mail', simpleCase(2026, 1, { kind: 'walkin', channel: 'langsung' }), {}, 'mail.noRecipient'],
    ['an address that is none', request, { to: ['kominfo'] }, 'mail.badAddress'],
    ['a protected reporter at another address', reporter, { to: ['atasan@contoh.id'] }, 'mail.protectedRecipient'],
    [
      'an anonymous reporter, whatever address',
      simpleCase(2026, 2, {
        service: 'pengaduan',
        channel: 'wbs',
        applicant: { name: '' },
        report: { type: 'pengaduan', anonymous: true },
      }),
      { to: ['siapa@contoh.id'] },
      'mail.protectedRecipient',
    ],
  ] as [string, Case, { to?: string[] }, string][])('%s is exit 2 naming --to', (_, c, given, key) => {
    expect(() => letterRecipients(c, given)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'to', key })] }),
    );
  });
});

describe('the morning report by e-mail', () => {
  const item = (id: string, over: Partial<DueItem>): DueItem => ({
    id,
    agendaNumber: Number(id.slice(5)),
    service: 'sosialisasi',
    kind: 'letter',
    status: 'disposed',
    answerDue: '2026-03-16',
    respondBy: '2026-03-16',
    officer: 'Budi Santoso',
    applicant: `Pemohon ${id}`,
    channel: 'surat',
    subject: `Permohonan ${id}`,
    ...over,
  });
  const report: DueReport = {
    date: '2026-03-16',
    overdue: [item('2026-0001', { respondBy: '2026-03-12', lateWorkingDays: 2 })],
    dueToday: [item('2026-0002', { officer: 'Ani', eventDate: '2026-03-17' }), item('2026-0003', { status: 'registered', officer: null })],
    upcoming: [item('2026-0004', { respondBy: '2026-03-18', service: 'pengaduan', applicant: '', identity: 'protected' })],
    waiting: [],
  };
  const officers: Officer[] = [
    { name: 'Budi Santoso', nip: '', roles: ['analis'], email: 'budi@kasn.go.id' },
    { name: 'Ani', nip: '', roles: ['analis'] },
    { name: 'Kepala Pokja', nip: '', roles: ['disposisi'], email: 'kepala@kasn.go.id' },
    { name: 'Siti', nip: '', roles: ['penerima'], email: 'siti@kasn.go.id' },
  ];
  const made = morningMails({ report, officers, workingDay: true, zone: profile, within: 3, serviceName: (s) => s.toUpperCase() });

  it('gives each officer the cases disposed to them, with respondBy and how late', () => {
    if (!made.sent) throw new Error('nothing sent');
    const budi = made.mails.find((m) => m.officer === 'Budi Santoso')!;
    expect(budi.to).toBe('budi@kasn.go.id');
    expect(budi.subject).toBe('Tenggat Senin, 16 Maret 2026: 1 terlambat, 1 segera');
    expect(budi.text).toContain('2026-0001 SOSIALISASI');
    expect(budi.text).toContain('jawab paling lambat Kamis, 12 Maret 2026, terlambat 2 hari kerja');
    expect(budi.text).toContain('2026-0004');
    expect(budi.text).not.toContain('2026-0002');
    // A protected reporter stays protected in an officer's inbox.
    expect(budi.text).toContain('pelapor dirahasiakan');
  });

  it('gives a leader the whole office and the cases not yet disposed, each once; names who has no address', () => {
    if (!made.sent) throw new Error('nothing sent');
    const leader = made.mails.find((m) => m.officer === 'Kepala Pokja')!;
    for (const id of ['2026-0001', '2026-0002', '2026-0003', '2026-0004']) expect(leader.text.split(`\n- ${id} `).length - 1).toBe(1);
    expect(leader.text).toMatch(/BELUM DIDISPOSISIKAN \(1\)\n- 2026-0003/);
    expect(leader.text).toContain('kegiatan Selasa, 17 Maret 2026');
    expect(made.withoutEmail).toEqual(['Ani']);
    expect(made.nothingDue).toEqual(['Siti']);
    expect(made.mails.map((m) => m.officer)).toEqual(['Budi Santoso', 'Kepala Pokja']);
  });

  it('sends nothing on a day that is not a working day', () => {
    expect(morningMails({ report, officers, workingDay: false, zone: profile, within: 3, serviceName: String })).toEqual({
      sent: false,
      reason: 'notWorkingDay',
    });
  });
});
