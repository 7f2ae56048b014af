/** Telephone numbers as people write them, stored in one form. */

const TYPED_RE = /^\+?[0-9 ().\-/]+$/;

/**
 * A phone number in the national form offices write: digits only, `+62`/`62` turned into a leading
 * 0 ("(0251) 8321075" → 02518321075, "+62 812-3456-7890" → 081234567890); another country's number
 * keeps its `+`. Undefined when it is not a phone number (letters, too few or too many digits).
 */
export function normalisePhone(text: string): string | undefined {
  const t = text.trim();
  if (!TYPED_RE.test(t)) return undefined;
  const plus = t.startsWith('+');
  let digits = t.replace(/\D/g, '');
  if (plus && digits.startsWith('62')) digits = `0${digits.slice(2)}`;
  else if (!plus && digits.startsWith('62') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  else if (plus) digits = `+${digits}`;
  const count = digits.replace('+', '').length;
  return count >= 6 && count <= 15 ? digits : undefined;
}
