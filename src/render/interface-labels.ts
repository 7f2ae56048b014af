/**
 * Interface wording: what people read on the screen for stored keys (services, channels,
 * requirements, kinds, statuses, steps) and for dates and times, in the interface language
 * (LOKET_LANG). Indonesian from the office's `templates/labels.json` (the names its documents use),
 * English from `data/labels-en.json`; statuses, kinds and steps from the catalogue. Documents use
 * document-labels.ts, always Indonesian.
 */
import { channelInfo } from '../channels.js';
import { readPackageJson } from '../data.js';
import { formatDateId, formatDayDateId, formatInstantId, formatTimeId } from '../domain/indonesian.js';
import { formatDateEn, formatDayDateEn } from '../domain/english-dates.js';
import { zonedParts } from '../domain/timezone.js';
import { language, t } from '../i18n/index.js';
import { dueOf } from '../domain/due.js';
import type { Shield } from '../domain/identity.js';
import { label, type Labels } from './document-labels.js';

let english: Labels | undefined;

/** The name of `key` in a label table, in the interface language. */
export function uiLabel(table: keyof Labels, key: string): string {
  if (language() !== 'en') return label(table, key);
  if (table === 'channel') return channelInfo(key)?.en ?? label(table, key);
  english ??= readPackageJson<Labels>('data/labels-en.json');
  const names = english?.[table];
  return names && Object.hasOwn(names, key) ? (names[key] ?? key) : key;
}

/** The applicant column of a list: the applicant's line, or what stands for a shielded reporter. */
export function applicantCell(row: { applicant: string; identity?: Shield }): string {
  return row.identity ? t(`identity.${row.identity}`) : row.applicant;
}

/** The kind of a case: a letter or a walk-in. */
export function kindLabel(kind: 'letter' | 'walkin'): string {
  return t(kind === 'walkin' ? 'caseKind.walkin' : 'caseKind.letter');
}

/** A date as people read it: "17 Maret 2026" (or "17 March 2026"); with `day`, the day name first. */
export function dateText(date: string, day = false): string {
  if (language() !== 'en') return day ? formatDayDateId(date) : formatDateId(date);
  return day ? formatDayDateEn(date) : formatDateEn(date);
}

/** A month (`2026-03`) as people read it: "Maret 2026" (or "March 2026"). */
export function monthText(month: string): string {
  return dateText(`${month}-01`).replace(/^1 /, '');
}

/** A time of day (`09:00`) as written in the interface language: 09.00 in Indonesian. */
export function timeText(time: string): string {
  return language() === 'en' ? time : time.replace(':', '.');
}

/** An instant as people read it: "Selasa, 17 Maret 2026 pukul 09.00 WIB" (or "Tuesday, 17 March 2026 at 09.00 WIB"). */
export function instantText(ms: number, zone: { timeZone: string; zoneLabel: string }): string {
  if (language() !== 'en') return formatInstantId(ms, zone.timeZone, zone.zoneLabel);
  return `${dateText(zonedParts(ms, zone.timeZone).date, true)} at ${formatTimeId(ms, zone.timeZone, zone.zoneLabel)}`;
}

/** A stored instant or date string as people read it. */
export function storedTimeText(value: string, zone: { timeZone: string; zoneLabel: string }): string {
  const time = dueOf(value);
  return time.kind === 'date' ? dateText(time.date, true) : instantText(time.ms, zone);
}
