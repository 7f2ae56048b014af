/**
 * What `loket serve` may read (appended to MIGRATIONS in schema.ts, issue 32 for issue 28): its own
 * login (`loket db serve-login`) reads nothing but through these functions, each keyed by what the
 * visitor holds (a tracking code's digest, a certificate code, a document's SHA-256, a survey token)
 * and each returning an allow-list of what the pages show, never a name, a contact or a note. Its one
 * write is a survey answer for an unused token. public-store.ts is the other side.
 */

/** A certificate as the public check needs it: the officer who revoked it left out. */
const CERTIFICATE = (c: string) => `(${c}) #- '{revoked,by}'`;

/** The certificates of a case document `d`: the current one and those it replaced. */
const CERTIFICATES = (d: string) => `jsonb_strip_nulls(jsonb_build_object(
  'certificate', ${CERTIFICATE(`${d}->'imnkk'->'certificate'`)},
  'supersededCertificates', (select jsonb_agg(${CERTIFICATE('x')} order by i)
    from jsonb_array_elements(case when jsonb_typeof(${d}->'imnkk'->'supersededCertificates') = 'array'
      then ${d}->'imnkk'->'supersededCertificates' else '[]'::jsonb end) with ordinality as s(x, i)),
  'verifications', '[]'::jsonb, 'requirements', '{}'::jsonb))`;

/** '-' where the field has a value: what is still missing is told by which fields were given, not by what they say. */
const GIVEN = (field: string) => `case when coalesce(${field}, '') <> '' then '-' end`;

