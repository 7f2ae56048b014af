/** How a case is shown: the stored case plus what is derived from it (missing requirements). */
import type { Case } from '../domain/model.js';
import { missingRequirements } from '../domain/requirements.js';
import { checklists } from './checklists.js';

/** The case as `show --json` prints it. */
export function caseView(c: Case): Case & { missing: string[] } {
  return { ...c, missing: missingRequirements(c, checklists()) };
}

export interface RegistrationView {
  id: string;
  agendaNumber: number;
  service: Case['service'];
  kind: Case['kind'];
  receivedAt: string;
  answerDue: string | null;
  missing: string[];
  leadTime?: Case['leadTime'];
  receipt: string | null;
}

/** The registration result: what the counter needs to tell the applicant. */
export function registrationView(c: Case, receipt: string | null): RegistrationView {
  return {
    id: c.id,
    agendaNumber: c.agendaNumber,
    service: c.service,
    kind: c.kind,
    receivedAt: c.receivedAt,
    answerDue: c.answerDue,
    missing: missingRequirements(c, checklists()),
    ...(c.leadTime ? { leadTime: c.leadTime } : {}),
    receipt,
  };
}
