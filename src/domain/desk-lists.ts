/**
 * What waits for the officer at the desk, as an e-office opens: counters by role, each opening its
 * list. A leader sees what is not disposed yet; an officer what was disposed to them (overdue first),
 * what is due today, what is late and whose papers are awaited; a signatory the letters waiting for a
 * signature; the counter today's walk-ins (and the mail waiting, once the mailbox counts it); the
 * IM-NKK team each agency's stage and next date. Pure: cases, officer and clock in, lists out.
 */
import { deadlineMs, dueOf } from './due.js';
import { shownApplicant, type Shield } from './identity.js';
import { imnkkSummary, type Stage } from './imnkk.js';
import { applicantLine, isOpen, type Case, type CaseKind, type ReportType, type Service, type Status } from './model.js';
import type { OfficeClock } from './office-hours.js';
import type { Officer } from './profile.js';
import { isMet, missingRequirements, type Checklists } from './requirements.js';
import { respondBy } from './respond-by.js';
import { holds } from './roles.js';
import { localDate } from './timezone.js';

/** The counters of the start screen, in the order they are shown. */
export const DESK_LISTS = ['undisposed', 'mine', 'dueToday', 'overdue', 'papers', 'toSign', 'walkinsToday', 'mail', 'imnkk'] as const;
export type DeskListKey = (typeof DESK_LISTS)[number];

/** One case in a list: what a line of the list shows, and what the ranking goes by. */
export interface DeskItem {
  id: string;
  agendaNumber: number;
  service: Service;
  kind: CaseKind;
  status: Status;
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
  subject: string;
  /** The due the office works to (null while an IM-NKK request waits for its requirements). */
  respondBy: string | null;
  overdue: boolean;
  officer: string | null;
  receivedAt: string;
  /** The requirements still missing (in the papers list). */
  missing?: string[];
  /** The draft waiting for a signature, and who prepared it (in the list to sign). */
  draft?: { kind: 'reply' | 'certificate'; by: string };
}

/** One IM-NKK assessment: where it stands and the next date the team works to. */
export interface ImnkkDeskItem {
  id: string;
  agency: string;
  stage: Stage;
  next: { date: string; what: 'visit' | 'due' } | null;
  daysLeft: number | null;
}

export interface DeskList {
  key: DeskListKey;
  /** How many; for the mail counter, the number the mailbox gives (its list is the mailbox's own). */
  count: number;
  items: DeskItem[];
}

export interface Desk {
  lists: DeskList[];
  /** The IM-NKK team's overview (when the officer is on it). */
  imnkk?: ImnkkDeskItem[];
}

export interface DeskInput {
  /** Open cases, with the answered ones whose papers are awaited and today's walk-ins (a case once). */
  cases: readonly Case[];
  officer: string;
  officers: readonly Officer[];
  /** Today in the office zone, and now. */
  date: string;
  nowMs: number;
  clock: OfficeClock;
  checklists: Checklists;
  /** Messages waiting in the office mailbox; undefined while no mailbox is connected (no counter then). */
  mailWaiting?: number;
}

const sameName = (a: string | undefined, b: string) =>
  !!a && a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The papers a case waits for from its applicant: those an "incomplete" answer asked for and that have
 * not come, or an IM-NKK request's requirements before its clock starts; empty when it waits for none.
 */
export function awaitedPapers(c: Case, checklists: Checklists): string[] {
  if (c.decision?.outcome === 'incomplete' && (c.status === 'decided' || c.status === 'answered'))
    return (c.decision.missing ?? []).filter((key) => !isMet(key, c));
  if (c.service === 'imnkk' && isOpen(c) && c.answerDue === null) return missingRequirements(c, checklists);
  return [];
}

