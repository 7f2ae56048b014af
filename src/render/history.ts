/**
 * The audit trail of a case as readable lines: every field by its name and every value in words
 * (statuses, outcomes, requirements, roles, dates, numbers), groups as indented lines, never a
 * stored key or JSON.
 */
import { CRITERIA } from '../domain/imnkk.js';
import type { AuditEvent } from '../domain/model.js';
import { num, t, tOr } from '../i18n/index.js';
import { kindLabel, storedTimeText, uiLabel } from './interface-labels.js';

type Zone = { timeZone: string; zoneLabel: string };

const isGroup = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A stored key turned into words when the catalogue has no name for it ("clockStopped" → "clock stopped"). */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The name of a recorded field; words of the key itself when the catalogue has none. */
export function fieldLabel(key: string): string {
  return tOr(`field.${key}`, words(key));
}

/** A list in words: requirements by their names, criteria with theirs, anything else joined. */
function listText(key: string, values: unknown[], zone: Zone): string {
  if (!values.length) return '-';
  if (key === 'met' || key === 'missing' || key === 'unmetKeys') return values.map((v) => uiLabel('requirement', String(v))).join('; ');
  if (key === 'criteria') return values.map((v, i) => `${CRITERIA[i] ?? i + 1}: ${scalarText('score', v, zone)}`).join('; ');
  if (key === 'declared')
    return values
      .map((v) =>
        isGroup(v) ? t('history.declared', { name: String(v.name), role: uiLabel('attachmentRole', String(v.role)) }) : String(v),
      )
      .join('; ');
  return values.map((v) => (isGroup(v) ? groupInline(v, zone) : scalarText(key, v, zone))).join('; ');
}

/** A group written on one line, for a list of groups: "nama: nilai, nama: nilai". */
function groupInline(group: Record<string, unknown>, zone: Zone): string {
  return Object.entries(group)
    .map(
      ([k, v]) =>
        `${fieldLabel(k)}: ${Array.isArray(v) ? listText(k, v, zone) : isGroup(v) ? groupInline(v, zone) : scalarText(k, v, zone)}`,
    )
    .join(', ');
}

/** One value in words: stored keys (status, service, channel, outcome…) by their names, dates and numbers as people write them. */
function scalarText(key: string, value: unknown, zone: Zone): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') return key === 'index' || !Number.isInteger(value) ? num(value, 2, true) : String(value);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}.*)?$/.test(text)) return storedTimeText(text, zone);
  if (key === 'status') return tOr(`status.${text}`, text);
  if (key === 'service' || key === 'channel' || key === 'urgency' || key === 'mode') return uiLabel(key, text);
  if (key === 'kind' && (text === 'letter' || text === 'walkin')) return kindLabel(text);
  // An e-mail's kind (what it carries: a reply, a receipt…) and a draft's (a reply, a certificate).
  if (key === 'kind') return tOr(`outbox.kind.${text}`, text);
  if (key === 'draft') return tOr(`draftKind.${text}`, text);
  if (key === 'reportType' || key === 'identity' || key === 'substantiated' || key === 'outcome' || key === 'activity')
    return tOr(`${key}.${text}`, text);
  if (key === 'via') return tOr(`via.${text}`, uiLabel('channel', text));
  if (key === 'key') return uiLabel('requirement', text);
  if (key === 'role') return uiLabel('attachmentRole', text);
  return text;
}

/** The lines of one changed field at `depth`: "nama: nilai", or the name and its group's fields indented below. */
function changeLines(key: string, value: unknown, zone: Zone, depth: number): string[] {
  const pad = '    '.repeat(depth);
  if (isGroup(value)) {
    const inner = Object.entries(value).flatMap(([k, v]) => changeLines(k, v, zone, depth + 1));
    return inner.length ? [`${pad}${fieldLabel(key)}:`, ...inner] : [`${pad}${fieldLabel(key)}: -`];
  }
  const text = Array.isArray(value) ? listText(key, value, zone) : scalarText(key, value, zone);
  return [`${pad}${fieldLabel(key)}: ${text}`];
}

/**
 * The name of a recorded action ("letter:reply" → "surat jawaban ditandatangani dan diberi nomor") in
 * the interface language; a draft by what was prepared ("konsep surat jawaban disiapkan").
 */
export function actionLabel(action: string, changes: Record<string, unknown> = {}): string {
  if (action === 'letter:draft' && typeof changes.draft === 'string')
    return tOr(`action.letter.draft.${changes.draft}`, t('action.letter.draft'));
  const whole = `action.${action.replace(':', '.')}`;
  const head = `action.${action.split(':')[0]}`;
  // A letter of a reopened case ("letter:reply-2") is named as the first.
  const numbered = whole.replace(/-\d+$/, '');
  return tOr(whole, tOr(numbered, tOr(head, action)));
}

/** One block per event: when, who, what, and the fields it changed. */
export function renderHistory(events: AuditEvent[], zone: Zone): string {
  const lines: string[] = [];
  for (const e of events) {
    // On the database, the login that wrote it beside the officer (issue 32).
    const who = e.login && e.login !== e.by ? `${e.by} (${t('history.login', { login: e.login })})` : e.by;
    lines.push(`${storedTimeText(e.at, zone)}  ${who}  ${actionLabel(e.action, e.changes)}`);
    for (const [k, v] of Object.entries(e.changes)) lines.push(...changeLines(k, v, zone, 1));
  }
  return lines.join('\n');
}
