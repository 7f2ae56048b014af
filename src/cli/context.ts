/** What every command receives: the session of the use cases, plus how to talk to the person at the terminal. */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createSession, type SecretName, type Session } from '../app/session.js';
import { parseInstant } from '../domain/instants.js';
import { instantInRange, MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { setTemplateDir } from '../render/template.js';
import { setLogoSource } from '../render/logo-source.js';
import { readDesk } from '../store/desk.js';
import { maskUrl } from '../store/lazy-store.js';
import { openStore } from '../store/open-store.js';
import { resolveHome } from '../store/paths.js';
import type { Store } from '../store/store.js';

export interface GlobalOptions {
  home?: string;
  /** A PostgreSQL URL: the shared store of several workstations (else LOKET_DATABASE_URL, else the files in home). */
  database?: string;
  as?: string;
  json?: boolean;
  yes?: boolean;
}

/** Where a run reads its settings and whether it talks to a terminal: the process's own, or a test's. */
export interface Terminal {
  env: NodeJS.ProcessEnv;
  stdinIsTty: boolean;
  stdoutIsTty: boolean;
}

export interface Context extends Session {
  readonly env: NodeJS.ProcessEnv;
  /** The data folder (for refusing `--out` paths inside it, and the office's own templates). */
  readonly home: string;
  /** The database URL when the store is PostgreSQL (never printed: `store().location` masks it). */
  readonly database?: string;
  readonly json: boolean;
  /** Prompts are allowed: a terminal on stdin, and neither --yes nor --json. */
  readonly interactive: boolean;
  /** Text may be coloured: a terminal on stdout, and no NO_COLOR. */
  readonly colour: boolean;
  /** Ends what the run opened (a database connection); called once the command is done. */
  close(): Promise<void>;
}

function resolveUser(env: NodeJS.ProcessEnv, home: string, flag?: string): string {
  if (flag) return flag;
  if (env.LOKET_USER) return env.LOKET_USER;
  const desk = readDesk(home);
  if (desk) return desk;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** LOKET_NOW as ms, checked; undefined when unset (the real clock). */
function fixedNow(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.LOKET_NOW) return undefined;
  // The zone only matters for an instant without offset; the office zone is not known yet, so Jakarta.
  const ms = parseInstant(env.LOKET_NOW, 'Asia/Jakarta');
  if (ms === undefined) throw InputError.of('LOKET_NOW', 'input.now', { value: env.LOKET_NOW });
  if (!instantInRange(ms)) throw InputError.of('LOKET_NOW', 'input.yearRange', { value: env.LOKET_NOW, min: MIN_YEAR, max: MAX_YEAR });
  return ms;
}

/**
 * Builds the context from global options and the environment; LOKET_NOW is checked here. `opened`: a
 * store an earlier context of the same run opened (the database connection that said who acts).
 */
export function createContext(options: GlobalOptions, io: Terminal, opened?: Store): Context {
  const { env } = io;
  const home = resolveHome(env, options.home);
  setTemplateDir(join(home, 'templates'));
  const user = resolveUser(env, home, options.as);
  const fixed = fixedNow(env);
  const now = () => fixed ?? Date.now();
  const database = options.database ?? env.LOKET_DATABASE_URL;
  const interactive = io.stdinIsTty && !options.yes && !options.json;
  let store: Store | undefined = opened;
  const secret = async (name: SecretName): Promise<string | undefined> => {
    if (name === 'signingPassphrase') {
      if (env.LOKET_SIGNING_PASSPHRASE !== undefined) return env.LOKET_SIGNING_PASSPHRASE;
      if (interactive) return (await import('./prompts.js')).askPassword(t('ask.signingPassphrase'));
    }
    // The mail servers' passwords: from the environment here; else the 0600 file the profile names (src/mail/password.ts).
    if (name === 'smtpPassword') return env.LOKET_SMTP_PASSWORD;
    if (name === 'imapPassword') return env.LOKET_IMAP_PASSWORD;
    return undefined;
  };
  // Every user of the machine can read a command line (ps): a password there is said to be one.
  const source = options.database !== undefined ? '--database' : 'LOKET_DATABASE_URL';
  const session = createSession({
    user,
    home,
    now,
    secret,
    store: () => (store ??= openStore({ home, database, user, now, env, source })),
  });
  if (options.database !== undefined && maskUrl(options.database) !== options.database)
    session.warnings.push(t('warn.passwordOnCommandLine'));
  // The letterhead's logo is read from the store only when a document is drawn; a lost one is said once.
  setLogoSource({
    read: (sha256) =>
      session
        .store()
        .readAttachment(sha256)
        .then(Buffer.from, () => undefined),
    missing: (logo) => {
      const warning = t('warn.logoMissing', { value: logo });
      if (!session.warnings.includes(warning)) session.warnings.push(warning);
    },
  });
  return Object.assign(session, {
    env,
    home,
    ...(database ? { database } : {}),
    json: !!options.json,
    interactive,
    colour: io.stdoutIsTty && !env.NO_COLOR,
    async close() {
      await store?.close();
    },
  });
}
