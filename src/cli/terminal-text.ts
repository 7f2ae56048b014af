/**
 * Text bound for a terminal: control characters from stored data (an escape sequence in a name
 * could rewrite a row of the deadline report, set the window title or plant a hyperlink) are shown
 * escaped. Only the colour codes that loket itself adds (SGR: ESC [ … m) and line ends (LF, and CRLF
 * between CSV records) pass.
 */

// eslint-disable-next-line no-control-regex
const CONTROL_OR_SGR = /\x1b\[[0-9;]*m|\r\n|[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character but newline and loket's colours written as `\xNN` / `\u{NNNN}`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_OR_SGR, (m) => {
    if (m.length > 1) return m;
    const code = m.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
