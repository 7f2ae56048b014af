/** `loket` alone in a terminal: a menu, so that a receptionist never has to remember a flag. */
import { isCancelled } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';
import { readDesk, writeDesk } from '../store/desk.js';
import { findOfficer } from '../domain/officers.js';
import type { Profile } from '../domain/profile.js';
import { isUnset } from '../domain/signatory.js';
import { output, type CommandOutput } from './output.js';
import { askSelect, askText } from './prompts.js';

type Item = 'walkin' | 'letter' | 'due' | 'find' | 'show' | 'receipt' | 'mailFetch' | 'mailWaiting' | 'quit';

/** The argv of the command an item runs, asking what it needs first; undefined to quit. */
export async function chooseCommand(): Promise<string[] | undefined> {
  const items: Item[] = ['walkin', 'letter', 'due', 'find', 'show', 'receipt', 'mailFetch', 'mailWaiting', 'quit'];
  const item = await askSelect<Item>(
    t('menu.title'),
    items.map((value) => ({ value, name: t(`menu.${value}`) })),
  );
  switch (item) {
    case 'walkin':
      return ['register', 'walkin'];
    case 'letter':
      return ['register', 'letter'];
    case 'due':
      return ['due'];
    case 'find':
      return ['find', await askText(t('menu.ask.find'), { required: true })];
    case 'show':
      return ['show', await askText(t('menu.ask.id'), { required: true })];
    case 'receipt':
      return ['receipt', await askText(t('menu.ask.id'), { required: true })];
    case 'mailFetch':
      return ['mail', 'fetch'];
    case 'mailWaiting':
      return ['mail', 'waiting'];
    default:
      return undefined;
  }
}

/** What the menu needs from the program: running a command line, and saying something. */
export interface MenuIo {
  run(argv: string[]): Promise<void>;
  say(text: string): Promise<void>;
}

/** Whether the office has not set its profile up yet (no signatory named: documents could not be signed). */
function isFirstRun(profile: Profile): boolean {
  return isUnset(profile.signatories.reply.name) && !profile.officers?.length;
}

/** The officer at this desk: remembered for the workstation, else asked once (from the list, or by name). */
async function deskOfficer(ctx: Context, io: MenuIo): Promise<string> {
  const profile = (await ctx.config()).profile;
  const remembered = readDesk(ctx.home);
  if (remembered && findOfficer(profile, remembered)) return remembered;
  const officers = profile.officers ?? [];
  let name: string;
  if (officers.length) {
    name = await askSelect(
      t('menu.ask.desk'),
      officers.map((o) => ({ value: o.name, name: o.roles.length ? `${o.name} (${o.roles.join(', ')})` : o.name })),
    );
  } else {
    name = await askText(t('menu.ask.deskName'), { required: true });
    await io.run(['officer', 'add', name, '--role', 'penerima']);
  }
  await writeDesk(ctx.home, name);
  return name;
}

/** Runs the menu until the user quits: first the office set-up and who is at the desk, then each chosen command as from the shell. */
export async function runMenu(ctx: Context, helpText: string, io: MenuIo): Promise<CommandOutput> {
  if (!ctx.interactive) return output({ help: helpText }, helpText);
  try {
    if (isFirstRun((await ctx.config()).profile)) {
      await io.say(t('menu.firstRun'));
      await io.run(['init']);
    }
    const desk = await deskOfficer(ctx, io);
    await io.say(t('menu.desk', { name: desk }));
    for (;;) {
      const argv = await chooseCommand();
      if (!argv) return output({}, t('menu.bye'));
      await io.run(['--as', desk, ...argv]);
    }
  } catch (error) {
    // Ctrl+C at the menu itself only leaves it: what earlier commands saved stays saved.
    if (isCancelled(error)) return output({}, t('menu.bye'));
    throw error;
  }
}
