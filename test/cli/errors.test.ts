import { describe, expect, it } from 'vitest';
import { exitCodeFor, InputError, StoreError } from '../../src/errors.js';

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
