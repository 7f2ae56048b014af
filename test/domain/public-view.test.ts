import { describe, expect, it } from 'vitest';
import type { AuditEvent, Case } from '../../src/domain/model.js';
import { publicStep, publicView, type PublicStep } from '../../src/domain/public-view.js';
import type { Checklists } from '../../src/domain/requirements.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { simpleCase } from '../helpers/store.js';
import { readFileSync } from 'node:fs';

const checklists = JSON.parse(readFileSync('data/requirements.json', 'utf8')) as Checklists;
const office = { checklists, calendar: shippedCalendar(), timeZone: 'Asia/Jakarta' };

const ev = (action: string, at: string, changes: Record<string, unknown> = {}, by = 'Budi Santoso'): AuditEvent => ({
  at: `2026-03-${at}:00+07:00`,
  by,
  action,
  changes,
});

/** Everything that must never reach the page, as it appears in the cases below. */
const SECRETS = [
  'Budi Santoso',
  'Siapkan narasumber terbaik',
  'Catatan internal analis',
  'ktp-siti.jpg',
  'Siti Aminah',
  '0812-1111-2222',
  'Rahasia pelapor',
  'Pungli di loket 3',
  'Petugas meminta biaya',
  'WBS-2026-0099',
  'Inspektorat',
  'Kepala Pokja',
];

const answeredRequest: Case = simpleCase(2026, 42, {
  trackingCode: 'K7QM-2XNA-P4RT-9HZC',
  receivedAt: '2026-03-02T09:00:00+07:00',
  applicant: { name: 'Siti Aminah', contact: '0812-1111-2222', institution: 'Dinas Kominfo' },
  attachments: [{ role: 'id-document', name: 'ktp-siti.jpg', sha256: 'a'.repeat(64), size: 10 }],
  subject: 'Pungli di loket 3',
  status: 'answered',
  officer: 'Budi Santoso',
  disposition: {
    to: 'Budi Santoso',
    instruction: 'Siapkan narasumber terbaik',
    urgency: 'segera',
    at: '2026-03-02T10:00:00+07:00',
    by: 'Kepala Pokja',
  },
  analysis: { feasible: true, mode: 'luring', note: 'Catatan internal analis' },
  decision: { outcome: 'approved', schedule: '2026-04-08T09:00:00+07:00', contact: 'Budi Santoso, 0812' },
  reply: { letterNumber: 'B-7/JP.01/03/2026', seq: 7, year: 2026, date: '2026-03-05' },
  answer: { at: '2026-03-05T14:00:00+07:00', via: 'email', onTime: true, note: 'Catatan internal analis', by: 'Budi Santoso' },
  events: [
    ev('register', '02T09:05', { applicant: 'Siti Aminah' }, 'resepsionis'),
    ev('dispose', '02T10:00', { to: 'Budi Santoso', instruction: 'Siapkan narasumber terbaik' }, 'Kepala Pokja'),
    ev('analyse', '03T09:00', { note: 'Catatan internal analis' }),
    ev('decide', '04T09:00', { outcome: 'approved' }),
    ev('letter:reply', '05T10:00', { letterNumber: 'B-7/JP.01/03/2026' }),
    ev('letter:reprint', '05T11:00'),
    ev('send', '05T14:00', { via: 'email' }),
  ],
});

const anonymousReport: Case = simpleCase(2026, 57, {
  trackingCode: 'ABCD-EFGH-JKLM-NPQR',
  service: 'pengaduan',
  channel: 'wbs',
  channelRef: 'WBS-2026-0099',
  applicant: { name: '' },
  subject: 'Pungli di loket 3',
  report: {
    type: 'pengaduan',
    anonymous: true,
    concerning: 'Inspektorat',
    examination: { finding: 'Petugas meminta biaya', at: '2026-03-04T09:00:00+07:00', by: 'Budi Santoso' },
  },
  answerDue: '2026-03-16',
  status: 'examined',
  officer: 'Budi Santoso',
  events: [
    ev('register', '02T09:05', { identity: 'anonymous' }, 'resepsionis'),
    ev('dispose', '02T10:00', { to: 'Budi Santoso' }, 'Kepala Pokja'),
    ev('reveal-identity', '03T08:00', { reason: 'Rahasia pelapor' }, 'Kepala Pokja'),
    ev('examine', '04T09:00', { finding: 'Petugas meminta biaya' }),
  ],
});

