/**
 * A migration after issue 32's (appended to MIGRATIONS in schema.ts): a case changes, through an
 * officer's login, only with an audit event of a step that login's roles may take, and its plain
 * columns say what its document says. With a SQL client a receptionist's login could otherwise record
 * a decision that loket refuses them (exit 5). The owner's login, and a database whose officers do not
 * log in yet, are not held to it, as with the other checks of login-migrations.ts.
 */
import { EVENT_STEPS, rolesOfEvent } from '../../domain/event-steps.js';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const array = (roles: readonly string[]) => `array[${roles.map(quote).join(', ')}]`;

/** The SQL of rolesOfEvent (domain/event-steps.ts), generated from its table so that the two never differ. */
function eventRolesSql(): string {
  const known = Object.keys(EVENT_STEPS).map((action) => `when ${quote(action)} then ${array(rolesOfEvent(action)!)}`);
  const letter = array(rolesOfEvent('letter:reply')!);
  return `case p_action ${known.join(' ')}
    else case when p_action like 'letter:_%' then ${letter} end end`;
}

/** Steps checked against the login's roles, and plain columns held to the document. */
export const STEPS_MIGRATION = `
  create function loket_event_roles(p_action text) returns text[] language sql immutable as $f$
    select ${eventRolesSql()}
  $f$;

  create function loket_case_steps() returns trigger language plpgsql security definer as $f$
  declare
    was integer := case when tg_op = 'UPDATE' then coalesce(jsonb_array_length(old.doc->'events'), 0) else 0 end;
    e jsonb;
    roles text[];
  begin
    if loket_is_owner() or not exists (select 1 from loket_officers() as o where o ? 'login') then return new; end if;
    if new.id is distinct from new.doc->>'id' or new.status is distinct from new.doc->>'status'
       or new.service is distinct from new.doc->>'service'
       or new.open is distinct from (new.doc->>'status' not in ('answered', 'archived')) then
      raise exception 'loket: the columns of case % say what its document says', new.id using errcode = '42501';
    end if;
    if tg_op = 'UPDATE' and coalesce(jsonb_array_length(new.doc->'events'), 0) = was
       and (new.doc, new.status, new.open, new.summary, new.words) is distinct from (old.doc, old.status, old.open, old.summary, old.words) then
      raise exception 'loket: case % changes only with an audit event of the step', new.id using errcode = '42501';
    end if;
    for e in select x from jsonb_array_elements(new.doc->'events') with ordinality as t(x, i) where i > was loop
      roles := loket_event_roles(e->>'action');
      if roles is null then
        raise exception 'loket: % is no step of a case', e->>'action' using errcode = '42501';
      end if;
      if not exists (select 1 from unnest(roles) as r where loket_login_holds(r)) then
        raise exception 'loket: the login % may not record % (roles: %)', session_user, e->>'action', array_to_string(roles, ', ')
          using errcode = '42501';
      end if;
    end loop;
    return new;
  end $f$;
  create trigger cases_steps before insert or update on cases for each row execute function loket_case_steps();
  -- It reads the officers' list (the owner's to read): it runs with the owner's rights, on this store's tables only.
  do $f$ begin execute format('alter function loket_case_steps() set search_path = %I, pg_temp', current_schema()); end $f$;
`;
