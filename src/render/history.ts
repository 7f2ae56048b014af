/** The audit trail of a case as readable lines. */
import type { AuditEvent } from '../domain/model.js';
import { t, tOr } from '../i18n/index.js';
import { kindLabel, storedTimeText, uiLabel } from './ui-labels.js';

type Zone = { timeZone: string; zoneLabel: string };

/** A changed value, with stored keys (status, service, channel, kind) shown by their names. */
function describe(key: string, value: unknown, zone: Zone): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'object') return Array.isArray(value) && value.length === 0 ? '-' : JSON.stringify(value);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}.*)?$/.test(text)) return storedTimeText(text, zone);
  if (key === 'status') return tOr(`status.${text}`, text);
  if (key === 'service' || key === 'channel' || key === 'urgency' || key === 'mode') return uiLabel(key, text);
  if (key === 'kind' && (text === 'letter' || text === 'walkin')) return kindLabel(text);
  if (key === 'reportType' || key === 'identity' || key === 'substantiated') return tOr(`${key}.${text}`, text);
  if (key === 'via') return tOr(`via.${text}`, uiLabel('channel', text));
  return text;
}

/** The name of a recorded action ("letter:reply" → "surat jawaban bernomor") in the interface language. */
export function actionLabel(action: string): string {
  const whole = `action.${action.replace(':', '.')}`;
  const head = `action.${action.split(':')[0]}`;
  return tOr(whole, tOr(head, action));
}

/** The name of a recorded field; the key itself when the catalogue has none. */
function fieldLabel(key: string): string {
  const name = `field.${key}`;
  return tOr(name, key);
}

/** One block per event: when, who, what, and the fields it changed. */
export function renderHistory(events: AuditEvent[], zone: Zone): string {
  const lines: string[] = [];
  for (const e of events) {
    lines.push(`${storedTimeText(e.at, zone)}  ${e.by}  ${actionLabel(e.action)}`);
    for (const [k, v] of Object.entries(e.changes)) lines.push(`    ${fieldLabel(k)}: ${describe(k, v, zone)}`);
  }
  return lines.join('\n');
}
