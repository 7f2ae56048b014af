/** The audit trail of a case as readable lines. */
import type { AuditEvent } from '../domain/model.js';
import { t } from '../i18n/index.js';

function describe(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One block per event: when, who, what, and the fields it changed. */
export function renderHistory(events: AuditEvent[]): string {
  const lines: string[] = [];
  for (const e of events) {
    lines.push(`${e.at}  ${e.by}  ${t(`action.${e.action.split(':')[0]}`)}`);
    for (const [k, v] of Object.entries(e.changes)) lines.push(`    ${k}: ${describe(v)}`);
  }
  return lines.join('\n');
}
