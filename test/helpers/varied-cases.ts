/**
 * A varied set of cases for the morning report: letters, walk-ins, IM-NKK cases waiting for their
 * requirements, reports (protected, anonymous, through wbs, of each type), events before the due,
 * officers, contacts, closed and archived cases, and cases due on the same day (ties keep agenda order).
 */
import type { Case } from '../../src/domain/model.js';
import { simpleCase } from './store.js';

const DUES = ['2026-03-16', '2026-03-17', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31', '2026-04-10'];
const INSTANTS = ['2026-03-25T08:00:00+07:00', '2026-03-25T10:00:00+07:00', '2026-03-24T14:00:00+07:00', '2026-03-26T09:30:00+07:00'];
const REPORT_TYPES = ['pengaduan', 'saran', 'masukan', 'apresiasi'] as const;

/** Case `i` (1-based agenda number) of the varied set, received in March 2026 (before the 25th). */
export function variedCase(i: number, year = 2026): Case {
  const day = String(2 + (i % 20)).padStart(2, '0');
  const base = simpleCase(year, i, { receivedAt: `${year}-03-${day}T09:00:00+07:00`, answerDue: DUES[i % DUES.length]! });
  const c: Case = {
    ...base,
    applicant: { name: `Pemohon ${i}`, ...(i % 2 ? { contact: `0812-${1000 + i}` } : {}), ...(i % 3 ? {} : { email: `p${i}@contoh.id` }) },
  };
  if (i % 4 === 1) c.applicant.institution = `Dinas ${i}`;
  if (i % 5 === 0) Object.assign(c, { status: 'disposed', officer: i % 10 ? 'Budi Santoso' : 'Ani Lestari' });
  switch (i % 9) {
    case 0:
      return { ...c, kind: 'walkin', answerDue: INSTANTS[i % INSTANTS.length]! };
    case 1:
      return { ...c, service: 'sosialisasi', event: { date: `${year}-03-${String(20 + (i % 10)).padStart(2, '0')}`, place: 'Aula' } };
    case 2:
      return {
        ...c,
        service: 'imnkk',
        answerDue: null,
        ...(i % 4 ? { imnkk: { requirements: { ethicsRegulation: 'Perwal 1/2026' }, verifications: [] } } : {}),
        ...(i % 7 ? {} : { requirements: { 'sinden-account': { met: true, at: c.receivedAt, by: 'x' } } }),
      };
    case 3:
      return { ...c, service: 'pengaduan', channel: 'wbs', report: { type: REPORT_TYPES[i % 4]! } as Case['report'] };
    case 4:
      return { ...c, service: 'pengaduan', report: { type: REPORT_TYPES[i % 4]!, anonymous: true } as Case['report'] };
    case 5:
      return {
        ...c,
        service: 'pengaduan',
        channel: 'lapor',
        report: { type: REPORT_TYPES[i % 4]!, protectIdentity: true } as Case['report'],
      };
    case 6:
      return { ...c, service: 'pengaduan', channel: 'email', report: { type: REPORT_TYPES[i % 4]! } as Case['report'] };
    case 7:
      return { ...c, status: i % 2 ? 'answered' : 'archived' };
    default:
      return c;
  }
}

/** Cases 1..n of the varied set. */
export function variedCases(n: number, year = 2026): Case[] {
  return Array.from({ length: n }, (_, k) => variedCase(k + 1, year));
}
