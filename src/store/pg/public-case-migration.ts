/**
 * The status page's lookup with the version of the case it already holds (issue 31): the row's
 * version is compared first, and the public view (public-migration.ts) is built only for a case the
 * caller has not seen as it is now. In plpgsql, so the statements' plans are kept for the session:
 * `loket_public_case(text)`, an SQL function with sub-selects, is planned again on every call, about
 * 0.8 ms of the database's time for each status page. The version is the row's `xmin` and `ctid`:
 * every change of a case writes a new row version with the changing transaction's id, so a case the
 * database changed never compares equal to the one the caller holds (a row moved by VACUUM FULL only
 * makes the caller fetch it again). And the gate of every public function, loket_serving(), asks
 * first what lets the public page's own login in (its group), then the rest: the same three
 * checks, but the login that calls these on every page no longer waits for the owner check, an SQL
 * function planned again on each call (0.25–0.35 ms a statement before, 0.10–0.17 after, pgbench).
 */
export const PUBLIC_CASE_MIGRATION = `
  create or replace function loket_serving() returns boolean language plpgsql stable security definer as $f$
  begin
    if exists (select 1 from pg_catalog.pg_roles r
          where r.rolname = loket_group('web') and pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER'))
        or has_table_privilege(session_user, 'cases', 'SELECT') or loket_is_owner() then
      return true;
    end if;
    raise exception 'loket: only the public page''s login reads through loket_public functions' using errcode = '42501';
  end $f$;
  create function loket_public_case(p_digest text, p_known text) returns jsonb language plpgsql stable security definer as $f$
  declare
    v text;
    d jsonb;
  begin
    perform loket_serving();
    select c.xmin::text || '@' || c.ctid::text, c.doc into v, d from cases c where c.tracking = p_digest;
    if v is null then
      return null;
    end if;
    if v = p_known then
      return jsonb_build_object('version', v);
    end if;
    return jsonb_build_object('version', v, 'case', loket_public_view(d));
  end $f$;
  do $f$
  begin
    execute format('alter function loket_serving() set search_path = %I, pg_temp', current_schema());
    execute format('alter function loket_public_case(text, text) set search_path = %I, pg_temp', current_schema());
  end $f$;
`;
