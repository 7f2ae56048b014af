/** The audit trail of a case as readable lines. */
import type { AuditEvent } from '../domain/model.js';
import { isMessageKey, t } from '../i18n/index.js';

function describe(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One block per event: when, who, what, and the fields it changed. */
export function renderHistory(events: AuditEvent[]): string {
  const lines: string[] = [];
  for (const e of events) {
    const action = `action.${e.action.split(':')[0]}`;
    lines.push(`${e.at}  ${e.by}  ${isMessageKey(action) ? t(action) : e.action}`);
    for (const [k, v] of Object.entries(e.changes)) lines.push(`    ${k}: ${describe(v)}`);
  }
  return lines.join('\n');
}
