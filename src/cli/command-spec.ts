/**
 * How a command is declared: its arguments and options once (name, type, choices, question, help),
 * and a typed handler. The declaration drives commander's parsing and help, the terminal questions
 * and the check of choices; the handler receives typed input and is what tests call in-process.
 */
import type { MessageKey } from '../i18n/index.js';
import type { ChoiceWords } from './choice-words.js';
import type { Context } from './context.js';
import type { CommandOutput } from './output.js';

/** How a value typed at a prompt is checked inline (the same checks the handler makes). */
export type AskCheck = 'date' | 'dateTime' | 'email' | 'phone' | 'file';

/** One option. The value's type follows from `flags`: `<x>` a string, `--no-x` true unless given, else a switch. */
export interface OptionSpec {
  /** Commander flags, e.g. `--service <key>`, `--approve`, `--no-receipt`. */
  readonly flags: string;
  readonly help: MessageKey;
  /** The allowed values: checked before the handler runs, listed in help, offered as a list when asked. */
  readonly choices?: readonly string[];
  /**
   * Choices that are the office's data (the channel list), read only when the option is given or its
   * help shown: checked, named and listed like `choices`, the value staying a string.
   */
  readonly dataChoices?: () => readonly string[];
  /** The names of the choices (what tables print): accepted as typed, listed in help and offered when asked. */
  readonly words?: ChoiceWords;
  /** Repeatable (`--attach a --attach b`): a list of strings. */
  readonly list?: true;
  /** Commander refuses the command without it. */
  readonly required?: true;
  readonly default?: string;
  /** Options that cannot be given together with this one (their keys). */
  readonly conflicts?: readonly string[];
  /** Asked in a terminal when missing; `when` sees what is known so far. */
  readonly ask?: {
    readonly question: MessageKey;
    /** An empty answer is refused (given what is known so far, when a function). */
    readonly required?: boolean | ((known: Readonly<Record<string, unknown>>) => boolean);
    readonly check?: AskCheck;
    /** A switch offered with "no" first: a hurried Enter must not make a report anonymous. */
    readonly noFirst?: boolean;
    /** A list that may be skipped (an empty answer). */
    readonly skippable?: boolean;
    /** The choices offered when they come from data, given what is known so far (checked by the handler). */
    readonly options?: (known: Readonly<Record<string, unknown>>) => readonly string[];
    readonly when?: (known: Readonly<Record<string, unknown>>) => boolean;
  };
}

/** One positional argument: `<id>` required, `[key]` optional, `<text...>` one or more words. */
export interface ArgSpec {
  readonly name: string;
  readonly syntax: `<${string}>` | `[${string}]`;
  /** What it is, with a sample value, in the interface language. */
  readonly help: MessageKey;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { list: true }
  ? string[]
  : S extends { choices: readonly (infer C)[] }
    ? C
    : S['flags'] extends `${string}<${string}>`
      ? string
      : boolean;

type Always<S extends OptionSpec> = S extends { required: true }
  ? true
  : S extends { default: string }
    ? true
    : S['flags'] extends `--no-${string}`
      ? true
      : false;

type ArgValue<A extends ArgSpec> = A['syntax'] extends `${string}...${string}`
  ? string[]
  : A['syntax'] extends `[${string}]`
    ? string | undefined
    : string;

/** The typed options of a declaration: optional unless required, defaulted or negated. */
export type OptionsOf<O extends OptionSpecs> = { [K in keyof O as Always<O[K]> extends true ? never : K]?: ValueOf<O[K]> } & {
  [K in keyof O as Always<O[K]> extends true ? K : never]: ValueOf<O[K]>;
};

/** The typed arguments of a declaration, by name. */
export type ArgsOf<A extends readonly ArgSpec[]> = { [E in A[number] as E['name']]: ArgValue<E> };

/** What a handler receives: its arguments and options, checked and typed. */
export type InputOf<O extends OptionSpecs, A extends readonly ArgSpec[]> = ArgsOf<A> & OptionsOf<O>;

/** A command: where it sits, what it takes, and the handler that does its work. */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs, A extends readonly ArgSpec[] = readonly ArgSpec[]> {
  readonly name: string;
  readonly description: MessageKey;
  readonly args?: A;
  readonly options?: O;
  readonly examples: readonly string[];
  /** Which declared questions to ask in a terminal for this input (all of them when undefined; none for []). */
  readonly questions?: (input: InputOf<O, A>) => readonly string[] | undefined;
  readonly run: (ctx: Context, input: InputOf<O, A>) => Promise<CommandOutput>;
}

/** A command that only holds others (`register`, `imnkk`, `calendar`, `config`). */
export interface GroupSpec {
  readonly name: string;
  readonly description: MessageKey;
  readonly examples: readonly string[];
  readonly commands: readonly AnyCommand[];
}

/** A declaration of any shape, as the program builder sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandSpec<any, any> | GroupSpec;

/** Declares a command; the `const` parameters keep flags and choices as literal types. */
export function command<const O extends OptionSpecs = Record<never, OptionSpec>, const A extends readonly ArgSpec[] = []>(
  spec: CommandSpec<O, A>,
): CommandSpec<O, A> {
  return spec;
}

/** Declares a group of subcommands. */
export function group(spec: GroupSpec): GroupSpec {
  return spec;
}

/** Whether a declaration holds subcommands. */
export function isGroup(spec: AnyCommand): spec is GroupSpec {
  return 'commands' in spec;
}

/** The case number every case command takes first. */
export const ID_ARG = { name: 'id', syntax: '<id>', help: 'arg.id' } as const;
