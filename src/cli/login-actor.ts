/**
 * On a database whose officers log in as themselves, who acts is whose login the connection is: the
 * run acts under that officer's listed name, and `--as` (or LOKET_USER) naming someone else is
 * refused (exit 5). The owner's login and a login of no officer keep the name given; authorize says
 * what they may do.
 */
import { NotAllowedError } from '../errors.js';
import { createContext, type Context, type GlobalOptions, type Terminal } from './context.js';

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The context to run with: `ctx` itself, or one acting as the login's officer over the same connection. */
export async function actAsLogin(ctx: Context, globals: GlobalOptions, io: Terminal): Promise<Context> {
  const login = await ctx.store().login();
  if (!login?.officer) return ctx;
  const claimed = globals.as ?? (io.env.LOKET_USER || undefined);
  if (claimed !== undefined && key(claimed) !== key(login.officer))
    throw new NotAllowedError('roles.notSelf', { login: login.login, officer: login.officer, actor: claimed });
  return login.officer === ctx.user ? ctx : createContext({ ...globals, as: login.officer }, io, ctx.store());
}