export const PUBLIC_PAGES_MIGRATION = `
  -- Who may read through these functions: the public page's login, and whoever may read the cases
  -- anyway (the owner, the officers, the one login of a database from before logins).
  create function loket_serving() returns boolean language plpgsql stable security definer as $f$
  begin
    if loket_is_owner() or has_table_privilege(session_user, 'cases', 'SELECT') or exists (select 1 from pg_catalog.pg_roles r
        where r.rolname = loket_group('web') and pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')) then
      return true;
    end if;
    raise exception 'loket: only the public page''s login reads through loket_public functions' using errcode = '42501';
  end $f$;

  -- The letterhead, the office zone and hours, the upload limit and the calendar: what every page shows or counts with.
  create function loket_public_office() returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select jsonb_build_object(
        'profile', (select jsonb_object_agg(k, v) from jsonb_each(c.doc->'profile') as p(k, v) where k in
          ('agency', 'unit', 'address', 'city', 'phone', 'email', 'website', 'logo', 'timeZone', 'zoneLabel', 'officeHours', 'limits', 'serve', 'verification')),
        'calendar', jsonb_build_object(
          'closures', (select coalesce(jsonb_agg(x - 'by' - 'at'), '[]'::jsonb) from jsonb_array_elements(c.doc->'calendar'->'closures') as x),
          'openings', (select coalesce(jsonb_agg(x - 'by' - 'at' - 'reason'), '[]'::jsonb) from jsonb_array_elements(c.doc->'calendar'->'openings') as x)))
      from config c where c.id = 1
    ) end
  $f$;

  -- A case as its status page needs it (domain/public-view.ts, requirements.ts, respond-by.ts).
  create function loket_public_view(d jsonb) returns jsonb language sql immutable as $f$
    select jsonb_strip_nulls(jsonb_build_object(
      'id', d->'id', 'year', d->'year', 'agendaNumber', d->'agendaNumber', 'trackingCode', d->'trackingCode',
      'service', d->'service', 'kind', d->'kind', 'channel', d->'channel', 'receivedAt', d->'receivedAt', 'receivedBy', '-',
      'status', d->'status', 'subject', '-',
      'applicant', jsonb_build_object('name', coalesce(${GIVEN("d->'applicant'->>'name'")}, ''),
        'contact', ${GIVEN("d->'applicant'->>'contact'")}, 'email', ${GIVEN("d->'applicant'->>'email'")}),
      'material', ${GIVEN("d->>'material'")}, 'purpose', ${GIVEN("d->>'purpose'")},
      'letter', case when coalesce(d->'letter'->>'number', '') <> '' then jsonb_build_object('number', '-') end,
      'event', jsonb_build_object('date', d->'event'->'date', 'mode', d->'event'->'mode', 'place', ${GIVEN("d->'event'->>'place'")}),
      'attachments', (select coalesce(jsonb_agg(jsonb_build_object('role', a->'role', 'name', '-', 'sha256', '-', 'size', 0)), '[]'::jsonb)
        from jsonb_array_elements(d->'attachments') as a),
      'report', case when d ? 'report' then jsonb_build_object('type', d->'report'->'type', 'anonymous', d->'report'->'anonymous') end,
      'requirements', (select jsonb_object_agg(k, jsonb_build_object('met', v->'met')) from jsonb_each(
        case when jsonb_typeof(d->'requirements') = 'object' then d->'requirements' else '{}'::jsonb end) as r(k, v)),
      'imnkk', case when d ? 'imnkk' then jsonb_build_object('verifications', '[]'::jsonb, 'requirements',
        coalesce((select jsonb_object_agg(k, '-') from jsonb_each(d->'imnkk'->'requirements') as r(k, v) where coalesce(v #>> '{}', '') <> ''), '{}'::jsonb)) end,
      'decision', case when d ? 'decision' then jsonb_build_object('outcome', d->'decision'->'outcome') end,
      'reply', case when d ? 'reply' then jsonb_build_object('letterNumber', d->'reply'->'letterNumber', 'date', d->'reply'->'date') end,
      'answer', case when d ? 'answer' then jsonb_build_object('at', d->'answer'->'at', 'via', d->'answer'->'via', 'onTime', d->'answer'->'onTime') end,
      'events', (select coalesce(jsonb_agg(jsonb_build_object('at', e->'at', 'action', e->'action', 'by', '-', 'changes', '{}'::jsonb) order by i), '[]'::jsonb)
        from jsonb_array_elements(d->'events') with ordinality as x(e, i))
    )) || jsonb_build_object('answerDue', coalesce(d->'answerDue', 'null'::jsonb))
  $f$;
  create function loket_public_case(p_digest text) returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select loket_public_view(doc) from cases where tracking = p_digest
    ) end
  $f$;

  -- A certificate code: the case that issued it, with what the certificate states and nothing else.
  create function loket_public_certificate(p_code text) returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select jsonb_build_object('id', doc->'id', 'service', doc->'service', 'events', '[]'::jsonb, 'attachments', '[]'::jsonb,
        'applicant', jsonb_build_object('name', case when doc->>'service' = 'imnkk' then doc->'applicant'->'name' else '""'::jsonb end),
        'imnkk', ${CERTIFICATES('doc')} || jsonb_strip_nulls(jsonb_build_object('plenary', (select jsonb_object_agg(k, v)
          from jsonb_each(case when jsonb_typeof(doc->'imnkk'->'plenary') = 'object' then doc->'imnkk'->'plenary' else '{}'::jsonb end) as p(k, v)
          where k in ('date', 'decree', 'score', 'maxScore', 'index', 'category')))))
      from cases
      where words like '%' || lower(p_code) || '%' and p_code ~ '^[A-Z0-9-]{1,64}$'
        and exists (select 1 from jsonb_array_elements(coalesce(doc->'imnkk'->'supersededCertificates', '[]'::jsonb)
          || case when jsonb_typeof(doc->'imnkk'->'certificate') = 'object' then jsonb_build_array(doc->'imnkk'->'certificate') else '[]'::jsonb end) as x
          where x->>'code' = p_code)
      order by year, agenda limit 1
    ) end
  $f$;
  create function loket_public_revocations() returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select coalesce(jsonb_agg(doc - 'by' order by code), '[]'::jsonb) from revocations
    ) end
  $f$;
  -- The key of certificate codes: the page checks that a code is the one its statement gives.
  create function loket_public_secret() returns text language sql stable security definer as $f$
    select case when loket_serving() then (
      select secret from facts where id = 1
    ) end
  $f$;

  -- An uploaded PDF, by its SHA-256: the register's entry, and the letter number or certificate it states.
  create function loket_public_document(p_sha256 text) returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select jsonb_build_object('issued', i.doc, 'case', (select jsonb_strip_nulls(jsonb_build_object('id', c.doc->'id', 'service', c.doc->'service',
          'reply', case when c.doc ? 'reply' then jsonb_build_object('letterNumber', c.doc->'reply'->'letterNumber', 'date', c.doc->'reply'->'date') end,
          'imnkk', case when c.doc ? 'imnkk' then ${CERTIFICATES('c.doc')} end,
          'applicant', jsonb_build_object('name', ''), 'events', '[]'::jsonb, 'attachments', '[]'::jsonb))
        from cases c where c.id = i.doc->>'caseId'))
      from issued i where i.sha256 = p_sha256 order by i.n limit 1
    ) end
  $f$;

  -- The letterhead's logo, when it is the one the profile names (and no protected reporter's file).
  create function loket_public_logo(p_sha256 text) returns bytea language sql stable security definer as $f$
    select case when loket_serving() then (
      select string_agg(p.bytes, ''::bytea order by p.n) from attachment_parts p
      where p.sha256 = p_sha256 and exists (select 1 from config c where c.id = 1 and c.doc->'profile'->>'logo' = 'sha256:' || p_sha256)
        and not exists (select 1 from sealed_attachments s where s.sha256 = p_sha256)
    ) end
  $f$;

  -- The survey: a token's service and whether it was used, and one answer for an unused token.
  create function loket_public_survey_token(p_token text) returns jsonb language sql stable security definer as $f$
    select case when loket_serving() then (
      select jsonb_build_object('service', service, 'used', used) from survey_tokens where token = p_token
    ) end
  $f$;
  create function loket_public_survey_answer(p_token text, p_id text, p_date date, p_doc jsonb) returns text
    language plpgsql security definer as $f$
  declare s text;
  begin
    perform loket_serving();
    update survey_tokens set used = true where token = p_token and not used returning service into s;
    if s is null then
      return case when exists (select 1 from survey_tokens where token = p_token) then 'used' else 'unknown' end;
    end if;
    insert into survey_responses (id, date, service, doc) values (p_id, p_date, s, p_doc || jsonb_build_object('service', s));
    return 'ok';
  end $f$;

  do $f$
  declare f text;
  begin
    foreach f in array array['loket_serving()', 'loket_public_office()', 'loket_public_case(text)', 'loket_public_certificate(text)',
      'loket_public_revocations()', 'loket_public_secret()', 'loket_public_document(text)', 'loket_public_logo(text)',
      'loket_public_survey_token(text)', 'loket_public_survey_answer(text, text, date, jsonb)'] loop
      execute format('alter function %s set search_path = %I, pg_temp', f, current_schema());
    end loop;
  end $f$;
`;
