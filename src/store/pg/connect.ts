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

/** Errors of the connection or the server (not of loket's own checks) as exit 3, naming the masked address. */
export function databaseError(error: unknown, location: string): unknown {
  if (!(error instanceof Error) || error instanceof StoreError || error instanceof InputError) return error;
  const code = (error as { code?: string }).code ?? '';
  const known =
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED|EPIPE)$/.test(
      code,
    ) || /^(08|28|3D|53|57)/.test(code);
  if (!known) return error;
  return new StoreError('store.database', { location, message: error.message.replace(/postgres(ql)?:\/\/[^\s]*/g, (m) => maskUrl(m)) });
}

/** A client of the URL (not yet connected): one connection, quiet notices, the password as libpq would find it. */
export async function openClient(url: string, env: NodeJS.ProcessEnv): Promise<RootSql> {
  const { default: postgres } = await import('postgres');
  const target = connectionTarget(url, env);
  const pass = target.password || env.PGPASSWORD || pgpassPassword(target, env);
  return postgres(url, {
    max: 1,
    onnotice: () => undefined,
    connect_timeout: 10,
    // No array types of our own to learn: one query less on every connection.
    fetch_types: false,
    // What a database administrator sees of each workstation's connection.
    connection: { application_name: env.PGAPPNAME || 'loket' },
    ...(pass ? { pass } : {}),
    // Sizes are bigint columns; they fit in a number.
    types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
  });
}
