/** The reports that name a case (`--about`): found through the search index, so no case but theirs is read. */
import type { AuditEvent } from '../domain/model.js';
import type { CaseSummary, Store } from '../store/store.js';

/** The summaries of the reports about case `id`, oldest first. */
export async function reportsAbout(store: Store, id: string): Promise<CaseSummary[]> {
  const found = await store.search(id);
  return found.filter((s) => s.about === id).sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
}

/**
 * The history of a case with the reports about it: each appears, when it was received, as an event
 * of the case (derived from the report, so it cannot disagree with it and needs no second write).
 */
export async function historyWithReports(store: Store, id: string, events: AuditEvent[]): Promise<AuditEvent[]> {
  const reports = await reportsAbout(store, id);
  if (!reports.length) return events;
  const received = await Promise.all(
    reports.map(async (r) => {
      const report = await store.get(r.id);
      const event: AuditEvent = {
        at: report.receivedAt,
        by: report.receivedBy,
        action: 'complaint',
        changes: { report: r.id, reportType: r.reportType ?? 'pengaduan', channel: report.channel },
      };
      return event;
    }),
  );
  return [...events, ...received].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
