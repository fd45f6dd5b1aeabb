-- OneWindow on PostgreSQL: three roles for a hall's database.
--
--   onewindow_owner    owns the tables; runs `onewindow-cli db migrate`; nothing else
--   onewindow_counter  what every counter, desk and officer connects as: reads and
--                      writes the hall's data, may only read and append the audit trail
--                      and the step log (case_events), changes accounts (users) and the
--                      hall's rules (hall_settings) only through the schema's functions,
--                      which check what they are asked (docs/deployment.md), creates no
--                      tables
--   onewindow_tracker  what the public tracking page (onewindow-tracker) connects as:
--                      reads the cases and their steps, pauses and materials, only the
--                      id and name of persons, the hall's settings; appends to the audit
--                      trail as the counters do; adds the citizens' ratings (好差评) and
--                      the follow-ups they open, reading visits to do so; nothing else
--
-- Run it as a superuser on the hall's database, before the first `db migrate`
-- and again after every upgrade (it changes nothing that is already right):
--
--   psql -X -v ON_ERROR_STOP=1 -d onewindow -f docs/postgresql-roles.sql
--
-- Passwords or client certificates for the roles are set apart from this
-- file (ALTER ROLE ... PASSWORD, pg_hba.conf); see docs/deployment.md.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onewindow_owner') THEN
        CREATE ROLE onewindow_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onewindow_counter') THEN
        CREATE ROLE onewindow_counter LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onewindow_tracker') THEN
        CREATE ROLE onewindow_tracker LOGIN;
    END IF;
END
$$;

-- Only these roles connect; only the owner creates anything.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO onewindow_owner, onewindow_counter,'
                   ' onewindow_tracker', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO onewindow_owner;
GRANT USAGE ON SCHEMA public TO onewindow_counter, onewindow_tracker;

-- What the owner creates from now on (each `db migrate`) the counters may read
-- and write ...
ALTER DEFAULT PRIVILEGES FOR ROLE onewindow_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO onewindow_counter;
ALTER DEFAULT PRIVILEGES FOR ROLE onewindow_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO onewindow_counter;
-- ... and so what is there already.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO onewindow_counter;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onewindow_counter;

-- Except: the audit trail is read and appended, never changed (the schema's
-- triggers also refuse UPDATE, DELETE and TRUNCATE to everyone, the owner
-- included; its checkpoint only moves forward); the step log is appended to,
-- never changed; accounts and the hall's rules are written only through the
-- SECURITY DEFINER functions of schema version 16 (onewindow_signin_failed,
-- onewindow_user_set_role, ...), which run as the owner and check the proof of
-- a password; the schema's version is the owner's. `db migrate` (schema
-- versions 9 and 10) takes the same back from whoever default privileges gave it to.
DO $$
BEGIN
    IF to_regclass('public.audit_events') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_events FROM onewindow_counter;
    END IF;
    IF to_regclass('public.audit_head') IS NOT NULL THEN
        REVOKE INSERT, DELETE, TRUNCATE ON public.audit_head FROM onewindow_counter;
    END IF;
    IF to_regclass('public.case_events') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON public.case_events FROM onewindow_counter;
    END IF;
    IF to_regclass('public.users') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.users FROM onewindow_counter;
    END IF;
    IF to_regclass('public.hall_settings') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.hall_settings FROM onewindow_counter;
    END IF;
    IF to_regclass('public.schema_migrations') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.schema_migrations
            FROM onewindow_counter;
    END IF;
END
$$;

-- The tracking page's role: table by table, so a table added later is not its
-- until this file says so. Persons: the id and the name only (the page shows it
-- masked), never ID numbers, phones or addresses. The audit trail: appended to
-- (RETURNING id needs the id column) and its checkpoint moved, as the counters do.
DO $$
BEGIN
    IF to_regclass('public.cases') IS NULL THEN
        RETURN; -- before the first `db migrate`: run this file again after it
    END IF;
    GRANT SELECT ON public.cases, public.sub_cases, public.materials, public.case_pauses,
        public.case_commitments, public.hall_settings, public.audit_head TO onewindow_tracker;
    GRANT SELECT (id, name) ON public.persons TO onewindow_tracker;
    GRANT INSERT, SELECT (id) ON public.audit_events TO onewindow_tracker;
    GRANT UPDATE ON public.audit_head TO onewindow_tracker;
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO onewindow_tracker',
                   pg_get_serial_sequence('public.audit_events', 'id'));
    -- 好差评 from the phone (schema 18): the case's visit and whether it was rated
    -- are read; a rating and the follow-up a poor one opens are added, nothing
    -- changed; deadlines count on the hall's calendar.
    IF to_regclass('public.ratings') IS NOT NULL THEN
        GRANT SELECT ON public.visits, public.visit_cases, public.ratings,
            public.calendar_days, public.calendar_years TO onewindow_tracker;
        GRANT INSERT ON public.ratings TO onewindow_tracker;
        GRANT INSERT, SELECT (id) ON public.follow_ups TO onewindow_tracker;
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO onewindow_tracker',
                       pg_get_serial_sequence('public.ratings', 'id'));
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO onewindow_tracker',
                       pg_get_serial_sequence('public.follow_ups', 'id'));
    END IF;
END
$$;
