/**
 * The survey token as people bring it back: scanned from a QR code, clicked in an e-mail, or typed
 * from a printed letter. It is 20 lower-case base-32 characters (a–z, 2–7; src/store/survey-ids.ts).
 */

const SHAPE = /^[a-z2-7]{20}$/;

/**
 * A token as the store writes it, whatever its case and with spaces or dashes left out; undefined
 * when the text cannot be a token (a wrong length or a character the alphabet does not have).
 */
export function normalizeSurveyToken(text: string): string | undefined {
  if (text.length > 64) return undefined;
  const token = text.toLowerCase().replace(/[\s-]/g, '');
  return SHAPE.test(token) ? token : undefined;
}
