/**
 * The morning report as one e-mail per officer: the cases disposed to them (overdue, due today,
 * due soon, each with its respondBy), and for each officer with the `disposisi` role the whole
 * office's report and the cases nobody was disposed yet. Pure: the caller makes the report
 * (domain/due-report.ts) for the day and says whether it is a working day; on a day off nothing is sent.
 */
import { formatDue } from '../domain/due.js';
import type { DueItem, DueReport, WaitingItem } from '../domain/due-report.js';
import { formatDayDateId } from '../domain/indonesian.js';
import type { Officer, Profile } from '../domain/profile.js';
import type { ComposedMail } from './compose-letter.js';

export interface MorningMail extends ComposedMail {
  officer: string;
  to: string;
  /** How many cases it lists. */
  cases: number;
}

export type MorningMails =
  | { sent: false; reason: 'notWorkingDay' }
  | {
      sent: true;
      mails: MorningMail[];
      /** Officers with something due but no e-mail address (`officer add --email`). */
      withoutEmail: string[];
      /** Officers with an address and nothing to report today. */
      nothingDue: string[];
    };

type Zone = Pick<Profile, 'timeZone' | 'zoneLabel' | 'unit' | 'agency'>;

const same = (a: string | null | undefined, b: string) =>
  (a ?? '').trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The reporter as an officer's mail may show them: never a shielded one. */
function who(item: { applicant: string; identity?: string }): string {
  if (item.identity === 'anonymous') return 'pelapor anonim';
  if (item.identity === 'protected') return 'pelapor dirahasiakan';
  return item.applicant;
}

function dueLine(item: DueItem, zone: Zone, serviceName: (s: string) => string): string {
  const late =
    item.lateWorkingDays !== undefined
      ? `, terlambat ${item.lateWorkingDays} hari kerja`
      : item.lateOfficeMinutes !== undefined
        ? `, terlambat ${item.lateOfficeMinutes} menit jam kerja`
        : '';
  const event = item.eventDate ? `, kegiatan ${formatDayDateId(item.eventDate)}` : '';
  const officer = item.officer ? ` [${item.officer}]` : '';
  return `- ${item.id} ${serviceName(item.service)} · ${who(item)} · ${item.subject} · jawab paling lambat ${formatDue(item.respondBy, zone)}${late}${event}${officer}`;
}

function waitingLine(item: WaitingItem, serviceName: (s: string) => string): string {
  return `- ${item.id} ${serviceName(item.service)} · ${who(item)} · ${item.subject} · diterima ${formatDayDateId(item.since)}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', `${title} (${lines.length})`, ...lines] : [];
}

/** One officer's mail from the items chosen for them; undefined when there is nothing to say. */
function mailFor(
  officer: Officer & { email: string },
  items: { overdue: DueItem[]; dueToday: DueItem[]; upcoming: DueItem[]; undisposed: (DueItem | WaitingItem)[] },
  date: string,
  zone: Zone,
  serviceName: (s: string) => string,
  within: number,
): MorningMail | undefined {
  const count = items.overdue.length + items.dueToday.length + items.upcoming.length + items.undisposed.length;
  if (!count) return undefined;
  const line = (i: DueItem) => dueLine(i, zone, serviceName);
  const body = [
    `Yth. ${officer.name},`,
    '',
    `Berikut tenggat jawaban per ${formatDayDateId(date)}.`,
    ...section('TERLAMBAT', items.overdue.map(line)),
    ...section('JATUH TEMPO HARI INI', items.dueToday.map(line)),
    ...section(`SEGERA (${within} hari kerja ke depan)`, items.upcoming.map(line)),
    ...section(
      'BELUM DIDISPOSISIKAN',
      items.undisposed.map((i) => ('respondBy' in i ? line(i) : waitingLine(i, serviceName))),
    ),
    '',
    'Rincian setiap kasus: `loket show NOMOR`; laporan lengkap: `loket due`.',
    '',
    [zone.unit, zone.agency].filter(Boolean).join(', '),
  ];
  const counts = [
    items.overdue.length && `${items.overdue.length} terlambat`,
    items.dueToday.length && `${items.dueToday.length} jatuh tempo hari ini`,
    items.upcoming.length && `${items.upcoming.length} segera`,
    items.undisposed.length && `${items.undisposed.length} belum didisposisikan`,
  ].filter(Boolean);
  return {
    officer: officer.name,
    to: officer.email,
    cases: count,
    subject: `Tenggat ${formatDayDateId(date)}: ${counts.join(', ')}`,
    text: body.join('\n'),
  };
}

/** The morning mails of the day: none on a day that is not a working day. */
export function morningMails(input: {
  report: DueReport;
  officers: Officer[];
  workingDay: boolean;
  zone: Zone;
  /** How many working days ahead `upcoming` looks (as the report was made). */
  within: number;
  serviceName: (service: string) => string;
}): MorningMails {
  if (!input.workingDay) return { sent: false, reason: 'notWorkingDay' };
  const { report } = input;
  const all = [...report.overdue, ...report.dueToday, ...report.upcoming];
  const undisposed = [...all.filter((i) => i.status === 'registered' && !i.officer), ...report.waiting.filter((w) => !w.officer)];
  const undisposedIds = new Set(undisposed.map((i) => i.id));
  const mails: MorningMail[] = [];
  const withoutEmail: string[] = [];
  const nothingDue: string[] = [];
  for (const officer of input.officers) {
    const leader = officer.roles.includes('disposisi');
    // Each case once: a leader finds the undisposed ones in their own section, with their respondBy.
    const mine = (i: DueItem) => (leader ? !undisposedIds.has(i.id) : same(i.officer, officer.name));
    const items = {
      overdue: report.overdue.filter(mine),
      dueToday: report.dueToday.filter(mine),
      upcoming: report.upcoming.filter(mine),
      undisposed: leader ? undisposed : [],
    };
    const hasAny = items.overdue.length + items.dueToday.length + items.upcoming.length + items.undisposed.length > 0;
    if (!officer.email) {
      if (hasAny) withoutEmail.push(officer.name);
      continue;
    }
    const mail = mailFor({ ...officer, email: officer.email }, items, report.date, input.zone, input.serviceName, input.within);
    if (mail) mails.push(mail);
    else nothingDue.push(officer.name);
  }
  return { sent: true, mails, withoutEmail, nothingDue };
}
