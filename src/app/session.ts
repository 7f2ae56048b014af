/**
 * What every use case runs with: who acts, the clock, the store, and the office's settings and
 * calendar read from it once per run. Every way in (command line, menu, web, mail) builds one and
 * hands it to the use cases; none of them reaches for the process, a terminal or HTTP.
 */
import type { WorkingCalendar } from '../domain/calendar.js';
import type { OfficeClock, WeeklySchedule } from '../domain/office-hours.js';
import type { Profile } from '../domain/profile.js';
import { localDate } from '../domain/timezone.js';
import { t } from '../i18n/index.js';
import { officeCalendar } from '../reference/holidays.js';
import type { ConfigDoc } from '../store/schema.js';
import type { Store } from '../store/store.js';

/** Secrets an office keeps out of its files, asked for when a step needs them. */
export type SecretName = 'signingPassphrase' | 'smtpPassword' | 'imapPassword';

export interface Session {
  /** The acting officer, as recorded in the audit trail. */
  readonly user: string;
  /** The data folder of the office's own templates and tables (LOKET_HOME). */
  readonly home: string;
  /** The current instant in ms (LOKET_NOW when set). */
  now(): number;
  /** Today's date in the office time zone. */
  today(): Promise<string>;
  store(): Store;
  config(): Promise<ConfigDoc>;
  profile(): Promise<Profile>;
  calendar(): Promise<WorkingCalendar>;
  clock(): Promise<OfficeClock>;
  /** Reads the office's settings and calendar afresh at their next use (the menu, before each screen: another terminal may have changed them). */
  refresh(): Promise<void>;
  /** What the run has to say beside its result (a computed year, a schedule on a day off), each in the interface language. */
  readonly warnings: string[];
  /** A secret (from the environment, or asked in a terminal); undefined when none can be had. */
  secret(name: SecretName): Promise<string | undefined>;
}

export interface SessionOptions {
  user: string;
  home: string;
  now: () => number;
  /** Opened on first use, so that a command that never touches the store never opens it. */
  store: () => Store;
  secret?: (name: SecretName) => Promise<string | undefined>;
}

/** A session over a store; settings and calendar are read once, when first asked for (again after `refresh`). */
export function createSession(options: SessionOptions): Session {
  let calendar: WorkingCalendar | undefined;
  const warnings: string[] = [];
  const session: Session = {
    user: options.user,
    home: options.home,
    now: options.now,
    warnings,
    store: options.store,
    config: () => options.store().config(),
    async profile() {
      return (await session.config()).profile;
    },
    async today() {
      return localDate(options.now(), (await session.profile()).timeZone);
    },
    async calendar() {
      if (!calendar) {
        const config = await session.config();
        calendar = officeCalendar(config.calendar, (year) => warnings.push(t('warn.computedYear', { year })));
      }
      return calendar;
    },
    async clock() {
      const profile = await session.profile();
      return { calendar: await session.calendar(), schedule: profile.officeHours as WeeklySchedule, timeZone: profile.timeZone };
    },
    async refresh() {
      calendar = undefined;
      await options.store().forgetConfig();
    },
    secret: options.secret ?? (async () => undefined),
  };
  return session;
}

/** The session's current year, in the office zone (a case typed as its agenda number alone is of this year). */
export async function currentYear(s: Session): Promise<number> {
  return Number((await s.today()).slice(0, 4));
}
