/** Commander commands built from declarations: arguments, options, help and examples in one place. */
import { Command, Option } from './commander.js';
import { t } from '../i18n/index.js';
import { choiceName, choicesInHelp } from './choice-words.js';
import { isGroup, type AnyCommand, type ArgSpec, type CommandSpec, type OptionSpec, type OptionSpecs } from './command-spec.js';

/** Turns a declaration into commander's action; program.ts supplies it (context, input, output). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Runner = (spec: CommandSpec<any, any>) => (...args: unknown[]) => Promise<void>;

/** Commander's collector for a repeatable option (`--attach a --attach b`). */
function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Adds an examples section to a command's help. */
export function withExamples(cmd: Command, lines: readonly string[]): Command {
  return cmd.addHelpText('after', `\n${t('help.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** An option's help line: its text, its choices when it has them (as the tables name them), its default. */
function optionHelp(o: OptionSpec): string {
  const parts = [t(o.help)];
  const choices = o.choices ?? dataChoicesInHelp(o);
  if (choices) parts.push(`(${choicesInHelp(o.words, choices).join(' | ')})`);
  if (o.default !== undefined) parts.push(t('help.default', { value: o.words ? choiceName(o.words, o.default) : o.default }));
  return parts.join(' ');
}

/** Choices from data for a help line; a broken office copy is reported by the command itself, not by help. */
function dataChoicesInHelp(o: OptionSpec): readonly string[] | undefined {
  try {
    return o.dataChoices?.();
  } catch {
    return undefined;
  }
}

/** Adds the declared command (or group, with its subcommands) under `parent`. */
export function addCommand(parent: Command, spec: AnyCommand, run: Runner): void {
  const cmd = parent.command(spec.name).description(t(spec.description));
  withExamples(cmd, spec.examples);
  if (isGroup(spec)) {
    for (const sub of spec.commands) addCommand(cmd, sub, run);
    return;
  }
  const args: readonly ArgSpec[] = spec.args ?? [];
  const options: OptionSpecs = spec.options ?? {};
  for (const arg of args) cmd.argument(arg.syntax, t(arg.help));
  for (const o of Object.values(options)) {
    const option = new Option(o.flags, o.dataChoices ? t(o.help) : optionHelp(o));
    // Data is read when the help is shown, not each time the program is built.
    if (o.dataChoices) Object.defineProperty(option, 'description', { get: () => optionHelp(o) });
    // The default is said in the help line above, in the interface language (commander would say it in English).
    if (o.default !== undefined) option.default(o.default);
    if (o.list) option.argParser(repeatable);
    if (o.conflicts) option.conflicts([...o.conflicts]);
    cmd.addOption(option);
  }
  cmd.action(run(spec));
}