/** The lists of the desk officer's roles, each ranked by the due the office works to (overdue first). */
export function deskLists(input: DeskInput): Desk {
  const { officer, officers, date, nowMs, clock, checklists } = input;
  const has = (role: Parameters<typeof holds>[2]) => holds(officers, officer, role);
  const item = (c: Case): DeskItem => {
    const by = c.status === 'answered' ? null : respondBy(c, clock.calendar, clock.timeZone);
    return {
      id: c.id,
      agendaNumber: c.agendaNumber,
      service: c.service,
      kind: c.kind,
      status: c.status,
      ...shownApplicant(c, applicantLine(c.applicant)),
      ...(c.report ? { reportType: c.report.type } : {}),
      subject: c.subject,
      respondBy: by,
      overdue: by !== null && isLate(by, date, nowMs, clock.timeZone),
      officer: c.officer ?? null,
      receivedAt: c.receivedAt,
    };
  };
  const byDue = (a: DeskItem, b: DeskItem) => rank(a, clock.timeZone) - rank(b, clock.timeZone) || a.id.localeCompare(b.id);
  const open = input.cases.filter(isOpen);
  const mine = open.filter((c) => sameName(c.officer, officer)).map(item);
  const lists: DeskList[] = [];
  const add = (key: DeskListKey, items: DeskItem[], count = items.length) => lists.push({ key, count, items });
  if (has('disposisi'))
    add(
      'undisposed',
      open
        .filter((c) => c.status === 'registered')
        .map(item)
        .sort(byDue),
    );
  if (has('analis')) {
    mine.sort(byDue);
    add('mine', mine);
    add(
      'dueToday',
      mine.filter((i) => !i.overdue && i.respondBy !== null && dayOf(i.respondBy, clock.timeZone) === date),
    );
    add(
      'overdue',
      mine.filter((i) => i.overdue),
    );
  }
  // The counter takes papers for every case; an officer follows the papers of their own.
  if (has('analis') || has('penerima')) {
    const papers = input.cases.filter((c) => (has('penerima') || sameName(c.officer, officer)) && awaitedPapers(c, checklists).length);
    add('papers', papers.map((c) => ({ ...item(c), missing: awaitedPapers(c, checklists) })).sort(byDue));
  }
  if (has('penandatangan'))
    add(
      'toSign',
      open
        .filter((c) => c.draft)
        .map((c) => ({ ...item(c), ...(c.draft ? { draft: { kind: c.draft.kind, by: c.draft.by } } : {}) }))
        .sort(byDue),
    );
  if (has('penerima')) {
    const today = input.cases.filter((c) => c.kind === 'walkin' && localDate(Date.parse(c.receivedAt), clock.timeZone) === date);
    add(
      'walkinsToday',
      today.map(item).sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id.localeCompare(b.id)),
    );
    if (input.mailWaiting !== undefined) add('mail', [], input.mailWaiting);
  }
  const desk: Desk = { lists };
  if (has('analis')) desk.imnkk = imnkkOverview(open, date);
  return desk;
}

/** Each open IM-NKK assessment: its stage, and the next planned visit or else the 12-month due, soonest first. */
export function imnkkOverview(cases: readonly Case[], date: string): ImnkkDeskItem[] {
  return cases
    .filter((c) => c.service === 'imnkk' && isOpen(c))
    .map((c) => {
      const summary = imnkkSummary(c, date);
      const visit = c.imnkk?.verifications.find((v) => v.planned && v.date >= date)?.date;
      const due = c.answerDue === null ? undefined : dueOf(c.answerDue);
      const next = visit ? { date: visit, what: 'visit' as const } : due?.kind === 'date' ? { date: due.date, what: 'due' as const } : null;
      return { id: c.id, agency: summary.agency, stage: summary.stage, next, daysLeft: summary.daysLeft };
    })
    .sort((a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999') || a.id.localeCompare(b.id));
}

/** Whether a due has passed: a day once it is over, an instant once it is reached. */
function isLate(due: string, date: string, nowMs: number, timeZone: string): boolean {
  const d = dueOf(due);
  return d.kind === 'date' ? d.date < date : d.ms < nowMs || localDate(d.ms, timeZone) < date;
}

function dayOf(due: string, timeZone: string): string {
  const d = dueOf(due);
  return d.kind === 'date' ? d.date : localDate(d.ms, timeZone);
}

/** The ranking key: the last instant the due allows; a case with no due yet goes last. */
function rank(i: DeskItem, timeZone: string): number {
  return i.respondBy === null ? Number.MAX_SAFE_INTEGER : deadlineMs(i.respondBy, timeZone);
}
