/** The only place that writes to a run's stdout and stderr: the process's, or a test's. */
import { formatError, formatOutput, type Printed } from './format-output.js';
import type { CommandOutput } from './output.js';

/** A stream a run writes to (process.stdout and process.stderr are ones). */
export interface Writer {
  write(text: string, done: (error?: Error | null) => void): unknown;
}

/** The streams of a run. */
export interface Streams {
  stdout: Writer;
  stderr: Writer;
}

function write(stream: Writer, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  // A reader that went away (`loket due | head -1`) is not a failure of the command: what it wanted was written.
  return new Promise((resolve) => stream.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve()));
}

/** Writes what a run prints. */
export async function print(io: Streams, { stdout, stderr }: Printed): Promise<void> {
  await write(io.stdout, stdout);
  await write(io.stderr, stderr);
}

/** Prints a command's result: the JSON document or the text, and the warnings on stderr. */
export function printOutput(io: Streams, out: CommandOutput, json: boolean, warnings: string[]): Promise<void> {
  return print(io, formatOutput(out, json, warnings));
}

/** Prints a failure: text on stderr, and with --json also an error document on stdout. */
export function printError(io: Streams, error: unknown, json: boolean, code: number): Promise<void> {
  return print(io, formatError(error, json, code));
}

/** One line of a long-running command's log (the public server's access log) on stderr, as it happens. */
export function printLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
