/**
 * From commander's untyped values to a handler's typed input: every text cleaned (see free-text.ts)
 * and trimmed (an empty text counts as not given), every choice checked, all problems reported
 * together. Problems are keyed by the option's name; `flagProblems` turns them into the flags the
 * user typed.
 */
import { InputError, ProblemList } from '../errors.js';
import type { AnyCommand, ArgSpec, CommandSpec, InputOf, OptionSpecs } from './command-spec.js';
import { choiceKey, choicesInHelp } from './choice-words.js';
import { cleanText } from './free-text.js';

function text(problems: ProblemList, field: string, value: string): string | undefined {
  const cleaned = cleanText(problems, field, value).trim();
  return cleaned === '' ? undefined : cleaned;
}

function readValue(problems: ProblemList, field: string, value: unknown): unknown {
  if (typeof value === 'string') return text(problems, field, value);
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? (text(problems, field, v) ?? []) : []));
  return value;
}

/** The checked, typed input of a command from its option values and positional arguments. */
export function readInput<O extends OptionSpecs, A extends readonly ArgSpec[] = []>(
  spec: Pick<CommandSpec<O, A>, 'args' | 'options'>,
  options: Readonly<Record<string, unknown>>,
  args: readonly unknown[],
): InputOf<O, A> {
  const problems = new ProblemList();
  const input: Record<string, unknown> = {};
  (spec.args ?? []).forEach((arg, i) => {
    const value = readValue(problems, arg.name, args[i]);
    // A required argument given as "" is still given: the handler names what is wrong with it.
    input[arg.name] = value === undefined && typeof args[i] === 'string' ? '' : value;
  });
  for (const [key, option] of Object.entries(spec.options ?? {})) {
    const given = options[key];
    // Checked here rather than by commander, which would name a missing option before an unknown one typed.
    if (option.required && given === undefined) problems.add(key, 'input.requiredOption', { value: option.flags });
    const value = readValue(problems, key, given);
    // A required option given as "" keeps its place in the typed input; the handler refuses it by name.
    if (value === undefined && option.required && typeof given === 'string') input[key] = '';
    if (value === undefined) continue;
    const choices = option.choices ?? option.dataChoices?.();
    // A choice may be typed as its key or as the word the tables print for it.
    const chosen = (item: unknown) => {
      if (!choices || typeof item !== 'string') return item;
      const found = choiceKey(option.words, choices, item);
      if (found === undefined) problems.add(key, 'input.oneOf', { value: item, choices: choicesInHelp(option.words, choices).join(' | ') });
      return found ?? item;
    };
    input[key] = Array.isArray(value) ? value.map(chosen) : chosen(value);
  }
  problems.throwIfAny();
  // The declaration's types are computed from the same spec these values were read and checked by.
  return input as InputOf<O, A>;
}

/** The flag (or `<argument>`) a problem's field stands for in this command; other fields as they are. */
export function flagOf(spec: AnyCommand, field: string): string {
  if ('run' in spec) {
    const option = spec.options?.[field];
    if (option) return option.flags.split(/[ ,]+/).find((f: string) => f.startsWith('--')) ?? field;
    const arg = (spec.args as readonly ArgSpec[] | undefined)?.find((a) => a.name === field);
    if (arg) return arg.syntax.replace('...', '');
  }
  return GLOBAL_FLAGS[field] ?? field;
}

const GLOBAL_FLAGS: Record<string, string> = { home: '--home', as: '--as' };

/** The same error with each problem's field named as the user typed it. */
export function flagProblems(spec: AnyCommand, error: InputError): InputError {
  return new InputError(error.problems.map((p) => ({ ...p, field: flagOf(spec, p.field) })));
}
