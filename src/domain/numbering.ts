/** Letter and agenda numbers from the office's pattern, e.g. `B-{seq}/JP.01/{MM}/{YYYY}`. */

const PLACEHOLDER_RE = /\{(seq(?::(\d))?|MM|YYYY|DD)\}/g;
const ANY_PLACEHOLDER_RE = /\{[^}]*\}/g;

/** Placeholders in a pattern that are not known (empty when the pattern is usable); `{seq}` is required. */
export function patternProblems(pattern: string): string[] {
  const unknown = (pattern.match(ANY_PLACEHOLDER_RE) ?? []).filter((p) => !/^\{(seq(:\d)?|MM|YYYY|DD)\}$/.test(p));
  if (!/\{seq(:\d)?\}/.test(pattern)) unknown.push('{seq}');
  return unknown;
}

/** Fills a pattern with the running number and the date of the letter (`YYYY-MM-DD`). */
export function formatNumber(pattern: string, seq: number, date: string): string {
  return pattern.replace(PLACEHOLDER_RE, (_all, key: string, width?: string) => {
    if (key.startsWith('seq')) return String(seq).padStart(Number(width ?? 0), '0');
    if (key === 'MM') return date.slice(5, 7);
    if (key === 'DD') return date.slice(8, 10);
    return date.slice(0, 4);
  });
}
