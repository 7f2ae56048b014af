/** The one module that asks questions in the terminal (@inquirer/prompts, loaded only when asking). */
import { t } from '../i18n/index.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** What stands after the question once chosen (a long line of a list is shown by its case number). */
  short?: string;
  /** Ticked at first (a checkbox). */
  checked?: boolean;
}

type Validate = (value: string) => string | true | Promise<string | true>;

/** How the menu asks: Esc goes back (the prompt rejects as `isBack`), and a pre-filled answer is editable. */
export interface AskOptions {
  back?: boolean;
}

/** Whether a prompt was left with Esc (the menu's "back"): nothing was answered. */
export function isBack(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortPromptError';
}

/** Runs a prompt; with `back`, Esc aborts it. */
async function escapable<T>(options: AskOptions, ask: (context: { signal?: AbortSignal }) => Promise<T>): Promise<T> {
  if (!options.back) return ask({});
  const controller = new AbortController();
  const onKey = (_text: unknown, key?: { name?: string }) => {
    if (key?.name === 'escape') controller.abort();
  };
  process.stdin.on('keypress', onKey);
  try {
    return await ask({ signal: controller.signal });
  } finally {
    process.stdin.off('keypress', onKey);
  }
}

/** Asks for a line of text; `validate` returns a message to show inline, or true. `prefill` is put on the line to edit. */
export async function askText(
  message: string,
  options: AskOptions & { default?: string; prefill?: string; required?: boolean; validate?: Validate } = {},
): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const answer = await escapable(options, (context) =>
    input(
      {
        message,
        default: options.prefill ?? options.default,
        ...(options.prefill ? { prefill: 'editable' as const } : {}),
        validate: (value) => {
          if (options.required && !value.trim()) return t('input.required');
          return value.trim() && options.validate ? options.validate(value.trim()) : true;
        },
      },
      context,
    ),
  );
  return answer.trim();
}

/** Asks to pick one of a list. */
export async function askSelect<T extends string>(
  message: string,
  choices: Choice<T>[],
  defaultValue?: T,
  options: AskOptions & { pageSize?: number } = {},
): Promise<T> {
  const { select } = await import('@inquirer/prompts');
  return escapable(options, (context) =>
    select<T>({ message, choices, default: defaultValue, pageSize: options.pageSize, theme: { style: { keysHelpTip } } }, context),
  );
}

/** Asks to tick any of a list (space ticks, Enter confirms). */
export async function askChecks<T extends string>(
  message: string,
  choices: Choice<T>[],
  options: AskOptions & { required?: boolean } = {},
): Promise<T[]> {
  const { checkbox } = await import('@inquirer/prompts');
  return escapable(options, (context) =>
    checkbox<T>(
      {
        message,
        choices,
        required: options.required,
        theme: { style: { keysHelpTip, renderSelectedChoices: (ticked: { short: string }[]) => tickedText(message, ticked) } },
        validate: (ticked) => (options.required && !ticked.length ? t('input.required') : true),
      },
      context,
    ),
  );
}

/** What stands after a checkbox once answered: the ticked choices, or how many when they would not fit on the line. */
function tickedText(message: string, ticked: { short: string }[]): string {
  const all = ticked.map((c) => c.short).join(', ');
  // "✔ " before the question and a space after it; 100 columns is the width every screen keeps to.
  return message.length + all.length + 3 <= 100 ? all : t('menu.prompt.ticked', { n: ticked.length });
}

/** The key hints under a list ("↑↓ navigate • ⏎ select") in the interface language. */
function keysHelpTip(keys: [key: string, action: string][]): string {
  const words: Record<string, string> = {
    navigate: t('prompt.navigate'),
    select: t('prompt.select'),
    submit: t('prompt.select'),
    all: t('menu.prompt.all'),
    invert: t('menu.prompt.invert'),
  };
  // A checkbox's space "selects" one choice: it ticks it; Enter submits them.
  return keys
    .map(([key, action]) => (key === 'space' ? `${t('menu.prompt.space')} ${t('menu.prompt.tick')}` : `${key} ${words[action] ?? action}`))
    .join(' • ');
}

/** Asks for a secret without echoing it. */
export async function askPassword(message: string): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  return password({ message, mask: '*' });
}
