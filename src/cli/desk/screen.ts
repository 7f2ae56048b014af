/** What every screen of the menu works with: the desk officer's session, and saying things on the terminal. */
import { isCancelled } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { fitWidth } from '../../render/desk-lines.js';
import type { Context } from '../context.js';
import { isBack } from '../prompts.js';
import { refusalLines } from './problems.js';

/** The width every screen keeps to. */
export const SCREEN_WIDTH = 100;

export interface Screen {
  /** The session of the officer at the desk: every step acts as them. */
  readonly ctx: Context;
  readonly officer: string;
  /** Writes text for the officer (control characters escaped). */
  say(text: string): Promise<void>;
  /** Writes warnings (on stderr, as the command line does). */
  warn(text: string): Promise<void>;
  /** Clears the terminal and its scroll-back (the visitor's survey screen shows nothing of the officer's). */
  clear(): Promise<void>;
}

/** Says what a step produced, fitted to the screen, then the warnings it gathered (each once, then forgotten). */
export async function tell(m: Screen, lines: string | string[]): Promise<void> {
  await m.say(fitWidth(Array.isArray(lines) ? lines.join('\n') : lines, SCREEN_WIDTH));
  const warnings = [...new Set(m.ctx.warnings.splice(0))];
  if (warnings.length) await m.warn(fitWidth(warnings.join('\n'), SCREEN_WIDTH));
}

/**
 * Runs one step of a screen: Esc leaves it with nothing written, a refusal is said with its reasons,
 * and the screen goes on (false); Ctrl+C goes up to the start screen. A fault of loket itself is not hidden.
 * The office's settings are read again before the step.
 */
export async function guarded(m: Screen, work: () => Promise<void>): Promise<boolean> {
  try {
    // Each step reads the office's settings afresh, as each command does: another terminal may have changed them.
    await m.ctx.refresh();
    await work();
    return true;
  } catch (error) {
    m.ctx.warnings.splice(0);
    if (isCancelled(error)) throw error;
    await m.say(isBack(error) ? t('menu.backNothingSaved') : fitWidth(refusalLines(error).join('\n'), SCREEN_WIDTH));
    return false;
  }
}
