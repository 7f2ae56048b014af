/**
 * Every statement that changes `cases` tells the database's listeners so (issue 31): `loket serve`
 * listens on CASES_CHANGED and hands out the status pages it holds without asking the database
 * again until told (pg/public-store.ts). A statement trigger, so a change of many rows (a restore, a
 * migration) is one notice, and notices of one transaction arrive once, after it commits. The notice
 * says nothing of which case changed (a listener lets go of everything it holds), only the schema of
 * the table: a channel is the whole database's, and another office's schema in it is not this one.
 */

/** The channel the database notifies after a change of any case. */
export const CASES_CHANGED = 'loket_cases_changed';

export const CASE_CHANGE_MIGRATION = `
  create function loket_cases_changed() returns trigger language plpgsql as $f$
  begin
    perform pg_catalog.pg_notify('${CASES_CHANGED}', tg_table_schema);
    return null;
  end $f$;
  create trigger cases_changed after insert or update or delete or truncate on cases
    for each statement execute function loket_cases_changed();
`;
