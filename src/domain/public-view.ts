/**
 * What the public page shows of a case to whoever holds its tracking code: the number, the service,
 * when it was received, the steps taken and when, what is missing, when the answer is due, and how
 * it was answered. Built from an allow-list: never an officer's name, note or instruction, an
 * attachment, the subject, or the reporter (anyone may hold a code someone else let slip).
 */
import type { WorkingCalendar } from './calendar.js';
import type { Case, CaseKind, Outcome, ReportType, Service, Status } from './model.js';
import { missingRequirements, type Checklists } from './requirements.js';
import { respondBy } from './respond-by.js';

/** The steps the public page names; every other event of a case (a reprint, a revealed identity) is not shown. */
export const PUBLIC_STEPS = [
  'received',
  'requirements',
  'disposed',
  'analysed',
  'examined',
  'decided',
  'letter',
  'verification',
  'plenary',
  'certificate',
  'revoked',
  'answered',
  'reopened',
] as const;
export type PublicStep = (typeof PUBLIC_STEPS)[number];

/** How a case was answered: when, by which way, whether in time, the decision and the letter's number. */
export interface PublicAnswer {
  at: string;
  via: string;
  onTime: boolean;
  outcome: Outcome | null;
  letterNumber: string | null;
  letterDate: string | null;
}

/** The public view of a case (also the page's JSON). */
export interface PublicView {
  id: string;
  service: Service;
  reportType?: ReportType;
  kind: CaseKind;
  status: Status;
  receivedAt: string;
  /** The answer due, or the last working day before the event when that comes first. */
  respondBy: string | null;
  answerDue: string | null;
  /** Requirement keys not met yet. */
  missing: string[];
  steps: { step: PublicStep; at: string }[];
  answer: PublicAnswer | null;
}

/** The public step an audit action stands for, or undefined for what the public does not see. */
export function publicStep(action: string, service: Service): PublicStep | undefined {
  if (action.startsWith('letter:')) {
    // A draft is the office's own work in progress: the public sees the letter once, when it is signed and numbered.
    if (action === 'letter:reprint' || action === 'letter:draft') return undefined;
    return service === 'imnkk' && action.startsWith('letter:imnkk-recommendation') ? 'certificate' : 'letter';
  }
  const steps: Record<string, PublicStep> = {
    register: 'received',
    import: 'received',
    requirements: 'requirements',
    'imnkk:requirements': 'requirements',
    'imnkk:unmet': 'requirements',
    dispose: 'disposed',
    analyse: 'analysed',
    examine: 'examined',
    decide: 'decided',
    'imnkk:verify': 'verification',
    'imnkk:plenary': 'plenary',
    'imnkk:revoke': 'revoked',
    send: 'answered',
    reopen: 'reopened',
  };
  return Object.hasOwn(steps, action) ? steps[action] : undefined;
}

/** The public view of a case, given the office's checklists and calendar. */
export function publicView(c: Case, office: { checklists: Checklists; calendar: WorkingCalendar; timeZone: string }): PublicView {
  const steps: PublicView['steps'] = [];
  for (const e of c.events) {
    const step = publicStep(e.action, c.service);
    // Receipt is when the office received the request, which a letter's registration may record later.
    if (step) steps.push({ step, at: step === 'received' ? c.receivedAt : e.at });
  }
  const answered = c.status === 'answered' && c.answer;
  return {
    id: c.id,
    service: c.service,
    ...(c.report ? { reportType: c.report.type } : {}),
    kind: c.kind,
    status: c.status,
    receivedAt: c.receivedAt,
    respondBy: respondBy(c, office.calendar, office.timeZone),
    answerDue: c.answerDue,
    missing: missingRequirements(c, office.checklists),
    steps,
    answer: answered
      ? {
          at: c.answer!.at,
          via: c.answer!.via,
          onTime: c.answer!.onTime,
          outcome: c.decision?.outcome ?? null,
          letterNumber: c.reply?.letterNumber ?? null,
          letterDate: c.reply?.date ?? null,
        }
      : null,
  };
}
