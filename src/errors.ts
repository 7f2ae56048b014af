/** Typed failures. Each carries message keys, not sentences, so the CLI can speak the user's language. */

import { isMessageKey, type MessageKey } from './i18n/index.js';

export type Params = Record<string, string | number>;

/** One thing wrong with the input: which field, and a message key with its parameters. */
export interface Problem {
  field: string;
  key: MessageKey;
  params?: Params;
}

/** Invalid input: nothing was written. Exit code 2. Collects every problem of one call. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.key}`).join('; '));
    this.name = 'InputError';
    this.problems = problems;
  }
  /** Shorthand for a single problem. */
  static of(field: string, key: MessageKey, params?: Params): InputError {
    return new InputError([{ field, key, params }]);
  }
}

/** One thing wrong in a store, as a message key with its parameters. */
export interface Finding {
  key: MessageKey;
  params: Params;
}

/** The store cannot be used (corrupt, locked too long, newer version): nothing was written. Exit code 3. */
export class StoreError extends Error {
  readonly key: MessageKey;
  readonly params: Params;
  readonly findings: Finding[];
  constructor(key: MessageKey, params: Params = {}, findings: Finding[] = []) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'StoreError';
    this.key = key;
    this.params = params;
    this.findings = findings;
  }
}

/** The acting officer's roles do not allow the step: nothing was written. Exit code 5. */
export class NotAllowedError extends Error {
  readonly key: MessageKey;
  readonly params: Params;
  constructor(key: MessageKey, params: Params = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'NotAllowedError';
    this.key = key;
    this.params = params;
  }
}

/** Collects problems during validation so that all are reported together. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(field: string, key: MessageKey, params?: Params): void {
    this.items.push({ field, key, params });
  }
  /** Throws an InputError when anything was collected. */
  throwIfAny(): void {
    if (this.items.length > 0) throw new InputError(this.items);
  }
  /**
   * A parsed value that the caller needs, once every field has been parsed: when the parse refused
   * it (undefined), every collected problem is thrown together.
   */
  need<T>(value: T | undefined): T {
    if (value !== undefined) return value;
    this.throwIfAny();
    throw new Error('a value was refused without a recorded problem');
  }
}

/** Whether the user cancelled a prompt (Ctrl+C in @inquirer/prompts): not a fault. */
export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** File-system failures that mean the data folder cannot be used as it is (a message each, with what to do). */
const STORE_FS_CODES = [
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EISDIR',
  'ENOTDIR',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EBUSY',
  'ELOOP',
  'ENAMETOOLONG',
  'EFBIG',
];
const ADVICE = new Set(['EACCES', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'EMFILE', 'EIO']);

/**
 * A failure as the typed error it stands for: a file-system error (permission, read-only, disk full…)
 * becomes a StoreError naming the path and what to do, instead of a stack trace.
 */
export function typedError(error: unknown): unknown {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== 'string' || !STORE_FS_CODES.includes(e.code)) return error;
  const file = e.path ?? (e as { dest?: string }).dest ?? '?';
  const code = e.code === 'EPERM' ? 'EACCES' : e.code;
  const key = `store.fs.${code}`;
  return ADVICE.has(code) && isMessageKey(key) ? new StoreError(key, { file }) : new StoreError('store.fs', { file, problem: e.message });
}

/** The single mapping from a failure to the process exit code. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof InputError) return 2;
  if (error instanceof StoreError) return 3;
  if (error instanceof NotAllowedError) return 5;
  if (isCancelled(error)) return 130;
  return 1;
}
