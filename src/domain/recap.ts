/** The monthly service recap: the figures a public-service standard is judged by. */
import type { WorkingCalendar } from './calendar.js';
import { ACTIVITIES, CHANNELS, REPORT_TYPES, SERVICES, isOpen, type Activity, type Case, type ReportType } from './model.js';

/** Figures of one group of cases; the names are fixed because scheduled jobs read them. */
export interface Figures {
  received: number;
  answered: number;
  onTime: number;
  onTimePercent: number | null;
  medianWorkingDays: number | null;
  maxWorkingDays: number | null;
  open: number;
  late: number;
  /** Answers given on or after their event's day (sosialisasi with an event date). */
  afterEvent: number;
  /** Of the answered, those answered with information alone, without a decision (counted apart, not a column of the tables). */
  information: number;
}

/** The figures in the order reports show them. */
export const RECAP_FIELDS: readonly (keyof Figures)[] = [
  'received',
  'answered',
  'onTime',
  'onTimePercent',
  'medianWorkingDays',
  'maxWorkingDays',
  'open',
  'late',
  'afterEvent',
];

export type Breakdown = Figures & { byChannel: Record<string, Figures> };

export interface Recap {
  month: string;
  /** Sosialisasi requests received in the month by the form of activity asked for (those that named one). */
  activities: Record<Activity, number>;
  services: Record<string, Breakdown>;
  /** Reports to the pengaduan service by type, each with its channels. */
  reportTypes: Record<ReportType, Breakdown>;
  total: Breakdown;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const upper = s[mid] ?? 0;
  return s.length % 2 ? upper : ((s[mid - 1] ?? upper) + upper) / 2;
}

/** Figures of a set of cases (all received in the month): answered so far, on time, how fast. */
export function figuresOf(cases: Case[], calendar: WorkingCalendar): Figures {
  const answers = cases.flatMap((c) => (c.answer ? [{ c, answer: c.answer }] : []));
  const answered = answers.map(({ c }) => c);
  const onTime = answers.filter(({ answer }) => answer.onTime).length;
  const days = answers.map(({ c, answer }) => calendar.workingDaysBetween(c.receivedAt.slice(0, 10), answer.at.slice(0, 10)));
  return {
    received: cases.length,
    answered: answered.length,
    onTime,
    onTimePercent: answered.length ? Math.round((onTime / answered.length) * 1000) / 10 : null,
    medianWorkingDays: median(days),
    maxWorkingDays: days.length ? Math.max(...days) : null,
    open: cases.filter(isOpen).length,
    late: cases.filter((c) => c.leadTime && !c.leadTime.ok).length,
    afterEvent: answers.filter(({ answer }) => answer.beforeEvent === false).length,
    information: answers.filter(({ answer }) => answer.information).length,
  };
}

function breakdown(cases: Case[], calendar: WorkingCalendar, channels: readonly string[]): Breakdown {
  const byChannel: Record<string, Figures> = {};
  // Every listed channel (scheduled jobs read fixed names), and any other a case came through.
  for (const ch of new Set([...channels, ...cases.map((c) => c.channel)]))
    byChannel[ch] = figuresOf(
      cases.filter((c) => c.channel === ch),
      calendar,
    );
  return { ...figuresOf(cases, calendar), byChannel };
}

/** The recap of the cases received in `month` (YYYY-MM), per service and channel, reports per type, with totals. */
export function monthlyRecap(month: string, cases: Case[], calendar: WorkingCalendar, channels: readonly string[] = CHANNELS): Recap {
  const inMonth = cases.filter((c) => c.receivedAt.startsWith(month));
  const services: Record<string, Breakdown> = {};
  for (const s of SERVICES)
    services[s] = breakdown(
      inMonth.filter((c) => c.service === s),
      calendar,
      channels,
    );
  const reports = inMonth.filter((c) => c.service === 'pengaduan');
  // A pengaduan registered before reports had types counts as a complaint.
  const typeOf = (c: Case): ReportType => c.report?.type ?? 'pengaduan';
  const reportTypes = Object.fromEntries(
    REPORT_TYPES.map((type) => [
      type,
      breakdown(
        reports.filter((c) => typeOf(c) === type),
        calendar,
        channels,
      ),
    ]),
  ) as Record<ReportType, Breakdown>;
  const activities = Object.fromEntries(ACTIVITIES.map((a) => [a, inMonth.filter((c) => c.activity === a).length])) as Record<
    Activity,
    number
  >;
  return { month, services, reportTypes, total: breakdown(inMonth, calendar, channels), activities };
}

/** The report types that had reports in the month, in the order of REPORT_TYPES. */
export function reportTypeRows(r: Recap): [ReportType, Breakdown][] {
  return REPORT_TYPES.filter((type) => r.reportTypes[type].received).map((type) => [type, r.reportTypes[type]]);
}
