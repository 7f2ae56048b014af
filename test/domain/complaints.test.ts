import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/domain/calendar.js';
import { concludeReport, examine } from '../../src/domain/complaints.js';
import { reportDue, type ReportPeriod } from '../../src/domain/report-types.js';
import { identityShield, shieldCase } from '../../src/domain/identity.js';
import type { Case, Report, Status } from '../../src/domain/model.js';
import { caseHeadline } from '../../src/domain/model.js';
import { isMet } from '../../src/domain/requirements.js';
import { assertAllowed, decide, send, type Step } from '../../src/domain/workflow.js';
import { simpleCase } from '../helpers/store.js';

const tz = 'Asia/Jakarta';
const report = (r: Partial<Report> = {}, over: Partial<Case> = {}): Case =>
  simpleCase(2026, 1, { service: 'pengaduan', report: { type: 'pengaduan', ...r }, ...over });

// Nyepi 19 March 2026, Idul Fitri 20-21 March with cuti bersama 18, 23 and 24 March; 17 August; Christmas.
const HOLIDAYS = ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-08-17', '2026-12-25'];
const calendar = new WorkingCalendar((year) =>
  HOLIDAYS.filter((d) => d.startsWith(String(year))).map((date) => ({ date, name: 'libur', kind: 'national' as const })),
);

describe('the steps of a report', () => {
  it.each([
    ['pengaduan', 'disposed', 'examine', true],
    ['pengaduan', 'registered', 'examine', false],
    ['pengaduan', 'disposed', 'analyse', false],
    ['pengaduan', 'disposed', 'decide', false],
    ['pengaduan', 'examined', 'decide', true],
    ['pengaduan', 'examined', 'dispose', true],
    ['pengaduan', 'registered', 'reply', false],
    ['pengaduan', 'decided', 'reply', true],
    ['saran', 'examined', 'decide', true],
    ['apresiasi', 'registered', 'reply', true],
    ['apresiasi', 'disposed', 'send', true],
    ['apresiasi', 'answered', 'send', false],
    ['apresiasi', 'answered', 'reopen', true],
  ] as [Report['type'], Status, Step, boolean][])('a %s %s: %s allowed = %s', (type, status, step, allowed) => {
    const run = () => assertAllowed(report({ type }, { status }), step);
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow();
  });

  it('a request has no examination, a report no analysis: the refusal names the step it has', () => {
    expect(() => assertAllowed(simpleCase(2026, 1, { status: 'disposed' }), 'examine')).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ key: 'input.stepNotForService', params: expect.objectContaining({ need: 'analyse' }) })],
      }),
    );
    expect(() => assertAllowed(report({}, { status: 'disposed' }), 'analyse')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ params: expect.objectContaining({ need: 'examine' }) })] }),
    );
  });

  it('is examined, then decided with whether it was founded and what follows', () => {
    const at = Date.parse('2026-03-10T10:00:00+07:00');
    const examined = examine(report({}, { status: 'disposed' }), { finding: 'Terbukti', atMs: at, by: 'Budi', timeZone: tz });
    expect(examined.value).toMatchObject({ status: 'examined', report: { examination: { finding: 'Terbukti', by: 'Budi' } } });
    const decided = concludeReport(examined.value, { substantiated: 'partly', followUp: 'Teguran', atMs: at, by: 'Kepala', timeZone: tz });
    expect(decided.value).toMatchObject({ status: 'decided', report: { conclusion: { substantiated: 'partly', followUp: 'Teguran' } } });
    expect(decided.value.decision).toBeUndefined();
  });

  it.each([
    ['a complaint without --substantiated', 'pengaduan', { followUp: 'x' }, ['substantiated']],
    ['a complaint without --follow-up', 'pengaduan', { substantiated: 'yes' }, ['followUp']],
    ['a suggestion needs no --substantiated', 'saran', { followUp: 'x' }, []],
    ['a suggestion without a follow-up', 'saran', {}, ['followUp']],
  ] as const)('%s', (_name, type, given, fields) => {
    const c = report({ type }, { status: 'examined' });
    const run = () => concludeReport(c, { ...given, atMs: 0, by: 'x', timeZone: tz });
    if (!fields.length) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ problems: fields.map((field) => expect.objectContaining({ field })) }));
  });

  it('a report is not approved or declined; an appreciation, and only one, may be closed without a letter', () => {
    expect(() => decide(report({}, { status: 'examined' }), { outcome: 'declined', reason: 'x' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ key: 'input.reportDecide' })] }),
    );
    const atMs = Date.parse('2026-03-03T10:00:00+07:00');
    const thanks = send(report({ type: 'apresiasi' }), { via: 'none', atMs, timeZone: tz, note: 'Dibalas di Instagram' });
    expect(thanks.value.answer).toMatchObject({ via: 'none', note: 'Dibalas di Instagram', onTime: true });
    expect(() => send(report({ type: 'apresiasi' }), { via: 'none', atMs, timeZone: tz })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'note' })] }),
    );
    expect(() => send(report({}, { status: 'decided' }), { via: 'none', atMs, timeZone: tz, note: 'x' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ key: 'input.viaNoneAppreciation' })] }),
    );
  });
});

