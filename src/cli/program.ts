/** The commander program: global options, the declared commands, and commander's errors as input errors. */
import { Command, CommanderError, Option } from './commander.js';
import { InputError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { registerCommands } from './commands/index.js';
import { createContext, type GlobalOptions, type Terminal } from './context.js';
import type { Streams } from './print.js';
import type { CommandOutput } from './output.js';
import type { Runner } from './build-commands.js';
import { flagProblems, readInput } from './typed-options.js';
import { typedCaseId } from '../domain/model.js';

export interface RunResult {
  output: CommandOutput;
  json: boolean;
  warnings: string[];
}

/** What a run talks to: its settings, whether there is a terminal, and where it prints. */
export type Io = Terminal & Streams;

/** Builds the whole program; `sink` receives the result of the command that ran. */
export async function buildProgram(version: string, sink: { result?: RunResult }, argv: string[], io: Io): Promise<Command> {
  const program = new Command('loket')
    .description(t('help.program'))
    .version(version, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .addOption(new Option('--home <dir>', t('help.home')))
    .addOption(new Option('--database <url>', t('help.database')))
    .addOption(new Option('--as <name>', t('help.as')))
    .addOption(new Option('--json', t('help.json')))
    .addOption(new Option('-y, --yes', t('help.yes')))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  program.helpCommand('help [command]', t('help.help'));
  // commander's own headings and usage words, in the interface language (subcommands inherit this).
  const titles: Record<string, MessageKey> = {
    'Usage:': 'help.title.usage',
    'Options:': 'help.title.options',
    'Commands:': 'help.title.commands',
    'Arguments:': 'help.title.arguments',
    'Global Options:': 'help.title.globalOptions',
  };
  program.configureHelp({
    styleTitle: (title) => (title in titles ? t(titles[title] ?? 'help.title.usage') : title),
    styleUsage: (usage) => usage.replace('[options]', t('help.usage.options')).replace('[command]', t('help.usage.command')),
    styleSubcommandTerm: (term) => term.replace('[options]', t('help.usage.options')),
    // Each option's line says its choices and default itself, in the interface language.
    optionDescription: (option) => option.description,
    // An alias (`analyze`) is accepted, not advertised.
    commandUsage: (cmd) => {
      let name = cmd.name();
      for (let p = cmd.parent; p; p = p.parent) name = `${p.name()} ${name}`;
      return `${name} ${cmd.usage()}`;
    },
    subcommandTerm: (cmd) =>
      [
        cmd.name(),
        cmd.options.length ? '[options]' : '',
        ...cmd.registeredArguments.map((a) =>
          a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
        ),
      ]
        .filter(Boolean)
        .join(' '),
  });
  const run: Runner =
    (spec) =>
    async (...args) => {
      const cmd = args[args.length - 1];
      if (!(cmd instanceof Command)) throw new Error('commander passed no command');
      try {
        let input = readInput(spec, cmd.opts(), cmd.processedArgs);
        const globals = cmd.optsWithGlobals<GlobalOptions>();
        let ctx = createContext(globals, io);
        // On a database whose officers log in as themselves, the login says who acts.
        if (ctx.database) ctx = await (await import('./login-actor.js')).actAsLogin(ctx, globals, io);
        // Once the office lists its officers, whoever acts must be one of them, recorded as listed.
        if (globals.as !== undefined) {
          const listed = (await import('../domain/officers.js')).assertOfficer((await ctx.config()).profile, globals.as);
          if (listed !== globals.as) {
            await ctx.close();
            ctx = createContext({ ...globals, as: listed }, io);
          }
        }
        if (ctx.interactive && spec.options) {
          const { askMissing } = await import('./ask-missing.js');
          input = readInput(spec, await askMissing(spec.options, input, spec.questions?.(input)), cmd.processedArgs);
        }
        // A case typed as its agenda number alone means this year's case.
        if ('id' in input && typeof input.id === 'string' && /^\d+$/.test(input.id.trim())) {
          input = { ...input, id: typedCaseId(input.id, Number((await ctx.today()).slice(0, 4))) };
        }
        try {
          const output = await spec.run(ctx, input);
          sink.result = { output, json: ctx.json, warnings: ctx.warnings };
        } finally {
          await ctx.close();
        }
      } catch (error) {
        throw error instanceof InputError ? flagProblems(spec, error) : error;
      }
    };
  await registerCommands(program, run, argv);
  // Excess words are allowed here only to name them as an unknown command, below.
  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) throw InputError.of(word, 'input.unknownCommand', { value: word });
    const globals = program.opts<GlobalOptions>();
    const ctx = createContext(globals, io);
    const { runMenu } = await import('./menu.js');
    const { printOutput } = await import('./print.js');
    const say = (text: string) => printOutput(io, { json: null, text }, false, []);
    const warn = (text: string) => printOutput(io, { json: null, text: '' }, false, [text]);
    // Clearing is the one thing the menu writes raw: every other text has its control characters escaped.
    const clear = () => new Promise<void>((resolve) => io.stdout.write('\u001b[2J\u001b[3J\u001b[H', () => resolve()));
    try {
      const output = await runMenu(ctx, program.helpInformation(), {
        run: (menuArgv) => runFromMenu(menuArgv, io),
        say,
        warn,
        clear,
        session: (officer) => createContext({ ...globals, as: officer }, io),
        named: globals.as ?? io.env.LOKET_USER,
      });
      sink.result = { output, json: ctx.json, warnings: ctx.warnings };
    } finally {
      await ctx.close();
    }
  });
  return program;
}

const QUOTED_RE = /'([^']+)'/;

/** Commander's own complaints (unknown option, missing argument, ...) as an InputError naming the culprit. */
export function fromCommanderError(error: CommanderError): InputError {
  const value = QUOTED_RE.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, '');
  const keys = {
    'commander.unknownOption': 'input.unknownOption',
    'commander.unknownCommand': 'input.unknownCommand',
    'commander.missingArgument': 'input.missingArgument',
    'commander.optionMissingArgument': 'input.missingOptionValue',
    'commander.missingMandatoryOptionValue': 'input.missingOptionValue',
    'commander.excessArguments': 'input.excessArguments',
  } as const;
  const key = error.code in keys ? keys[error.code as keyof typeof keys] : undefined;
  const field = value.split(/[ ,]/)[0] ?? 'argv';
  return InputError.of(field, key ?? 'input.invalidArgument', { value: key ? value : error.message.replace(/^error:\s*/, '') });
}

/** Runs one command chosen in the menu and prints its outcome; a failure is shown, not fatal, and Ctrl+C is shown and passed on. */
async function runFromMenu(argv: string[], io: Io): Promise<void> {
  const { printError, printOutput } = await import('./print.js');
  const { exitCodeFor, isCancelled, typedError } = await import('../errors.js');
  try {
    const result = await runProgram(argv, '', io);
    if (result) await printOutput(io, result.output, false, result.warnings);
  } catch (thrown) {
    const error = typedError(thrown);
    await printError(io, error, false, exitCodeFor(error));
    // Ctrl+C in the office set-up means leaving, as at the start screen, not going on to the next question.
    if (isCancelled(thrown)) throw thrown;
  }
}

/** Parses argv and runs one command; undefined when only help or the version was shown. */
export async function runProgram(argv: string[], version: string, io: Io): Promise<RunResult | undefined> {
  const sink: { result?: RunResult } = {};
  const program = await buildProgram(version, sink, argv, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || ['commander.help', 'commander.helpDisplayed', 'commander.version'].includes(error.code)) return undefined;
      throw fromCommanderError(error);
    }
    throw error;
  }
  return sink.result;
}
