import { describe, expect, it } from 'vitest';
import { exitCodeFor, InputError, StoreError, typedError } from '../../src/errors.js';

describe('one mapping from failure to exit code', () => {
  const cancelled = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
  it.each([
    [InputError.of('--email', 'input.email'), 2],
    [new StoreError('store.locked'), 3],
    [cancelled, 130],
    [new TypeError('bug'), 1],
    ['a string', 1],
  ])('%s → %i', (error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });
});

describe('file-system failures are exit 3 with the path and what to do (issue 12, defect 12)', () => {
  // Tests run as root here, which no permission stops: the mapping itself is what these rows check.
  const fsError = (code: string, path = '/srv/loket/store/cases-2026-000.json') =>
    Object.assign(new Error(`${code}: failed`), { code, path });
  it.each([
    ['EACCES', 'store.fs.EACCES'],
    ['EPERM', 'store.fs.EACCES'],
    ['EROFS', 'store.fs.EROFS'],
    ['ENOSPC', 'store.fs.ENOSPC'],
    ['EDQUOT', 'store.fs.EDQUOT'],
    ['EISDIR', 'store.fs.EISDIR'],
    ['ENOTDIR', 'store.fs.ENOTDIR'],
    ['EBUSY', 'store.fs'],
  ])('%s → %s, exit 3', (code, key) => {
    const typed = typedError(fsError(code));
    expect(typed).toBeInstanceOf(StoreError);
    expect((typed as StoreError).key).toBe(key);
    expect((typed as StoreError).params.file).toBe('/srv/loket/store/cases-2026-000.json');
    expect(exitCodeFor(typed)).toBe(3);
  });

  it.each([['ENOENT'], ['ECONNREFUSED']])('%s is left as it is (not a store condition)', (code) => {
    const error = fsError(code);
    expect(typedError(error)).toBe(error);
  });
});
