/** The only place that writes to stdout and stderr. */
import type { CommandOutput } from './output.js';
import { formatError, formatOutput, type Printed } from './format-output.js';

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => stream.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve()));
}

async function print({ stdout, stderr }: Printed): Promise<void> {
  await write(process.stdout, stdout);
  await write(process.stderr, stderr);
}

/** Prints a command's result: the JSON document or the text, and the warnings on stderr. */
export function printOutput(out: CommandOutput, json: boolean, warnings: string[]): Promise<void> {
  return print(formatOutput(out, json, warnings));
}

/** Prints a failure: text on stderr, and with --json also an error document on stdout. */
export function printError(error: unknown, json: boolean, code: number): Promise<void> {
  return print(formatError(error, json, code));
}

/** One line of a long-running command's log (the public server's access log) on stderr, as it happens. */
export function printLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
