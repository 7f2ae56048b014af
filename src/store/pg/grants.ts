/**
 * The logins of a store and what they may touch. Two group roles per store (named after its database
 * and schema, loket_group in SQL): `…_petugas`, the officers' logins, who read every table but the
 * sealed rows of wbs officers, add rows, change cases and (admins) the settings, and delete nothing;
 * and `…_web`, the public page's login, which runs the public functions (public-migration.ts) and
 * reads nothing else. Made by the owner's login, which needs CREATEROLE; given again by every
 * `db migrate`, so a table a later migration adds is covered.
 */
import { InputError } from '../../errors.js';
import { isLoginName } from '../../domain/officers.js';
import type { NewLogin } from '../store.js';
import { scramVerifier } from './scram.js';
import type { Sql } from './types.js';

export interface Groups {
  officers: string;
  web: string;
}

/** Tables no login but the owner's adds to: the counters move with the rows that use them (login-migrations.ts). */
const OWNER_ONLY = ['loket_schema', 'facts', 'counters', 'agenda_gaps', 'officer_logins'];

/**
 * What officers change in place (a change of a case, the settings, an attachment's size, a token used); nothing else.
 * A case's update is granted on the whole row: every column a change writes (its document, `due_record`, …).
 */
const UPDATES = [
  'update on cases',
  'update on config',
  'update on sealed',
  'update (size) on attachments',
  'update (used) on survey_tokens',
];

/**
 * Functions officers call beyond those every login may run, each of which checks who calls it: who
 * am I, may I unseal, the next number (for whoever may add cases or letters), the public pages'
 * functions (for the public page's login and whoever may read cases).
 */
const OFFICER_FUNCTIONS = ['loket_disable_login(text)'];

/** A role's name as SQL writes it. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The store's group roles' names. */
export async function groupNames(sql: Sql): Promise<Groups> {
  const [row] = await sql`select loket_group('petugas') as officers, loket_group('web') as web`;
  return { officers: row!.officers as string, web: row!.web as string };
}

/** Whether the groups exist yet (some login was made). */
export async function groupsExist(sql: Sql, groups: Groups): Promise<boolean> {
  const rows = await sql`select rolname from pg_catalog.pg_roles where rolname in (${groups.officers}, ${groups.web})`;
  return rows.length === 2;
}

/** (Re)gives each group what it may do on this store's tables and functions; the owner's login runs it. */
export async function applyGrants(sql: Sql, groups: Groups): Promise<void> {
  const [{ schema }] = (await sql`select current_schema() as schema`) as unknown as [{ schema: string }];
  const s = ident(schema);
  const officers = ident(groups.officers);
  const web = ident(groups.web);
  const statements = [
    `grant usage on schema ${s} to ${officers}, ${web}`,
    `grant select on ${s}.loket_schema to ${web}`,
    `grant select, insert on all tables in schema ${s} to ${officers}`,
    `revoke insert on ${OWNER_ONLY.map((t) => `${s}.${t}`).join(', ')} from ${officers}`,
    `revoke select on ${s}.officer_logins from ${officers}`,
    ...UPDATES.map((u) => `grant ${u.replace(' on ', ` on ${s}.`)} to ${officers}`),
    `grant usage on all sequences in schema ${s} to ${officers}`,
    ...OFFICER_FUNCTIONS.map((f) => `grant execute on function ${s}.${f} to ${officers}`),
  ];
  for (const statement of statements) await sql.unsafe(statement);
}

/** The grants of the groups again, when a login made them (`db migrate`, a new table covered). */
export async function grantAgain(sql: Sql): Promise<void> {
  const groups = await groupNames(sql);
  if (await groupsExist(sql, groups)) await applyGrants(sql, groups);
}

/** The groups, made when missing, with their grants. */
export async function ensureGroups(sql: Sql): Promise<Groups> {
  const groups = await groupNames(sql);
  for (const name of [groups.officers, groups.web]) {
    const [found] = await sql`select 1 from pg_catalog.pg_roles where rolname = ${name}`;
    if (!found) await sql.unsafe(`create role ${ident(name)} nologin`);
  }
  await applyGrants(sql, groups);
  return groups;
}

/**
 * Makes (or enables again, with a new password) the login of an officer or of the public page, a
 * member of its group, recorded in officer_logins. The password goes to the server as a SCRAM
 * verifier only, so neither a statement log nor an error message holds it. A role of that name that
 * loket did not make (the owner's, another application's) is refused (exit 2).
 */
export async function makeLogin(sql: Sql, login: NewLogin, who: { officer: string; kind: 'officer' | 'web' }): Promise<void> {
  if (!isLoginName(login.login)) throw InputError.of('login', 'roles.loginName', { value: login.login });
  if (login.password.length < 8) throw InputError.of('LOKET_NEW_PASSWORD', 'roles.passwordShort', { login: login.login });
  const groups = await ensureGroups(sql);
  const [role] = await sql`
    select exists (select 1 from officer_logins where login = ${login.login} and kind = ${who.kind}) as ours
    from pg_catalog.pg_roles where rolname = ${login.login}`;
  if (role && !role.ours) throw InputError.of('login', 'roles.loginTaken', { value: login.login });
  const verb = role ? 'alter' : 'create';
  await sql.unsafe(`${verb} role ${ident(login.login)} login password '${scramVerifier(login.password)}'`);
  await sql.unsafe(`grant ${ident(who.kind === 'web' ? groups.web : groups.officers)} to ${ident(login.login)}`);
  await sql`
    insert into officer_logins values (${login.login}, ${who.officer}, ${who.kind})
    on conflict (login) do update set officer = excluded.officer, kind = excluded.kind`;
}
