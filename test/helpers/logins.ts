/**
 * An office on the test database whose officers log in as themselves (issue 32): the owner's URL,
 * each login's URL, and a SQL client connected as a login, as an officer's own psql would be.
 * Login names carry a random tag: logins are the server's, and other test files share it.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { runLoket, SIGNERS, type CliResult } from './loket.js';

export const PASSWORD = 'sandi-rahasia-123';

/** The URL of the same database and schema as another login. */
export function loginUrl(url: string, login: string, password = PASSWORD): string {
  const u = new URL(url);
  u.username = login;
  u.password = password;
  return u.toString();
}

/** A SQL client connected as `login` (not yet connected: the first query connects). */
export async function sqlAs(url: string, login: string) {
  const { default: postgres } = await import('postgres');
  return postgres(loginUrl(url, login), { max: 1, onnotice: () => undefined, connect_timeout: 10 });
}

/** The officers of the office: name, role and login (tagged). */
export function officersOf(tag = randomBytes(3).toString('hex')) {
  return {
    receptionist: { name: 'Siti Aminah', role: 'penerima', login: `siti_${tag}` },
    leader: { name: 'Kepala Pokja', role: 'disposisi', login: `pokja_${tag}` },
    analyst: { name: 'Budi Santoso', role: 'analis', login: `budi_${tag}` },
    wbs: { name: 'Wati', role: 'wbs', login: `wati_${tag}` },
    signatory: { name: 'Ratna Dewi', role: 'penandatangan', login: `ratna_${tag}` },
  };
}
export type Officers = ReturnType<typeof officersOf>;

/**
 * Sets the office up over the owner's connection: the profile, a first admin who has no login (as an
 * office that listed its officers before logins), then every officer with their own login.
 */
export async function officeWithLogins(home: string, url: string, now: string, officers: Officers): Promise<void> {
  const owner = (args: string[]) =>
    runLoket(args, { home, now, user: 'Admin Kantor', env: { LOKET_DATABASE_URL: url, LOKET_NEW_PASSWORD: PASSWORD } });
  const ok = (r: CliResult) => expect(r.code, r.stderr).toBe(0);
  ok(await owner(['init', '--yes', ...SIGNERS]));
  ok(await owner(['officer', 'add', 'Admin Kantor']));
  for (const o of Object.values(officers)) ok(await owner(['officer', 'add', o.name, '--role', o.role, '--login', o.login]));
}
