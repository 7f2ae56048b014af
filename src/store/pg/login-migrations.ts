/**
 * The migrations of issue 32 (appended to MIGRATIONS in schema.ts): what the database itself refuses
 * to a login that is not the owner's, so that a SQL client with an officer's login cannot do what
 * loket would refuse. Nothing here needs a role to exist: the logins and their groups are made by
 * `officer add --login` and `db serve-login` (grants.ts), so a database whose officers do not log in
 * as themselves works as before.
 */

/** The SQL of "this case's reporter is shielded" (domain/identity.ts identityShield), over a case document `d`. */
const SHIELDED = (d: string) =>
  `(${d}->'report'->>'anonymous' = 'true' or ${d}->'report'->>'protectIdentity' = 'true' or ${d}->>'channel' = 'wbs')`;

/** `[dilindungi]` where the field has a value (sealed-identity.ts placeholder). */
const HIDDEN = (field: string) => `case when coalesce(${field}, '') <> '' then '[dilindungi]' end`;

/**
 * Officers' logins, reporters' identities kept apart, events that can only be added to, numbers that
 * only loket gives, and the settings only an admin changes.
 */
export const LOGINS_MIGRATION = `
  -- Every login loket made: an officer's (kind 'officer') or the public page's ('web'). Only the owner writes it.
  create table officer_logins (login text primary key, officer text not null, kind text not null);

  -- The reporter of a protected or anonymous report, and the names of the files they gave: kept apart
  -- from the case (whose document holds placeholders) and readable by the logins of wbs officers only.
  create table sealed (case_id text primary key references cases (id), doc jsonb not null);
  -- The documents of such a case (a receipt names the reporter), and the SHA-256 of the files they gave.
  alter table documents add column sealed boolean not null default false;
  create table sealed_documents (case_id text not null, name text not null, bytes bytea not null, primary key (case_id, name));
  create table sealed_attachments (sha256 text primary key);

  -- Who the session is. session_user: what the login is, whatever SET ROLE or a SECURITY DEFINER function does.
  create function loket_is_owner() returns boolean language sql stable as $f$
    select session_user::text = pg_catalog.pg_get_userbyid(d.datdba)::text
        or exists (select 1 from pg_catalog.pg_roles r where r.rolname = session_user and r.rolsuper)
    from pg_catalog.pg_database d where d.datname = pg_catalog.current_database()
  $f$;
  create function loket_officers() returns setof jsonb language sql stable security definer as $f$
    select o from config c, jsonb_array_elements(case when jsonb_typeof(c.doc->'profile'->'officers') = 'array'
      then c.doc->'profile'->'officers' else '[]'::jsonb end) as o where c.id = 1
  $f$;
  create function loket_officer() returns jsonb language sql stable security definer as $f$
    select o from loket_officers() as o where o->>'login' = session_user::text limit 1
  $f$;
  -- Until an officer has a login, every login may do what it did before (the database behaves as it did).
  create function loket_login_holds(p_role text) returns boolean language sql stable security definer as $f$
    select loket_is_owner() or not exists (select 1 from loket_officers() as o where o ? 'login')
      or coalesce((loket_officer()->'roles') ? p_role, false)
  $f$;
  create function loket_may_unseal() returns boolean language sql stable security definer as $f$
    select loket_login_holds('wbs')
  $f$;
  create function loket_whoami() returns jsonb language sql stable security definer as $f$
    select jsonb_build_object('login', session_user::text, 'owner', loket_is_owner(), 'officer', loket_officer(),
      'inUse', exists (select 1 from loket_officers() as o where o ? 'login'))
  $f$;
  -- The group roles of this store's logins: named after the database and schema, so that two stores on
  -- one server never share one.
  create function loket_group(p_kind text) returns text language sql stable as $f$
    select 'loket_' || left(encode(sha256(convert_to(current_database() || '.' || current_schema(), 'UTF8')), 'hex'), 10) || '_' || p_kind
  $f$;

  -- The audit trail: an update may add events, never change or drop one, and each new one names the
  -- login that writes it. The owner's login (the database's administrator, who could drop the trigger)
  -- is not held to it.
  create function loket_events_kept() returns trigger language plpgsql as $f$
  declare
    was jsonb := coalesce(old.doc->'events', '[]'::jsonb);
    later jsonb := new.doc->'events';
    n integer := jsonb_array_length(was);
  begin
    if loket_is_owner() then return new; end if;
    if later is null or jsonb_typeof(later) <> 'array' or jsonb_array_length(later) < n
       or coalesce((select jsonb_agg(e order by i) from jsonb_array_elements(later) with ordinality as x(e, i) where i <= n), '[]'::jsonb) <> was then
      raise exception 'loket: the audit events of % % are kept as written; only new ones may be added', tg_table_name, old.id
        using errcode = '42501';
    end if;
    if exists (select 1 from jsonb_array_elements(later) with ordinality as x(e, i) where i > n and e->>'login' is distinct from session_user::text) then
      raise exception 'loket: a new audit event names the login that writes it (%)', session_user using errcode = '42501';
    end if;
    return new;
  end $f$;
  create trigger cases_events_kept before update on cases for each row execute function loket_events_kept();
  create trigger config_events_kept before update on config for each row execute function loket_events_kept();

  -- Numbers: loket asks for the next one (the counter row locked until its transaction ends) and the
  -- row that uses it moves the counter. A number asked for and not used moves nothing, so no login can
  -- skip one; only the owner (a restore, an imported agenda book) writes other numbers.
  create function loket_next_number(p_kind text, p_year integer) returns integer language plpgsql security definer as $f$
  declare n integer;
  begin
    if p_kind not in ('agenda', 'letter') then raise exception 'loket: no counter %', p_kind; end if;
    -- Only for a login that may add the row that uses the number (as before logins, whoever writes cases).
    if not has_table_privilege(session_user, case p_kind when 'agenda' then 'cases' else 'letters' end, 'INSERT') then
      raise exception 'loket: permission denied for function loket_next_number' using errcode = '42501';
    end if;
    insert into counters values (p_kind, p_year, 0) on conflict (kind, year) do nothing;
    select last + 1 into n from counters where kind = p_kind and year = p_year for update;
    return n;
  end $f$;
  create function loket_numbered() returns trigger language plpgsql security definer as $f$
  declare
    k text := tg_argv[0];
    n integer := (to_jsonb(new)->>tg_argv[1])::integer;
    mark integer;
  begin
    insert into counters values (k, new.year, 0) on conflict (kind, year) do nothing;
    select last into mark from counters where kind = k and year = new.year for update;
    if n = mark + 1 then
      update counters set last = n where kind = k and year = new.year;
    elsif loket_is_owner() then
      update counters set last = greatest(mark, n) where kind = k and year = new.year;
    else
      raise exception 'loket: % number % of % is not the next one (%): numbers are given by loket', k, n, new.year, mark + 1
        using errcode = '42501';
    end if;
    return new;
  end $f$;
  create trigger cases_numbered before insert on cases for each row execute function loket_numbered('agenda', 'agenda');
  create trigger letters_numbered before insert on letters for each row execute function loket_numbered('letter', 'seq');

  -- An officer leaves: their login is disabled (by an admin, through loket), their name stays in the history.
  create function loket_disable_login(p_login text) returns void language plpgsql security definer as $f$
  begin
    if not loket_login_holds('admin') then
      raise exception 'loket: only an admin takes a login away' using errcode = '42501';
    end if;
    if not exists (select 1 from officer_logins where login = p_login) then
      raise exception 'loket: % is not a login loket made', p_login using errcode = '42501';
    end if;
    execute format('alter role %I nologin', p_login);
    if exists (select 1 from pg_catalog.pg_roles where rolname = loket_group('petugas')) then
      execute format('revoke %I from %I', loket_group('petugas'), p_login);
    end if;
  end $f$;

  -- The settings (the officers and their roles among them) are changed by admins only.
  alter table config enable row level security;
  create policy config_seen on config for select using (true);
  create policy config_added on config for insert with check ((select loket_login_holds('admin')));
  create policy config_changed on config for update using ((select loket_login_holds('admin')));

  alter table sealed enable row level security;
  create policy sealed_seen on sealed for select using ((select loket_may_unseal()));
  create policy sealed_added on sealed for insert with check (true);
  create policy sealed_changed on sealed for update using ((select loket_may_unseal()));
  alter table sealed_documents enable row level security;
  create policy sealed_documents_seen on sealed_documents for select using ((select loket_may_unseal()));
  create policy sealed_documents_added on sealed_documents for insert with check (true);
  alter table attachment_parts enable row level security;
  create policy parts_seen on attachment_parts for select
    using ((select loket_may_unseal()) or not exists (select 1 from sealed_attachments s where s.sha256 = attachment_parts.sha256));
  create policy parts_added on attachment_parts for insert with check (true);

  -- A SECURITY DEFINER function runs with the owner's rights: it finds only this store's tables.
  do $f$
  declare f text;
  begin
    foreach f in array array['loket_officers()', 'loket_officer()', 'loket_login_holds(text)', 'loket_may_unseal()', 'loket_whoami()',
      'loket_group(text)', 'loket_next_number(text, integer)', 'loket_numbered()', 'loket_disable_login(text)'] loop
      execute format('alter function %s set search_path = %I, pg_temp', f, current_schema());
    end loop;
  end $f$;
  revoke execute on function loket_officers(), loket_disable_login(text) from public;

  -- The reporters of the cases already there go behind their placeholders.
  insert into sealed (case_id, doc)
    select id, jsonb_build_object('applicant', doc->'applicant', 'attachments',
      coalesce((select jsonb_agg(a->'name' order by i) from jsonb_array_elements(doc->'attachments') with ordinality as x(a, i)), '[]'::jsonb))
    from cases where ${SHIELDED('doc')};
  insert into sealed_attachments
    select distinct a->>'sha256' from cases, jsonb_array_elements(doc->'attachments') as a where ${SHIELDED('doc')}
    on conflict do nothing;
  update cases set doc = jsonb_set(jsonb_set(doc, '{applicant}', jsonb_strip_nulls(jsonb_build_object(
      'name', case when coalesce(doc->'applicant'->>'name', '') <> '' then '[dilindungi]' else '' end,
      'type', doc->'applicant'->'type',
      'institution', ${HIDDEN("doc->'applicant'->>'institution'")},
      'contact', ${HIDDEN("doc->'applicant'->>'contact'")},
      'email', ${HIDDEN("doc->'applicant'->>'email'")},
      'operator', case when jsonb_typeof(doc->'applicant'->'operator') = 'object' then jsonb_build_object(
        'name', '[dilindungi]',
        'position', ${HIDDEN("doc->'applicant'->'operator'->>'position'")},
        'email', ${HIDDEN("doc->'applicant'->'operator'->>'email'")}) end))),
    '{attachments}', coalesce((select jsonb_agg(jsonb_set(a, '{name}',
        to_jsonb('lampiran-' || i || coalesce(substring(a->>'name' from '[.][A-Za-z0-9]{1,5}$'), ''))) order by i)
      from jsonb_array_elements(doc->'attachments') with ordinality as x(a, i)), '[]'::jsonb))
  where ${SHIELDED('doc')};
`;
