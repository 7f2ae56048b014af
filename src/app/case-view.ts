/** How a case is shown: the stored case (its reporter shielded) plus what is derived from it (missing requirements). */
import { identityShield, shieldCase, type Shield } from '../domain/identity.js';
import type { Case } from '../domain/model.js';
import { missingRequirements } from '../domain/requirements.js';
import { t } from '../i18n/index.js';
import { checklists } from './checklists.js';

/** The case as loket shows it: a shielded reporter replaced by the interface's words, unless revealed on the record. */
export function shownCase(c: Case, reveal = false): Case {
  return reveal ? c : shieldCase(c, { anonymous: t('identity.anonymous'), protected: t('identity.protected') });
}

/** The case as `show --json` prints it. */
export function caseView(c: Case, reveal = false): Case & { missing: string[]; identity?: Shield } {
  const shield = identityShield(c);
  return { ...shownCase(c, reveal), missing: missingRequirements(c, checklists()), ...(shield ? { identity: shield } : {}) };
}

export interface RegistrationView {
  id: string;
  agendaNumber: number;
  /** What the applicant quotes on the public page (`loket serve`). */
  trackingCode: string;
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
    trackingCode: c.trackingCode ?? '',
    service: c.service,
    kind: c.kind,
    receivedAt: c.receivedAt,
    answerDue: c.answerDue,
    missing: missingRequirements(c, checklists()),
    ...(c.leadTime ? { leadTime: c.leadTime } : {}),
    receipt,
  };
}
