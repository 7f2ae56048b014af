/**
 * Who a database connection is, for the database store (issue 32): its login, whether it is the
 * owner's, and the officer whose login it is (loket_whoami, asked once per connection). Events name
 * that officer and login; what must read everything, or make a login, is refused to the others; and
 * a change of the officers makes and disables their logins in its own transaction.
 */
import type { Officer } from '../../domain/profile.js';
import { NotAllowedError } from '../../errors.js';
import type { ConfigDoc } from '../schema.js';
import type { NewLogin, StoreLogin } from '../store.js';
import type { RootSql, Sql } from './types.js';

/** Who the connection is: its login, whether it is the owner's, the officer whose login it is, and whether any officer has one. */
export interface WhoAmI {
  login: string;
  owner: boolean;
  officer: Officer | null;
  inUse: boolean;
}

/** Who an event names: the officer of the login (else the name the run acts under), and the login. */
export interface Author {
  by: string;
  login?: string;
}

/** What the logins need of the store: its connection (unchecked: also before a migration), its failures as exit 3, and the name given. */
export interface LoginsHost {
  sql(checkVersion?: boolean): Promise<RootSql>;
  /** Who the connection is, from its first statement (first-contact.ts); undefined when that could not ask. */
  firstWho?(): Promise<WhoAmI | undefined>;
  guard<T>(fn: () => Promise<T>): Promise<T>;
  user: string;
}

export class Logins {
  private whoami?: Promise<WhoAmI | undefined>;
  /** Asked again since the connection's first statement: that answer is out of date. */
  private askedAgain = false;

  constructor(private readonly host: LoginsHost) {}

  /**
   * Who the connection is, asked once; undefined on a database of a version before officers' logins
   * (being migrated), where the name the run acts under is all there is.
   */
  private who(): Promise<WhoAmI | undefined> {
    this.whoami ??= this.host.guard(async () => {
      const first = this.askedAgain ? undefined : await this.host.firstWho?.();
      if (first) return first;
      const sql = await this.host.sql(false);
      try {
        const [row] = await sql`select loket_whoami() as who`;
        return row!.who as WhoAmI;
      } catch (error) {
        if ((error as { code?: string }).code === '42883') return undefined;
        throw error;
      }
    });
    return this.whoami;
  }

  /** Asks again (the profile changed, or the connection was closed). */
  forget(): void {
    this.whoami = undefined;
    this.askedAgain = true;
  }

  async login(): Promise<StoreLogin | undefined> {
    const who = await this.who();
    return who && { login: who.login, owner: who.owner, inUse: who.inUse, ...(who.officer ? { officer: who.officer.name } : {}) };
  }

  /** The officer and login every event of this run names. */
  async author(): Promise<Author> {
    const who = await this.who();
    return { by: who?.officer?.name ?? this.host.user, ...(who ? { login: who.login } : {}) };
  }

  /**
   * Refuses (exit 5) what must read everything (a backup, the check of every attachment's bytes) to
   * a login that cannot read the protected reporters: it would leave them out, or find them damaged.
   */
  async assertReadsAll(key: 'roles.backupSealed' | 'roles.checkSealed'): Promise<void> {
    const who = await this.who();
    if (!who?.inUse) return;
    const sql = await this.host.sql();
    const [row] = await this.host.guard(() => sql`select loket_may_unseal() as reader`);
    if (!row?.reader) throw new NotAllowedError(key, { login: who.login });
  }

  /** Refuses (exit 5) to make a login over any connection but the owner's. Asked before a transaction: it has the one connection. */
  async assertOwner(login: string): Promise<void> {
    const who = await this.who();
    if (!who?.owner) throw new NotAllowedError('roles.loginNeedsOwner', { login, actor: who?.login ?? this.host.user });
  }

  /**
   * In the transaction that writes the configuration `after`: the login of an officer taken off the
   * list (or given another one) is disabled, their name staying in the history; `newLogin` is made.
   */
  async follow(sql: Sql, before: ConfigDoc, after: ConfigDoc, newLogin?: NewLogin): Promise<void> {
    const logins = (c: ConfigDoc) => new Set((c.profile.officers ?? []).flatMap((o) => (o.login ? [o.login] : [])));
    const kept = logins(after);
    for (const login of logins(before)) if (!kept.has(login)) await sql`select loket_disable_login(${login})`;
    if (newLogin) {
      const { makeLogin } = await import('./grants.js');
      const officer = after.profile.officers?.find((o) => o.login === newLogin.login);
      await makeLogin(sql, newLogin, { officer: officer?.name ?? '', kind: 'officer' });
    }
  }
}
