/** Driving the menu in a pseudo-terminal (pty-drive.py): the keys typed at each question, the screens back. */
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { t } from '../../src/i18n/index.js';
import type { MessageKey } from '../../src/i18n/id.js';
import { BIN } from './cli.js';

const DRIVER = fileURLToPath(new URL('./pty-drive.py', import.meta.url));

/** Whether python3 with its pty module is there to drive a terminal. */
export const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import pty'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const KEY = { ENTER: '\r', DOWN: '\u001b[B', ESC: '\u001b', CTRL_C: '\u0003', ERASE: '\u007f'.repeat(12) } as const;

export type Step = [pattern: string, keys: string];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits for a message of the catalogue, then types. */
export const on = (key: MessageKey, keys: string, params: Record<string, string | number> = {}): Step => [escape(t(key, params)), keys];
/** Waits for a text, then types. */
export const onText = (text: string, keys: string): Step => [escape(text), keys];
/** Waits for the start screen's question showing a counter as it should, then types. */
export const onStart = (counter: MessageKey, n: number, keys: string): Step => [
  `${escape(t('menu.title'))}[\\s\\S]*?${escape(t(counter, { n }))}`,
  keys,
];

export interface MenuRun {
  /** What the terminal showed, ANSI codes removed. */
  output: string;
  /** The lines as drawn (broken wherever the cursor moved): what the width of a screen is measured on. */
  drawn: string;
  code: number;
  /** The pattern that did not appear within 20 s, if any. */
  failedAt: string | null;
}

/** Runs `loket` (the menu) in a 100 × 50 terminal with `env`, typing each step's keys once its pattern shows. */
export function driveMenu(env: NodeJS.ProcessEnv, steps: Step[]): Promise<MenuRun> {
  const all = { ...process.env, LOKET_LANG: 'id', PTY_COLUMNS: '100', PTY_ROWS: '50', ...env };
  return new Promise((resolve, reject) =>
    execFile(
      'python3',
      [DRIVER, JSON.stringify(steps), '--', process.execPath, BIN],
      { env: all, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        if (error && !stdout) return reject(error);
        const run = JSON.parse(stdout) as MenuRun;
        if (process.env.LOKET_SHOW_SCREEN) console.log(run.output);
        resolve(run);
      },
    ),
  );
}
