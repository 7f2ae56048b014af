/** Looking at one case: everything derived from it, the reports about it, and its history. */
import { authorize } from './authorize.js';
import { identityShield } from '../domain/identity.js';
import type { AuditEvent, Case, ReportType } from '../domain/model.js';
import { respondBy } from '../domain/respond-by.js';
import { InputError } from '../errors.js';
import { caseView, shownCase } from './case-view.js';
import { historyWithReports, reportsAbout } from './related-reports.js';
import type { Session } from './session.js';

/** The case as `show` presents it. */
export type CaseDetails = ReturnType<typeof caseView> & {
  respondBy: string | null;
  about?: { id: string; subject: string; status: Case['status'] };
  reports?: { id: string; reportType: ReportType | undefined; status: Case['status'] }[];
};

/**
 * One case with what is derived from it. Looking behind a protected reporter's shield needs a reason
 * and is recorded first: who looked, when and why, in the case's own history.
 */
export async function showCase(s: Session, input: { id: string; revealIdentity?: boolean; reason?: string }): Promise<CaseDetails> {
  const store = s.store();
  let c = await store.get(input.id);
  if (input.revealIdentity) await authorize(s, 'revealIdentity');
  if (input.revealIdentity && !input.reason?.trim()) throw InputError.of('reason', 'input.revealReason');
  const reveal = !!input.revealIdentity && !!identityShield(c);
  if (reveal) c = await store.update(c.id, 'reveal-identity', (c) => ({ value: c, changes: { reason: input.reason } }));
  const clock = await s.clock();
  const about = c.report?.about ? await store.get(c.report.about).catch(() => undefined) : undefined;
  const reports = (await reportsAbout(store, c.id)).map((r) => ({ id: r.id, reportType: r.reportType, status: r.status }));
  // When the answer must go out: the answer due, or the last working day before the event when earlier.
  return {
    ...caseView(c, reveal),
    respondBy: respondBy(c, clock.calendar, clock.timeZone),
    ...(about ? { about: { id: about.id, subject: about.subject, status: about.status } } : {}),
    ...(reports.length ? { reports } : {}),
  };
}

/** Every recorded change of a case, with the reports about it where they came in; a shielded reporter stays shielded. */
export async function caseHistory(s: Session, id: string): Promise<AuditEvent[]> {
  const store = s.store();
  const c = shownCase(await store.get(id));
  return historyWithReports(store, c.id, c.events);
}
