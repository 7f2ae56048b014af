/**
 * Reaching the database: the URL as libpq takes it (`sslmode`, PGPASSWORD, ~/.pgpass), never printed
 * with its password, and a failure of the server told apart from a refusal of the input.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError, StoreError } from '../../errors.js';
import type { RootSql } from './types.js';
import { maskUrl } from '../lazy-store.js';

export { maskUrl };

/** One field of a .pgpass line, with `\:` and `\\` unescaped; `*` matches anything. */
function pgpassFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) field += line[++i];
    else if (ch === ':' && fields.length < 4) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * The password of the libpq password file (PGPASSFILE, else ~/.pgpass) for this host, port, database
 * and user; like libpq, a file that others may read is ignored.
 */
export function pgpassPassword(
  target: { host: string; port: string; database: string; user: string },
  env: NodeJS.ProcessEnv,
): string | undefined {
  const file = env.PGPASSFILE || join(homedir(), '.pgpass');
  try {
    if (statSync(file).mode & 0o077) return undefined;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [host, port, database, user, password] = pgpassFields(line);
      const match = (pattern: string | undefined, value: string) => pattern === '*' || pattern === value;
      if (match(host, target.host) && match(port, target.port) && match(database, target.database) && match(user, target.user))
        return password;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** What a URL names, with libpq's defaults from the environment. */
export function connectionTarget(
  url: string,
  env: NodeJS.ProcessEnv,
): { host: string; port: string; database: string; user: string; password: string } {
  const u = new URL(url);
  const user = decodeURIComponent(u.username) || env.PGUSER || env.USER || 'postgres';
  return {
    host: u.hostname || env.PGHOST || 'localhost',
    port: u.port || env.PGPORT || '5432',
    database: decodeURIComponent(u.pathname.slice(1)) || env.PGDATABASE || user,
    user,
    password: decodeURIComponent(u.password),
  };
}

// The URL parameters loket passes on (libpq's names); anything else is a typo the server would refuse.
const URL_PARAMETERS = new Set([
  'sslmode',
  'sslrootcert',
  'host',
  'port',
  'search_path',
  'application_name',
  'options',
  'target_session_attrs',
  'connect_timeout',
  'statement_timeout',
  'lock_timeout',
  'idle_in_transaction_session_timeout',
]);

/**
 * Refuses (exit 2, naming `field`) an address that is not a PostgreSQL URL: another scheme, none at
 * all, a URL that does not parse (a bad port, a bracket), or a parameter libpq does not know.
 */
export function checkDatabaseUrl(url: string, field: string): void {
  const value = maskUrl(url);
  if (!/^postgres(ql)?:\/\//i.test(url)) throw InputError.of(field, 'input.databaseScheme', { value });
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw InputError.of(field, 'input.databaseUrl', { value });
  }
  for (const key of u.searchParams.keys()) if (!URL_PARAMETERS.has(key)) throw InputError.of(field, 'input.databaseParam', { value, key });
  const port = u.searchParams.get('port');
  if (port !== null && !(/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    throw InputError.of(field, 'input.databaseUrl', { value });
}

/** Errors of the connection or the server (not of loket's own checks) as exit 3, naming the masked address and what it waited for. */
export function databaseError(error: unknown, location: string, timeoutMs = 15_000): unknown {
  if (!(error instanceof Error) || error instanceof StoreError || error instanceof InputError) return error;
  const { code = '', syscall } = error as { code?: string; syscall?: string };
  const message = error.message.replace(/postgres(ql)?:\/\/[^\s]*/g, (m) => maskUrl(m));
  const seconds = Math.round(timeoutMs / 100) / 10;
  // A row another workstation holds (lock_timeout), a statement that ran too long (statement_timeout).
  if (code === '55P03') return new StoreError('store.dbLockTimeout', { location, seconds });
  if (code === '57014' && /statement timeout/i.test(error.message))
    return new StoreError('store.dbStatementTimeout', { location, seconds: 2 * seconds });
  // The server said no: a read-only server or transaction, a permission, a key already there; its words are shown.
  if (/^(25|23|42501)/.test(code)) return new StoreError('store.dbRefused', { location, message });
  const known =
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED|EPIPE)$/.test(
      code,
    ) ||
    // A Unix socket that is not there, or not ours.
    (syscall === 'connect' && /^(ENOENT|EACCES)$/.test(code)) ||
    /^(08|28|3D|53|57)/.test(code);
  if (!known) return error;
  return new StoreError('store.database', { location, message });
}

/**
 * A client of the URL (not yet connected): one connection, quiet notices, the password as libpq would
 * find it, libpq's `?host=/run/postgresql` for a Unix socket, and the waits of `timeoutMs`: a row
 * locked by another workstation (lock_timeout) waited for that long at most, a statement
 * (statement_timeout) twice that, and a transaction left idle by a frozen workstation ended by the server after a
 * minute (or four waits), so that its locks do not hold the office up for as long as it is frozen.
 */
export async function openClient(url: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<RootSql> {
  const { default: postgres } = await import('postgres');
  const u = new URL(url);
  const socketHost = u.searchParams.get('host') ?? undefined;
  const socketPort = u.searchParams.get('port') ?? undefined;
  u.searchParams.delete('host');
  u.searchParams.delete('port');
  const target = connectionTarget(url, env);
  const pass = target.password || env.PGPASSWORD || pgpassPassword(target, env);
  return postgres(u.toString(), {
    max: 1,
    onnotice: () => undefined,
    connect_timeout: 10,
    // No array types of our own to learn: one query less on every connection.
    fetch_types: false,
    ...(socketHost ? { host: socketHost } : {}),
    ...(socketPort ? { port: Number(socketPort) } : {}),
    // What a database administrator sees of each workstation's connection, and how long it waits.
    connection: {
      application_name: env.PGAPPNAME || 'loket',
      lock_timeout: timeoutMs,
      // Longer than the lock's wait, so that a statement waiting for a lock says so.
      statement_timeout: 2 * timeoutMs,
      idle_in_transaction_session_timeout: Math.max(60_000, 4 * timeoutMs),
    },
    ...(pass ? { pass } : {}),
    // Sizes are bigint columns; they fit in a number.
    types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
  });
}
