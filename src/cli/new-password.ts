/**
 * The password of a database login loket makes (`officer add --login`, `db serve-login`):
 * LOKET_NEW_PASSWORD, else asked without echo in a terminal; under --yes or without a terminal and
 * without the variable, exit 2. Never printed, stored, or put on a command line.
 */
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';

/** The new password of `login`. */
export async function newPassword(ctx: Pick<Context, 'env' | 'interactive'>, login: string): Promise<string> {
  const given = ctx.env.LOKET_NEW_PASSWORD;
  if (given !== undefined && given !== '') return given;
  if (ctx.interactive) return (await import('./prompts.js')).askPassword(t('ask.newPassword', { login }));
  throw InputError.of('LOKET_NEW_PASSWORD', 'roles.passwordNeeded', { login });
}
