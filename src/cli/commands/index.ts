/**
 * Every command group, loaded on demand: a command line names one group, and only that group's
 * module (with what it imports) is loaded, so a registration does not pay for the report code.
 */
import type { Command } from '../commander.js';
import { addCommand, type Runner } from '../build-commands.js';
import type { AnyCommand } from '../command-spec.js';
import { t, type MessageKey } from '../../i18n/index.js';

const GROUPS: Record<string, () => Promise<readonly AnyCommand[]>> = {
  admin: async () => (await import('./admin.js')).adminCommands,
  calendar: async () => (await import('./calendar.js')).calendarCommands,
  register: async () => (await import('./register.js')).registerCommands,
  cases: async () => (await import('./cases.js')).caseCommands,
  workflow: async () => (await import('./workflow.js')).workflowCommands,
  letters: async () => (await import('./letters.js')).letterCommands,
  reports: async () => (await import('./reports.js')).reportCommands,
  imnkk: async () => (await import('./imnkk.js')).imnkkCommands,
  officers: async () => (await import('./officers.js')).officerCommands,
  import: async () => (await import('./import.js')).importCommands,
  db: async () => (await import('./db.js')).dbCommands,
  serve: async () => (await import('./serve.js')).serveCommands,
};

/** Which group defines each top-level command. */
const COMMANDS: Record<string, keyof typeof GROUPS> = {
  init: 'admin',
  officer: 'officers',
  import: 'import',
  db: 'db',
  config: 'admin',
  check: 'admin',
  backup: 'admin',
  restore: 'admin',
  calendar: 'calendar',
  register: 'register',
  receipt: 'register',
  show: 'cases',
  list: 'cases',
  find: 'cases',
  requirements: 'workflow',
  slip: 'workflow',
  dispose: 'workflow',
  analyse: 'workflow',
  analyze: 'workflow',
  examine: 'workflow',
  decide: 'workflow',
  send: 'workflow',
  reopen: 'workflow',
  history: 'workflow',
  reply: 'letters',
  disposition: 'letters',
  'verify-pdf': 'letters',
  due: 'reports',
  recap: 'reports',
  imnkk: 'imnkk',
  verify: 'imnkk',
  serve: 'serve',
};

/** `loket --help` lists the commands in the order of the work, under these headings. */
const HELP_ORDER: [heading: MessageKey, commands: string[]][] = [
  ['help.group.counter', ['register', 'receipt', 'show', 'find', 'list']],
  [
    'help.group.workflow',
    ['requirements', 'dispose', 'analyse', 'examine', 'decide', 'reply', 'send', 'slip', 'reopen', 'history', 'disposition'],
  ],
  ['help.group.reports', ['due', 'recap']],
  ['help.group.imnkk', ['imnkk', 'verify', 'verify-pdf', 'serve']],
  ['help.group.admin', ['init', 'officer', 'import', 'config', 'calendar', 'check', 'backup', 'restore', 'db']],
];
const POSITION = new Map(HELP_ORDER.flatMap(([, names], g) => names.map((name, i) => [name, g * 100 + i] as const)));

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

/** Adds the group that argv names, or every group when argv names none of them (help, menu, typos). */
export async function registerCommands(program: Command, run: Runner, argv: string[]): Promise<void> {
  const word = commandWord(argv);
  const group = word === undefined ? undefined : COMMANDS[word];
  const names = group ? [group] : Object.keys(GROUPS);
  const groups = await Promise.all(names.map((n) => GROUPS[n]?.() ?? []));
  const specs = groups.flat().sort((a, b) => (POSITION.get(a.name) ?? 999) - (POSITION.get(b.name) ?? 999));
  for (const spec of specs) {
    addCommand(program, spec, run);
    const heading = HELP_ORDER.find(([, commands]) => commands.includes(spec.name))?.[0];
    if (heading) program.commands.at(-1)?.helpGroup(t(heading));
  }
}
