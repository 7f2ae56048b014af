/** What a run prints, as text: stdout and stderr of a result or of a failure (print.ts writes them). */
import { InputError, isCancelled, NotAllowedError, StoreError } from '../errors.js';
import { t, tOr } from '../i18n/index.js';
import type { Params } from '../errors.js';
import { textOf, type CommandOutput } from './output.js';
import { escapeControls } from './terminal-text.js';

export interface Printed {
  stdout: string;
  stderr: string;
}

/** A command's result: the JSON document or the text, and the warnings (each once). */
export function formatOutput(out: CommandOutput, json: boolean, warnings: string[]): Printed {
  return {
    stdout: json ? JSON.stringify(out.json, null, 2) : escapeControls(textOf(out)),
    stderr: escapeControls([...new Set(warnings)].join('\n')),
  };
}

/** Parameters that hold stored keys (a status, a workflow step) shown by their names in the interface language. */
function named(params: Params | undefined): Params | undefined {
  if (!params) return params;
  const out: Params = { ...params };
  for (const [name, prefix] of [
    ['status', 'status'],
    ['action', 'step'],
    ['need', 'step'],
  ] as const) {
    const key = `${prefix}.${String(params[name])}`;
    if (params[name] !== undefined) out[name] = tOr(key, String(params[name]));
  }
  return out;
}

/** Human lines describing a failure, in the user's language. */
export function describeError(error: unknown): string[] {
  if (error instanceof InputError) {
    return [t('error.input'), ...error.problems.map((p) => `  ${p.field}: ${t(p.key, named(p.params))}`)];
  }
  if (error instanceof StoreError) {
    // A mail server's refusal is exit 3 like an unusable store, but the store is fine: say which it was.
    const heading = error.key.startsWith('mail.') ? 'mail.error' : 'error.store';
    return [t(heading), `  ${t(error.key, error.params)}`, ...error.findings.map((f) => `  - ${t(f.key, f.params)}`)];
  }
  if (error instanceof NotAllowedError) return [t('error.notAllowed'), `  ${t(error.key, error.params)}`];
  if (isCancelled(error)) return [t('error.cancelled')];
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return [t('error.unexpected', { message })];
}

/** A failure: text for stderr, and with --json also an error document for stdout. */
export function formatError(error: unknown, json: boolean, code: number): Printed {
  const lines = describeError(error);
  let stdout = '';
  if (json) {
    const doc: { exitCode: number; message: string; problems?: unknown[]; findings?: string[] } = {
      exitCode: code,
      message: lines.join('\n'),
    };
    if (error instanceof InputError) doc.problems = error.problems.map((p) => ({ field: p.field, message: t(p.key, named(p.params)) }));
    if (error instanceof StoreError && error.findings.length) doc.findings = error.findings.map((f) => t(f.key, f.params));
    stdout = JSON.stringify({ error: doc }, null, 2);
  }
  return { stdout, stderr: escapeControls(lines.join('\n')) };
}
