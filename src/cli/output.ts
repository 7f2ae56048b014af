/** What a command hands back to `main`: data for --json, text for people, and the exit code. */

export interface CommandOutput {
  /** The one JSON document printed with --json. */
  json: unknown;
  /** What a person reads without --json; a function when it is costly to build and --json may not need it. */
  text: string | (() => string);
  /** Exit code when the command succeeded but has something to signal (e.g. 4: overdue cases). */
  exitCode?: number;
}

/** Output whose text is the given lines (or a function that builds them when needed). */
export function output(json: unknown, lines: string | string[] | (() => string), exitCode?: number): CommandOutput {
  return { json, text: Array.isArray(lines) ? lines.join('\n') : lines, ...(exitCode === undefined ? {} : { exitCode }) };
}

/** The text of an output, built now. */
export function textOf(out: CommandOutput): string {
  return typeof out.text === 'function' ? out.text() : out.text;
}
