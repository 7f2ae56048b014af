/**
 * `loket` alone in a terminal: the office's menu. It opens on what waits for the officer at the desk
 * (src/cli/desk/start.ts), by their roles; every step is taken there through the same use cases as
 * the command line, acting as that officer. The first run sets the office up and asks who is at the desk.
 */
import { isCancelled } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';
import { readDesk, writeDesk } from '../store/desk.js';
import { assertOfficer, findOfficer } from '../domain/officers.js';
import type { Profile } from '../domain/profile.js';
import { isUnset } from '../domain/signatory.js';
import { output, type CommandOutput } from './output.js';
import { askSelect, askText } from './prompts.js';

/** What the menu needs from the program: running a command line, saying something, and a session for the desk officer. */
export interface MenuIo {
  run(argv: string[]): Promise<void>;
  say(text: string): Promise<void>;
  /** Warnings, where the command line writes them (stderr). */
  warn(text: string): Promise<void>;
  /** Clears the terminal (before the visitor's survey screen). */
  clear(): Promise<void>;
  /** The context every step of the menu runs in, acting as `officer`. */
  session(officer: string): Context;
  /** Who the command line named to act (`--as`, else LOKET_USER): the menu then opens without asking. */
  named?: string;
}

/** Whether the office has not set its profile up yet (no signatory named: documents could not be signed). */
function isFirstRun(profile: Profile): boolean {
  return isUnset(profile.signatories.reply.name) && !profile.officers?.length;
}

/**
 * The officer at this desk: the one named by `--as` or LOKET_USER (refused when not listed), the
 * session's own when it is a listed officer (the remembered desk, or on a shared database the officer
 * who logged in), else asked once (from the list, or by name) and remembered for the workstation.
 */
async function deskOfficer(ctx: Context, io: MenuIo): Promise<string> {
  const profile = (await ctx.config()).profile;
  if (io.named) return assertOfficer(profile, io.named);
  const listed = findOfficer(profile, ctx.user);
  if (listed) return listed.name;
  const remembered = readDesk(ctx.home);
  if (remembered && findOfficer(profile, remembered)) return remembered;
  const officers = profile.officers ?? [];
  let name: string;
  if (officers.length) {
    name = await askSelect(
      t('menu.ask.desk'),
      officers.map((o) => ({
        value: o.name,
        name: o.roles.length ? `${o.name} (${o.roles.map((r) => t(`role.${r}`)).join(', ')})` : o.name,
      })),
    );
  } else {
    name = await askText(t('menu.ask.deskName'), { required: true });
    await io.run(['officer', 'add', name, '--role', 'penerima']);
  }
  await writeDesk(ctx.home, name);
  return name;
}

/** Runs the menu until the user quits: first the office set-up and who is at the desk, then the desk's start screen. */
export async function runMenu(ctx: Context, helpText: string, io: MenuIo): Promise<CommandOutput> {
  if (!ctx.interactive) return output({ help: helpText }, helpText);
  try {
    if (isFirstRun((await ctx.config()).profile)) {
      await io.say(t('menu.firstRun'));
      await io.run(['init']);
    }
    const officer = await deskOfficer(ctx, io);
    const session = io.session(officer);
    try {
      await io.say(t('menu.desk', { name: session.user }));
      const { startScreen } = await import('./desk/start.js');
      await startScreen({ ctx: session, officer: session.user, say: io.say, warn: io.warn, clear: io.clear });
    } finally {
      await session.close();
    }
    return output({}, t('menu.bye'));
  } catch (error) {
    // Ctrl+C in the set-up or at the start screen only leaves the menu: what earlier steps saved stays saved.
    if (isCancelled(error)) return output({}, t('menu.bye'));
    throw error;
  }
}