describe('who may see the reporter', () => {
  it.each([
    ['a named complaint by letter', report({}, { channel: 'surat' }), undefined],
    ['anything through the whistle-blowing system', report({}, { channel: 'wbs' }), 'protected'],
    ['a complaint marked protected', report({ protectIdentity: true }), 'protected'],
    ['an anonymous report', report({ anonymous: true }, { channel: 'lapor' }), 'anonymous'],
    ['a request', simpleCase(2026, 1), undefined],
  ] as const)('%s: %s', (_name, c, expected) => {
    expect(identityShield(c)).toBe(expected);
  });

  it('a shielded case shows no name, contact, institution, file name or registration name', () => {
    const c = report(
      { protectIdentity: true },
      {
        applicant: { name: 'Rahmat Hidayat', institution: 'Dinas X', contact: '081277778888', email: 'r@contoh.id' },
        attachments: [{ role: 'attachment', name: 'bukti-rahmat.pdf', sha256: 'a'.repeat(64), size: 1 }],
        events: [
          {
            at: '2026-03-02T09:00:00+07:00',
            by: 'resepsionis',
            action: 'register',
            changes: { applicant: 'Rahmat Hidayat', subject: 's' },
          },
        ],
      },
    );
    const shown = JSON.stringify(shieldCase(c, { anonymous: 'Anonim', protected: 'Dirahasiakan' }));
    for (const secret of ['Rahmat', 'Dinas X', '0812', 'r@contoh', 'bukti-rahmat']) expect(shown).not.toContain(secret);
    expect(shown).toContain('"name":"Dirahasiakan"');
    expect(shown).toContain('lampiran-1.pdf');
    expect(caseHeadline(c)).toMatchObject({ applicant: '', identity: 'protected' });
    expect(shieldCase(report(), { anonymous: 'A', protected: 'P' })).toEqual(report());
  });

  it.each([
    ['an anonymous report needs no identity', report({ anonymous: true }, { applicant: { name: '' } }), 'identity', true],
    ['nor a contact', report({ anonymous: true }, { applicant: { name: '' } }), 'contact', true],
    ['a named reporter is identified by the name', report({}, { applicant: { name: 'Siti' } }), 'identity', true],
    ['a named complaint needs a contact', report({}, { applicant: { name: 'Siti' } }), 'contact', false],
    ['an appreciation needs no contact', report({ type: 'apresiasi' }, { applicant: { name: '@warga' } }), 'contact', true],
    ['a request is identified by its name too', simpleCase(2026, 1, { applicant: { name: 'Siti' } }), 'identity', true],
    ['a reporter who left an e-mail address can be reached', report({}, { applicant: { name: 'Siti', email: 's@x.id' } }), 'contact', true],
  ] as const)('%s', (_name, c, key, met) => {
    expect(isMet(key, c)).toBe(met);
  });
});

describe('when a report must be answered', () => {
  const calendarDays = (days: number): ReportPeriod => ({ days, counting: 'calendar' });
  it.each([
    ['14 days from Monday 2 March: Monday 16 March', '2026-03-02', calendarDays(14), '2026-03-16'],
    [
      '14 days from Thursday 5 March end on Nyepi: the last working day before, Tuesday 17 March',
      '2026-03-05',
      calendarDays(14),
      '2026-03-17',
    ],
    ['14 days from Saturday 7 March end on Saturday 21 March: Tuesday 17 March', '2026-03-07', calendarDays(14), '2026-03-17'],
    ['1 day from Friday 6 March ends Saturday: never before the first working day, Friday', '2026-03-06', calendarDays(1), '2026-03-06'],
    ['1 day from Saturday 7 March: Monday 9 March at the earliest', '2026-03-07', calendarDays(1), '2026-03-09'],
    ['5 working days from Monday 16 March skip the Lebaran holidays', '2026-03-16', { days: 5, counting: 'working' }, '2026-03-30'],
  ] as const)('%s', (_name, received, period, due) => {
    expect(reportDue(received, period, calendar)).toBe(due);
  });
});
