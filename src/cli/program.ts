/** The commander program: global options, the command groups, and commander's errors as input errors. */
import { Command, CommanderError, Option } from './commander.js';
import { InputError, ProblemList } from '../errors.js';
import { cleanArgs, cleanOptions } from './free-text.js';
import { t } from '../i18n/index.js';
import { registerCommands } from './commands/index.js';
import { createContext, type Context, type GlobalOptions } from './context.js';
import type { CommandOutput } from './output.js';

export interface RunResult {
  output: CommandOutput;
  json: boolean;
  warnings: string[];
}

/** A command's work: given the context, its positional arguments and its own options. */
export type Handler = (ctx: Context, args: string[], options: Record<string, unknown>) => Promise<CommandOutput>;

/** Wraps handlers so that each builds its context and leaves its output for `main`. */
export type Runner = (handler: Handler) => (...args: unknown[]) => Promise<void>;

/** Adds an examples section to a command's help. */
export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\n${t('help.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** Builds the whole program; `sink` receives the result of the command that ran. */
export async function buildProgram(version: string, sink: { result?: RunResult }, argv: string[]): Promise<Command> {
  const program = new Command('loket')
    .description(t('help.program'))
    .version(version, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .addOption(new Option('--home <dir>', t('help.home')))
    .addOption(new Option('--as <name>', t('help.as')))
    .addOption(new Option('--json', t('help.json')))
    .addOption(new Option('-y, --yes', t('help.yes')))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  program.helpCommand('help [command]', t('help.help'));
  const run: Runner =
    (handler) =>
    async (...args) => {
      const cmd = args[args.length - 1] as Command;
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const problems = new ProblemList();
      const options = cleanOptions(problems, cmd.opts());
      const positional = cleanArgs(problems, cmd.processedArgs as string[]);
      problems.throwIfAny();
      const ctx = createContext(globals, process.env, !!process.stdin.isTTY);
      const output = await handler(ctx, positional, options);
      sink.result = { output, json: ctx.json, warnings: ctx.warnings };
    };
  await registerCommands(program, run, argv);
  // Excess words are allowed here only to name them as an unknown command, below.
  program.allowExcessArguments(true).action(
    run(async (ctx) => {
      if (program.args.length) throw InputError.of(program.args[0]!, 'input.unknownCommand', { value: program.args[0]! });
      const { runMenu } = await import('./menu.js');
      return runMenu(ctx, program.helpInformation(), runFromMenu);
    }),
  );
  return program;
}

const QUOTED_RE = /'([^']+)'/;

/** Commander's own complaints (unknown option, missing argument, ...) as an InputError naming the culprit. */
export function fromCommanderError(error: CommanderError): InputError {
  const value = QUOTED_RE.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, '');
  const keys: Record<string, string> = {
    'commander.unknownOption': 'input.unknownOption',
    'commander.unknownCommand': 'input.unknownCommand',
    'commander.missingArgument': 'input.missingArgument',
    'commander.optionMissingArgument': 'input.missingOptionValue',
    'commander.missingMandatoryOptionValue': 'input.missingOptionValue',
    'commander.excessArguments': 'input.excessArguments',
  };
  const field = value.split(/[ ,]/)[0] ?? 'argv';
  return InputError.of(field, keys[error.code] ?? 'input.invalidArgument', {
    value: keys[error.code] ? value : error.message.replace(/^error:\s*/, ''),
  });
}

/** Runs one command chosen in the menu and prints its outcome; a failure is shown, not fatal. */
async function runFromMenu(argv: string[]): Promise<void> {
  const { printError, printOutput } = await import('./print.js');
  const { exitCodeFor, typedError } = await import('../errors.js');
  try {
    const result = await runProgram(argv, '');
    if (result) await printOutput(result.output, false, result.warnings);
  } catch (thrown) {
    const error = typedError(thrown);
    await printError(error, false, exitCodeFor(error));
  }
}

/** Parses argv and runs one command; undefined when only help or the version was shown. */
export async function runProgram(argv: string[], version: string): Promise<RunResult | undefined> {
  const sink: { result?: RunResult } = {};
  const program = await buildProgram(version, sink, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.exitCode === 0 ||
        error.code === 'commander.help' ||
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version'
      )
        return undefined;
      throw fromCommanderError(error);
    }
    throw error;
  }
  return sink.result;
}
