import { describe, expect, it } from 'vitest';
import { Option } from 'commander';
import { isGroup, type AnyCommand, type CommandSpec, type OptionSpecs } from '../../src/cli/command-spec.js';
import { flagProblems, readInput } from '../../src/cli/typed-options.js';
import { InputError } from '../../src/errors.js';
import { REGISTRY } from '../../src/cli/commands/index.js';
import { listCommand } from '../../src/cli/commands/cases.js';
import { decideCommand, disposeCommand } from '../../src/cli/commands/workflow.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const leaves = (specs: readonly AnyCommand[], path = ''): [string, CommandSpec<any, any>][] =>
  specs.flatMap((s) => (isGroup(s) ? leaves(s.commands, `${path}${s.name} `) : [[`${path}${s.name}`, s] as [string, CommandSpec]]));
const ALL = leaves(await Promise.all(REGISTRY.map((e) => e.load())));

describe('command declarations', () => {
  it('declare every command once', () => {
    const names = ALL.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('register letter');
    expect(names.length).toBeGreaterThan(25);
  });

  it.each(ALL)('%s: each option is named as commander names its value', (_name, spec) => {
    const options: OptionSpecs = spec.options ?? {};
    for (const [key, option] of Object.entries(options)) expect(new Option(option.flags).attributeName(), option.flags).toBe(key);
  });
});

describe('reading a command line into typed input', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['text is trimmed; an empty text counts as not given', { service: ' sosialisasi ', from: '  ' }, { service: 'sosialisasi' }],
    ['text is NFC-normalised', { to: 'Jose\u0301' }, { to: 'José' }],
  ])('%s', (_what, options, expected) => {
    expect(readInput(listCommand, options, [])).toMatchObject({ ...expected });
    if (!('from' in expected)) expect(readInput(listCommand, options, [])).not.toHaveProperty('from');
  });

  it('a value outside the choices is refused naming the flag the user typed', () => {
    const error = (() => {
      try {
        readInput(listCommand, { service: 'kunjungan', status: 'lost' }, []);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    if (!(error instanceof InputError)) return;
    expect(flagProblems(listCommand, error).problems.map((p) => [p.field, p.key])).toEqual([
      ['--service', 'input.oneOf'],
      ['--status', 'input.oneOf'],
    ]);
  });

  it('a required option given empty stays present, for the handler to refuse by name', () => {
    expect(readInput(disposeCommand, { to: '  ', urgency: 'biasa' }, ['2026-0001'])).toEqual({ id: '2026-0001', to: '', urgency: 'biasa' });
  });

  it('fields name flags and arguments as typed; other fields stay as they are', () => {
    const error = new InputError([
      { field: 'schedule', key: 'input.required' },
      { field: 'id', key: 'input.required' },
      { field: 'status', key: 'input.required' },
      { field: 'home', key: 'input.required' },
    ]);
    expect(flagProblems(decideCommand, error).problems.map((p) => p.field)).toEqual(['--schedule', '<id>', 'status', '--home']);
  });
});
