/** The only place that writes to stdout and stderr. */
import { InputError, isCancelled, StoreError } from '../errors.js';
import { t } from '../i18n/index.js';
import { textOf, type CommandOutput } from './output.js';
import { escapeControls } from './terminal-text.js';

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => stream.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve()));
}

/** Prints a command's result: the JSON document or the text, and the warnings on stderr. */
export async function printOutput(out: CommandOutput, json: boolean, warnings: string[]): Promise<void> {
  await write(process.stdout, json ? JSON.stringify(out.json, null, 2) : escapeControls(textOf(out)));
  await write(process.stderr, escapeControls([...new Set(warnings)].join('\n')));
}

/** Human lines describing a failure, in the user's language. */
export function describeError(error: unknown): string[] {
  if (error instanceof InputError) {
    return [t('error.input'), ...error.problems.map((p) => `  ${p.field}: ${t(p.key, p.params)}`)];
  }
  if (error instanceof StoreError) {
    return [t('error.store'), `  ${t(error.key, error.params)}`, ...error.findings.map((f) => `  - ${t(f.key, f.params)}`)];
  }
  if (isCancelled(error)) return [t('error.cancelled')];
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return [t('error.unexpected', { message })];
}

/** Prints a failure: text on stderr, and with --json also an error document on stdout. */
export async function printError(error: unknown, json: boolean, code: number): Promise<void> {
  const lines = describeError(error);
  if (json) {
    const doc: Record<string, unknown> = { error: { exitCode: code, message: lines.join('\n') } };
    if (error instanceof InputError)
      (doc.error as Record<string, unknown>).problems = error.problems.map((p) => ({ field: p.field, message: t(p.key, p.params) }));
    if (error instanceof StoreError && error.findings.length)
      (doc.error as Record<string, unknown>).findings = error.findings.map((f) => t(f.key, f.params));
    await write(process.stdout, JSON.stringify(doc, null, 2));
  }
  await write(process.stderr, escapeControls(lines.join('\n')));
}
