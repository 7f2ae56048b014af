/**
 * The command registry: every top-level command declared once, in the order `loket --help` lists
 * them, with its help heading and the loader of its module. A command line names one command, and
 * only that command's module (with what it imports) is loaded: a registration does not pay for
 * the report code.
 */
import type { Command } from '../commander.js';
import { addCommand, type Runner } from '../build-commands.js';
import type { AnyCommand } from '../command-spec.js';
import { t, type MessageKey } from '../../i18n/index.js';

interface Entry {
  name: string;
  alias?: string;
  heading: MessageKey;
  load: () => Promise<AnyCommand>;
}

const counter = (name: string, load: Entry['load']): Entry => ({ name, heading: 'help.group.counter', load });
const workflow = (name: string, load: Entry['load'], alias?: string): Entry => ({ name, alias, heading: 'help.group.workflow', load });
const reports = (name: string, load: Entry['load']): Entry => ({ name, heading: 'help.group.reports', load });
const imnkk = (name: string, load: Entry['load']): Entry => ({ name, heading: 'help.group.imnkk', load });
const admin = (name: string, load: Entry['load']): Entry => ({ name, heading: 'help.group.admin', load });

const register = () => import('./register.js');
const cases = () => import('./cases.js');
const steps = () => import('./workflow.js');
const letters = () => import('./letters.js');
const report = () => import('./reports.js');
const imnkkModule = () => import('./imnkk.js');
const adminModule = () => import('./admin.js');
const mail = () => import('./mail.js');

export const REGISTRY: readonly Entry[] = [
  counter('register', async () => (await register()).registerGroup),
  counter('receipt', async () => (await register()).receiptCommand),
  counter('mail', async () => (await mail()).mailGroup),
  counter('show', async () => (await cases()).showCommand),
  counter('find', async () => (await cases()).findCommand),
  counter('list', async () => (await cases()).listCommand),
  workflow('requirements', async () => (await steps()).requirementsCommand),
  workflow('dispose', async () => (await steps()).disposeCommand),
  workflow('analyse', async () => (await steps()).analyseCommand, 'analyze'),
  workflow('examine', async () => (await steps()).examineCommand),
  workflow('decide', async () => (await steps()).decideCommand),
  workflow('reply', async () => (await letters()).replyCommand),
  workflow('sign', async () => (await import('./sign.js')).signCommand),
  workflow('send', async () => (await steps()).sendCommand),
  workflow('outbox', async () => (await mail()).outboxCommand),
  workflow('slip', async () => (await steps()).slipCommand),
  workflow('reopen', async () => (await steps()).reopenCommand),
  workflow('history', async () => (await steps()).historyCommand),
  workflow('disposition', async () => (await letters()).dispositionCommand),
  workflow('documents', async () => (await import('./documents.js')).documentsCommand),
  reports('due', async () => (await report()).dueCommand),
  reports('recap', async () => (await report()).recapCommand),
  reports('skm', async () => (await import('./skm.js')).skmGroup),
  imnkk('imnkk', async () => (await imnkkModule()).imnkkGroup),
  imnkk('verify', async () => (await imnkkModule()).verifyCommand),
  imnkk('verify-pdf', async () => (await letters()).verifyPdfCommand),
  imnkk('serve', async () => (await import('./serve.js')).serveCommand),
  admin('init', async () => (await adminModule()).initCommand),
  admin('officer', async () => (await import('./officers.js')).officerGroup),
  admin('import', async () => (await import('./import.js')).importGroup),
  admin('config', async () => (await adminModule()).configGroup),
  admin('calendar', async () => (await import('./calendar.js')).calendarGroup),
  admin('check', async () => (await adminModule()).checkCommand),
  admin('backup', async () => (await adminModule()).backupCommand),
  admin('restore', async () => (await adminModule()).restoreCommand),
  admin('db', async () => (await import('./db.js')).dbGroup),
];

const GLOBAL_WITH_VALUE = new Set(['--home', '--as', '--database']);

/** The first word of argv that is not a global option (or its value): the command asked for. */
export function commandWord(argv: string[]): string | undefined {
  let skipValue = false;
  for (const a of argv) {
    if (skipValue) skipValue = false;
    else if (GLOBAL_WITH_VALUE.has(a)) skipValue = true;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** The entry of a command name or alias. */
export function entryOf(word: string | undefined): Entry | undefined {
  return word === undefined ? undefined : REGISTRY.find((e) => e.name === word || e.alias === word);
}

/** Adds the command that argv names, or every command when argv names none of them (help, menu, typos). */
export async function registerCommands(program: Command, run: Runner, argv: string[]): Promise<void> {
  const named = entryOf(commandWord(argv));
  const entries = named ? [named] : REGISTRY;
  const specs = await Promise.all(entries.map((e) => e.load()));
  entries.forEach((entry, i) => {
    const spec = specs[i];
    if (!spec) return;
    // The registry names it: a declaration loaded under another name is a mistake of this file.
    if (spec.name !== entry.name) throw new Error(`the registry's ${entry.name} loads ${spec.name}`);
    addCommand(program, spec, run);
    const added = program.commands.at(-1);
    if (entry.alias) added?.alias(entry.alias);
    added?.helpGroup(t(entry.heading));
  });
}
