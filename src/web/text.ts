/**
 * The words of a page in the language of its request (pages are served to many people at once, so
 * not through the process-wide `t`): the catalogue, the office's labels, dates and numbers.
 */
import { readPackageJson } from '../data.js';
import { channels } from '../channels.js';
import { formatDayDateId, formatInstantId, formatNumberEn, formatNumberId, formatTimeId } from '../domain/indonesian.js';
import { dueOf } from '../domain/due.js';
import { formatDayDateEn } from '../domain/english-dates.js';
import { zonedParts } from '../domain/timezone.js';
import { en } from '../i18n/en.js';
import { id, type MessageKey } from '../i18n/id.js';
import type { Lang } from '../i18n/index.js';
import { label, type Labels } from '../render/document-labels.js';

let english: Labels | undefined;

/** What a page writes, in one language. */
export interface PageText {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The name of a stored key (service, requirement, channel) in the office's words. */
  label(table: keyof Labels, key: string): string;
  /** `2026-03-17` as "Selasa, 17 Maret 2026" / "Tuesday, 17 March 2026". */
  date(date: string): string;
  /** A stored date or instant in the office zone, with the day and (for an instant) the hour. */
  time(value: string, zone: { timeZone: string; zoneLabel: string }): string;
  num(n: number, digits?: number, fixed?: boolean): string;
}

/** The words of a page in `lang`. */
export function pageText(lang: Lang): PageText {
  const catalogue: Record<string, string> = lang === 'en' ? en : id;
  const date = lang === 'en' ? formatDayDateEn : formatDayDateId;
  return {
    lang,
    t(key, params = {}) {
      const message = catalogue[key] ?? key;
      // Most of a page's words have no parameter: not run through the pattern, thousands of times a second.
      return message.includes('{')
        ? message.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all))
        : message;
    },
    label(table, key) {
      if (lang !== 'en') return label(table, key);
      if (table === 'channel') return channels()[key]?.en ?? label(table, key);
      english ??= readPackageJson<Labels>('data/labels-en.json');
      return english?.[table]?.[key] ?? key;
    },
    date,
    time(value, zone) {
      const due = dueOf(value);
      if (due.kind === 'date') return date(due.date);
      if (lang !== 'en') return formatInstantId(due.ms, zone.timeZone, zone.zoneLabel);
      return `${date(zonedParts(due.ms, zone.timeZone).date)} at ${formatTimeId(due.ms, zone.timeZone, zone.zoneLabel)}`;
    },
    num: (n, digits = 2, fixed = false) => (lang === 'en' ? formatNumberEn(n, digits, fixed) : formatNumberId(n, digits, fixed)),
  };
}
