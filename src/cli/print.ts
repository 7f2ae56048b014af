/** The only place that writes to stdout and stderr. */
import type { CommandOutput } from './output.js';
import { formatError, formatOutput, type Printed } from './format-output.js';

// A reader that stopped reading (`loket due | head -1`) closes the pipe: the rest of the output has
// nobody to go to, and the command itself went well. That ends quietly, not in a crash (EPIPE).
const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!text || stream.destroyed) return Promise.resolve();
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
