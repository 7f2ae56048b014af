/** The message catalogue: Indonesian by default, English with LOKET_LANG=en. */
import { formatNumberEn, formatNumberId } from '../domain/indonesian.js';
import { id, type MessageKey } from './id.js';

export type { MessageKey };
export type Lang = 'id' | 'en';

let current: Record<MessageKey, string> = id;
let currentLang: Lang = 'id';

/** Chooses the language from LOKET_LANG (`en` or `id`; anything else falls back to Indonesian). */
export async function setLanguage(lang: string | undefined): Promise<Lang> {
  const chosen: Lang = lang?.toLowerCase().startsWith('en') ? 'en' : 'id';
  // The English catalogue is loaded only when asked for.
  current = chosen === 'en' ? (await import('./en.js')).en : id;
  currentLang = chosen;
  return chosen;
}

/** A message with `{name}` placeholders filled; an unknown key is shown as itself so nothing is lost. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = current[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : all));
}

/** The interface language in use. */
export function language(): Lang {
  return currentLang;
}

/** The message of a key built at run time (a stored action, a status), or `fallback` when the catalogue has none. */
export function tOr(key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** Whether a text built at run time (e.g. from a stored action) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  // The catalogue is a chain of parts (join.ts) whose last part has no prototype: `in` sees them all, and nothing else.
  return key in id;
}

/** A number in the interface language: 0,73 and 12.345 in Indonesian, 0.73 and 12,345 in English. */
export function num(n: number, digits = 2, fixed = false): string {
  return currentLang === 'en' ? formatNumberEn(n, digits, fixed) : formatNumberId(n, digits, fixed);
}
