/** `loket` alone in a terminal: a menu, so that a receptionist never has to remember a flag. */
import { isCancelled } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';
import { output, type CommandOutput } from './output.js';
import { askSelect, askText } from './prompts.js';

type Item = 'walkin' | 'letter' | 'due' | 'find' | 'show' | 'receipt' | 'quit';

/** The argv of the command an item runs, asking what it needs first; undefined to quit. */
export async function chooseCommand(): Promise<string[] | undefined> {
  const items: Item[] = ['walkin', 'letter', 'due', 'find', 'show', 'receipt', 'quit'];
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
    default:
      return undefined;
  }
}

/** Runs the menu until the user quits; each chosen command is run and printed like from the shell. */
export async function runMenu(ctx: Context, helpText: string, run: (argv: string[]) => Promise<void>): Promise<CommandOutput> {
  if (!ctx.interactive) return output({ help: helpText }, helpText);
  for (;;) {
    let argv: string[] | undefined;
    try {
      argv = await chooseCommand();
    } catch (error) {
      // Ctrl+C at the menu itself only leaves it: what earlier commands saved stays saved.
      if (isCancelled(error)) return output({}, t('menu.bye'));
      throw error;
    }
    if (!argv) return output({}, t('menu.bye'));
    await run(argv);
  }
}
