/** The one module that asks questions in the terminal (@inquirer/prompts, loaded only when asking). */
import { t } from '../i18n/index.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
}

type Validate = (value: string) => string | true;

/** Asks for a line of text; `validate` returns a message to show inline, or true. */
export async function askText(
  message: string,
  options: { default?: string; required?: boolean; validate?: Validate } = {},
): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const answer = await input({
    message,
    default: options.default,
    validate: (value) => {
      if (options.required && !value.trim()) return t('input.required');
      return value.trim() && options.validate ? options.validate(value.trim()) : true;
    },
  });
  return answer.trim();
}

/** Asks to pick one of a list. */
export async function askSelect<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T> {
  const { select } = await import('@inquirer/prompts');
  return select<T>({ message, choices, default: defaultValue, theme: { style: { keysHelpTip } } });
}

/** The key hints under a list ("↑↓ navigate • ⏎ select") in the interface language. */
function keysHelpTip(keys: [key: string, action: string][]): string {
  return keys
    .map(([key, action]) => `${key} ${action === 'navigate' ? t('prompt.navigate') : action === 'select' ? t('prompt.select') : action}`)
    .join(' • ');
}

/** Asks for a secret without echoing it. */
export async function askPassword(message: string): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  return password({ message, mask: '*' });
}