describe('what the public page shows of a case', () => {
  it('an answered request: its steps in order with their dates, how it was answered and the letter number', () => {
    const view = publicView(answeredRequest, office);
    expect(view).toEqual({
      id: '2026-0042',
      service: 'sosialisasi',
      kind: 'letter',
      status: 'answered',
      receivedAt: '2026-03-02T09:00:00+07:00',
      respondBy: '2026-03-09',
      answerDue: '2026-03-09',
      missing: ['email', 'material', 'tor', 'purpose', 'schedule', 'place'],
      steps: [
        { step: 'received', at: '2026-03-02T09:00:00+07:00' },
        { step: 'disposed', at: '2026-03-02T10:00:00+07:00' },
        { step: 'analysed', at: '2026-03-03T09:00:00+07:00' },
        { step: 'decided', at: '2026-03-04T09:00:00+07:00' },
        { step: 'letter', at: '2026-03-05T10:00:00+07:00' },
        { step: 'answered', at: '2026-03-05T14:00:00+07:00' },
      ],
      answer: {
        at: '2026-03-05T14:00:00+07:00',
        via: 'email',
        onTime: true,
        outcome: 'approved',
        letterNumber: 'B-7/JP.01/03/2026',
        letterDate: '2026-03-05',
      },
    });
    const text = JSON.stringify(view);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });

  it('an anonymous WBS report: followed by its code alone, with no reporter, finding, reference, unit or revealed look', () => {
    const view = publicView(anonymousReport, office);
    expect(view).toMatchObject({ service: 'pengaduan', reportType: 'pengaduan', status: 'examined', missing: [], answer: null });
    expect(view.steps.map((s) => s.step)).toEqual(['received', 'disposed', 'examined']);
    const text = JSON.stringify(view);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(text).not.toContain('wbs');
  });

  it.each<[string, Partial<Case>, string | null]>([
    ['no event: the answer due', {}, '2026-03-09'],
    ['an event on 20 March: still the answer due', { event: { date: '2026-03-20' } }, '2026-03-09'],
    ['an event on 6 March: the working day before it', { event: { date: '2026-03-06' } }, '2026-03-05'],
    ['an event on Monday 9 March: Friday the 6th', { event: { date: '2026-03-09' } }, '2026-03-06'],
    ['an IM-NKK request still waiting: no due yet', { service: 'imnkk', answerDue: null }, null],
  ])('when the answer is due: %s', (_what, over, due) => {
    expect(publicView(simpleCase(2026, 1, { answerDue: '2026-03-09', ...over }), office).respondBy).toBe(due);
  });

  it('a case reopened after an incomplete answer: no answer until answered again, the earlier one in the steps', () => {
    const c = simpleCase(2026, 3, {
      status: 'disposed',
      events: [
        ev('register', '02T09:05'),
        ev('decide', '02T11:00'),
        ev('send', '02T12:00'),
        ev('requirements', '04T09:00'),
        ev('reopen', '04T09:00'),
      ],
    });
    const view = publicView(c, office);
    expect(view.answer).toBeNull();
    expect(view.steps.map((s) => s.step)).toEqual(['received', 'decided', 'answered', 'requirements', 'reopened']);
  });

  it.each<[string, string, PublicStep | undefined]>([
    ['register', 'sosialisasi', 'received'],
    ['import', 'sosialisasi', 'received'],
    ['imnkk:requirements', 'imnkk', 'requirements'],
    ['imnkk:unmet', 'imnkk', 'requirements'],
    ['imnkk:verify', 'imnkk', 'verification'],
    ['imnkk:plenary', 'imnkk', 'plenary'],
    ['letter:imnkk-recommendation', 'imnkk', 'certificate'],
    ['letter:imnkk-recommendation-2', 'imnkk', 'certificate'],
    ['imnkk:revoke', 'imnkk', 'revoked'],
    ['letter:reply', 'sosialisasi', 'letter'],
    ['letter:report-response', 'pengaduan', 'letter'],
    ['letter:reprint', 'sosialisasi', undefined],
    ['letter:draft', 'sosialisasi', undefined],
    ['letter:draft', 'imnkk', undefined],
    ['reveal-identity', 'pengaduan', undefined],
    ['toString', 'sosialisasi', undefined],
    ['something-new', 'sosialisasi', undefined],
  ])('the event %s (%s) is shown as %s', (action, service, step) => {
    expect(publicStep(action, service as Case['service'])).toBe(step);
  });
});
