/** What every command receives: who acts, when, where the store is, and how to talk to the user. */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { WorkingCalendar } from '../domain/calendar.js';
import { parseInstant } from '../domain/instants.js';
import { instantInRange, MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import { localDate } from '../domain/timezone.js';
import type { OfficeClock, WeeklySchedule } from '../domain/office-hours.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { readDesk } from './desk.js';
import { officeCalendar } from '../reference/holidays.js';
import { setTemplateDir } from '../render/template.js';
import { FileStore } from '../store/file-store.js';
import { lazyStore, maskUrl } from '../store/lazy-store.js';
import { lockOptionsFromEnv } from '../store/lock.js';
import { resolveHome } from '../store/paths.js';
import type { Store } from '../store/store.js';
import type { ConfigDoc } from '../store/schema.js';

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

export interface Context {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** The database URL when the store is PostgreSQL (never printed: `store().location` masks it). */
  readonly database?: string;
  readonly user: string;
  readonly json: boolean;
  /** Prompts are allowed: a terminal on stdin, and neither --yes nor --json. */
  readonly interactive: boolean;
  /** Text may be coloured: a terminal on stdout, and no NO_COLOR. */
  readonly colour: boolean;
  /** The current instant in ms (LOKET_NOW when set). */
  now(): number;
  /** Today's date in the office time zone. */
  today(): Promise<string>;
  /** Messages for stderr, printed once the command is done. */
  readonly warnings: string[];
  /** The case store: PostgreSQL when a database URL is set, else the files in `home`. */
  store(): Store;
  /** Ends what the run opened (a database connection); called once the command is done. */
  close(): Promise<void>;
  config(): Promise<ConfigDoc>;
  calendar(): Promise<WorkingCalendar>;
  clock(): Promise<OfficeClock>;
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

/** Builds the context from global options and the environment; LOKET_NOW is checked here. */
export function createContext(options: GlobalOptions, io: Terminal): Context {
  const { env } = io;
  const home = resolveHome(env, options.home);
  setTemplateDir(join(home, 'templates'));
  const user = resolveUser(env, home, options.as);
  let fixedNow: number | undefined;
  if (env.LOKET_NOW) {
    // The zone only matters for an instant without offset; the office zone is not known yet, so Jakarta.
    fixedNow = parseInstant(env.LOKET_NOW, 'Asia/Jakarta');
    if (fixedNow === undefined) throw InputError.of('LOKET_NOW', 'input.now', { value: env.LOKET_NOW });
    if (!instantInRange(fixedNow))
      throw InputError.of('LOKET_NOW', 'input.yearRange', { value: env.LOKET_NOW, min: MIN_YEAR, max: MAX_YEAR });
  }
  const now = () => fixedNow ?? Date.now();
  let store: Store | undefined;
  let calendar: WorkingCalendar | undefined;
  const warnings: string[] = [];
  const database = options.database ?? env.LOKET_DATABASE_URL;
  const source = options.database !== undefined ? '--database' : 'LOKET_DATABASE_URL';
  // Every user of the machine can read a command line (ps): a password there is said to be one.
  if (options.database !== undefined && maskUrl(options.database) !== options.database) warnings.push(t('warn.passwordOnCommandLine'));
  const ctx: Context = {
    env,
    home,
    ...(database ? { database } : {}),
    user,
    json: !!options.json,
    interactive: io.stdinIsTty && !options.yes && !options.json,
    colour: io.stdoutIsTty && !env.NO_COLOR,
    now,
    async today() {
      return localDate(now(), (await ctx.config()).profile.timeZone);
    },
    warnings,
    store() {
      const url = database;
      store ??= url
        ? lazyStore(maskUrl(url), async () => new (await import('../store/pg-store.js')).PgStore({ url, user, now, env, source }))
        : new FileStore({ home, user, now, lock: lockOptionsFromEnv(env) });
      return store;
    },
    async close() {
      await store?.close();
    },
    config() {
      return ctx.store().config();
    },
    async calendar() {
      if (!calendar) {
        const config = await ctx.config();
        calendar = officeCalendar(config.calendar, (year) => warnings.push(t('warn.computedYear', { year })));
      }
      return calendar;
    },
    async clock() {
      const config = await ctx.config();
      return { calendar: await ctx.calendar(), schedule: config.profile.officeHours as WeeklySchedule, timeZone: config.profile.timeZone };
    },
  };
  return ctx;
}
