#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/HallCountsSql.h"
#include "storage/StorageLog.h"

#include <QDateTime>

namespace OneWindow {

namespace {
// Any fixed number: the key of the advisory lock that serialises migrations.
constexpr qint64 kPgMigrationLock = 727000;

// The statements that hold `table.column` to `keys` (NULL allowed when `nullable`):
// a CHECK constraint on PostgreSQL, named <table>_<column>_known (NOT VALID: rows
// already there are read and refused by the repositories, never silently fixed);
// on SQLite, which cannot add a constraint to a table, triggers that refuse the
// INSERT or UPDATE the same way. A later step that adds a key drops and makes them
// again with the longer list.
QStringList knownKeys(const QString &table, const QString &column, const QStringList &keys,
                      bool nullable = false)
{
    QStringList quoted;
    for (const QString &k : keys)
        quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
    // The condition on a column reference: "state" in a CHECK, "NEW.state" in a trigger.
    const auto known = [&](const QString &ref) {
        const QString in = QStringLiteral("%1 IN (%2)").arg(ref, quoted.join(QStringLiteral(", ")));
        return nullable ? QStringLiteral("(%1 IS NULL OR %2)").arg(ref, in)
                        : QStringLiteral("(%1)").arg(in);
    };
    const QString name = QStringLiteral("%1_%2_known").arg(table, column);
    const QString refused =
        QStringLiteral("SELECT RAISE(ABORT, '%1.%2: a state this version does not know')")
            .arg(table, column);
    const QString newRow = QStringLiteral("NEW.") + column;
    return {
        QStringLiteral("pg:ALTER TABLE %1 ADD CONSTRAINT %2 CHECK %3 NOT VALID")
            .arg(table, name, known(column)),
        QStringLiteral("sqlite:CREATE TRIGGER %1_insert BEFORE INSERT ON %2 WHEN NOT %3"
                       " BEGIN %4; END")
            .arg(name, table, known(newRow), refused),
        QStringLiteral("sqlite:CREATE TRIGGER %1_update BEFORE UPDATE OF %2 ON %3 WHEN NOT %4"
                       " BEGIN %5; END")
            .arg(name, column, table, known(newRow), refused),
    };
}

QStringList operator+(QStringList a, const QStringList &b)
{
    a << b;
    return a;
}
} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        {1,
         QStringLiteral("counters, users, persons, cases, sub-cases, materials, audit"),
         {
             QStringLiteral("CREATE TABLE counters (id %ID%, code TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users (id %ID%, username TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL, role TEXT NOT NULL,"
                            " department TEXT, password_hash TEXT NOT NULL,"
                            " active %BOOL% NOT NULL, created_at %TS% NOT NULL)"),
             QStringLiteral("CREATE TABLE persons (id %ID%, id_number TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL, name_en TEXT, sex TEXT NOT NULL,"
                            " birth %DATE%, ethnicity TEXT, nationality TEXT, address TEXT,"
                            " phone TEXT, card_kind TEXT, card_valid_until %DATE%,"
                            " created_at %TS% NOT NULL, updated_at %TS% NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX persons_name ON persons (name)"),
             QStringLiteral("CREATE INDEX persons_phone ON persons (phone)"),
             QStringLiteral("CREATE TABLE case_number_counters (hall TEXT NOT NULL,"
                            " day TEXT NOT NULL, last_value INTEGER NOT NULL,"
                            " PRIMARY KEY (hall, day))"),
             QStringLiteral(
                 "CREATE TABLE cases (id %ID%, case_number TEXT NOT NULL UNIQUE,"
                 " person_id %BIGINT% NOT NULL REFERENCES persons(id),"
                 " matter_code TEXT NOT NULL, template_id TEXT, template_version INTEGER,"
                 " title TEXT NOT NULL, state TEXT NOT NULL, counter_code TEXT,"
                 " clerk_id %BIGINT% REFERENCES users(id), accepted_at %TS% NOT NULL,"
                 " deadline %DATE%, completed_at %TS%, identity_source TEXT NOT NULL,"
                 " identity_flags TEXT, form_data TEXT, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX cases_person ON cases (person_id, accepted_at)"),
             QStringLiteral("CREATE TABLE sub_cases (id %ID%,"
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " step_order INTEGER NOT NULL, department TEXT NOT NULL,"
                            " title TEXT NOT NULL, state TEXT NOT NULL, deadline %DATE%,"
                            " completed_at %TS%, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX sub_cases_case ON sub_cases (case_id)"),
             QStringLiteral("CREATE TABLE materials (id %ID%,"
                            " case_id %BIGINT% REFERENCES cases(id),"
                            " person_id %BIGINT% REFERENCES persons(id), kind TEXT NOT NULL,"
                            " title TEXT NOT NULL, source TEXT NOT NULL,"
                            " reusable %BOOL% NOT NULL, valid_until %DATE%,"
                            " checksum TEXT, created_at %TS% NOT NULL)"),
             QStringLiteral("CREATE INDEX materials_person ON materials (person_id)"),
             QStringLiteral("CREATE TABLE audit_events (id %ID%, at TEXT NOT NULL,"
                            " user_name TEXT, counter_code TEXT, action TEXT NOT NULL,"
                            " subject TEXT, detail TEXT, prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("drafts: intakes in progress, autosaved"),
         {
             // data is the form's JSON text; version guards concurrent autosaves.
             QStringLiteral("CREATE TABLE drafts (id %ID%,"
                            " person_id %BIGINT% REFERENCES persons(id), id_number TEXT,"
                            " template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
                            " data TEXT NOT NULL, counter_code TEXT,"
                            " clerk_id %BIGINT% REFERENCES users(id),"
                            " created_at %TS% NOT NULL, updated_at %TS% NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX drafts_person ON drafts (person_id, updated_at)"),
             QStringLiteral("CREATE INDEX drafts_id_number ON drafts (id_number)"),
             QStringLiteral("CREATE INDEX drafts_clerk ON drafts (clerk_id, updated_at)"),
         }},
        {3,
         QStringLiteral("the whole case file: contact, steps, attachments, licences,"
                        " appointments, notes, versions, idempotent intake, search indexes"),
         {
             // Persons: search by initials (张三 -> zs), ID-number prefix, phone.
             QStringLiteral("ALTER TABLE persons ADD COLUMN name_initials TEXT"),
             QStringLiteral("ALTER TABLE persons ADD COLUMN email TEXT"),
             QStringLiteral("ALTER TABLE persons ADD COLUMN postal_address TEXT"),
             QStringLiteral("CREATE INDEX persons_initials ON persons (name_initials%C%, id)"),
             // The UNIQUE index on id_number serves prefix ranges on SQLite (binary
             // collation); PostgreSQL needs a "C" collation index for them.
             QStringLiteral(
                 "pg:CREATE INDEX persons_id_prefix ON persons (id_number COLLATE \"C\")"),
             QStringLiteral(
                 "pg:CREATE INDEX persons_name_prefix ON persons (name COLLATE \"C\", id)"),
             QStringLiteral(
                 "pg:CREATE INDEX persons_phone_prefix ON persons (phone COLLATE \"C\")"),
             // Cases: who changed it last (for "changed by X at T"), the bundle, and the
             // client's intake key so a retried accept finds the case it already made.
             QStringLiteral("ALTER TABLE cases ADD COLUMN bundle_code TEXT"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN intake_key TEXT"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN updated_at %TS%"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN updated_by TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX cases_intake_key ON cases (intake_key)"),
             QStringLiteral("CREATE INDEX cases_state ON cases (state, deadline)"),
             QStringLiteral(
                 "pg:CREATE INDEX cases_number_prefix ON cases (case_number COLLATE \"C\")"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN updated_at %TS%"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN updated_by TEXT"),
             // Department inboxes: open steps of one department by deadline.
             QStringLiteral(
                 "CREATE INDEX sub_cases_inbox ON sub_cases (department, state, deadline)"),
             // What each department did on its part, in order.
             QStringLiteral("CREATE TABLE sub_case_steps (id %ID%,"
                            " sub_case_id %BIGINT% NOT NULL REFERENCES sub_cases(id),"
                            " action TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL,"
                            " actor TEXT, actor_id %BIGINT%, at %TS% NOT NULL, note TEXT)"),
             QStringLiteral(
                 "CREATE INDEX sub_case_steps_sub_case ON sub_case_steps (sub_case_id, id)"),
             // Scanned files, shared by the hall: in the row, or in a configured
             // folder named by path; sha256 is checked on every read.
             QStringLiteral("CREATE TABLE attachments (id %ID%, sha256 TEXT NOT NULL,"
                            " size_bytes %BIGINT% NOT NULL, mime_type TEXT, file_name TEXT,"
                            " content %BLOB%, path TEXT, created_at %TS% NOT NULL,"
                            " created_by TEXT)"),
             QStringLiteral("CREATE INDEX attachments_sha256 ON attachments (sha256)"),
             QStringLiteral("ALTER TABLE materials ADD COLUMN attachment_id %BIGINT%"
                            " REFERENCES attachments(id)"),
             QStringLiteral("ALTER TABLE materials ADD COLUMN issuer TEXT"),
             QStringLiteral("ALTER TABLE materials ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("CREATE INDEX materials_case ON materials (case_id)"),
             QStringLiteral("CREATE INDEX materials_reusable ON materials (person_id, reusable,"
                            " valid_until)"),
             // Certificates and electronic licences on file (电子证照).
             QStringLiteral(
                 "CREATE TABLE licences (id %ID%,"
                 " person_id %BIGINT% NOT NULL REFERENCES persons(id),"
                 " kind TEXT NOT NULL, title TEXT NOT NULL, number TEXT,"
                 " issuer TEXT NOT NULL, issued_on %DATE%, valid_until %DATE%,"
                 " source TEXT NOT NULL, attachment_id %BIGINT% REFERENCES attachments(id),"
                 " created_at %TS% NOT NULL, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX licences_person ON licences (person_id, valid_until)"),
             QStringLiteral("CREATE TABLE appointments (id %ID%, code TEXT NOT NULL UNIQUE,"
                            " person_id %BIGINT% NOT NULL REFERENCES persons(id),"
                            " matter_code TEXT NOT NULL, title TEXT NOT NULL, day %DATE% NOT NULL,"
                            " slot TEXT, counter_code TEXT, state TEXT NOT NULL,"
                            " created_at %TS% NOT NULL, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX appointments_person ON appointments (person_id, day)"),
             QStringLiteral("CREATE INDEX appointments_day ON appointments (day, state)"),
             QStringLiteral("CREATE TABLE notes (id %ID%,"
                            " person_id %BIGINT% NOT NULL REFERENCES persons(id),"
                            " case_id %BIGINT% REFERENCES cases(id), author TEXT,"
                            " author_id %BIGINT%, body TEXT NOT NULL, created_at %TS% NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX notes_person ON notes (person_id, created_at)"),
             QStringLiteral("ALTER TABLE counters ADD COLUMN hall_code TEXT"),
             QStringLiteral("ALTER TABLE counters ADD COLUMN active %BOOL%"),
             QStringLiteral("ALTER TABLE counters ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE users ADD COLUMN updated_at %TS%"),
             QStringLiteral("ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("CREATE INDEX audit_events_subject ON audit_events (subject, id)"),
         }},
        {4,
         QStringLiteral("the case lifecycle: stable state keys, step order and holders, both"
                        " time limits, pauses of the clock, one history of every transition"),
         {
             // Keys of app/casefile/CaseState.h; older rows used other words.
             QStringLiteral("UPDATE sub_cases SET state = 'open'"
                            " WHERE state IN ('pending', 'in-progress')"),
             QStringLiteral("UPDATE sub_cases SET state = 'refused' WHERE state = 'rejected'"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN result TEXT"),
             QStringLiteral("UPDATE cases SET result = 'refused', state = 'completed'"
                            " WHERE state = 'rejected'"),
             QStringLiteral("UPDATE cases SET result = 'granted' WHERE state = 'completed'"
                            " AND result IS NULL"),
             QStringLiteral("UPDATE cases SET state = 'awaiting-supplement'"
                            " WHERE state = 'supplement'"),
             // 法定时限 beside the promised 承诺时限 (deadline), and the handover.
             QStringLiteral("ALTER TABLE cases ADD COLUMN statutory_deadline %DATE%"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN delivered_at %TS%"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN delivery TEXT"),
             // Why the clerk accepted despite a problem (an expired card, a typed
             // identity): the supervisor reviews it beside identity_flags.
             QStringLiteral("ALTER TABLE cases ADD COLUMN override_reason TEXT"),
             // A step knows its template step, the steps it waits for, who holds it,
             // when its clock started and both of its limits.
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN step_key TEXT"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN after_keys TEXT"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN receives TEXT"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN holder TEXT"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN holder_id %BIGINT%"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN claimed_at %TS%"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN starts_on %DATE%"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN working_days INTEGER"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN statutory_days INTEGER"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN statutory_deadline %DATE%"),
             QStringLiteral("ALTER TABLE sub_cases ADD COLUMN result TEXT"),
             // Every transition of a case or a step, in order: who, when, what, why.
             QStringLiteral("CREATE TABLE case_events (id %ID%,"
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " sub_case_id %BIGINT% REFERENCES sub_cases(id),"
                            " action TEXT NOT NULL, from_state TEXT, to_state TEXT,"
                            " actor TEXT, actor_id %BIGINT%, at %TS% NOT NULL,"
                            " reason TEXT, data TEXT)"),
             QStringLiteral("CREATE INDEX case_events_case ON case_events (case_id, id)"),
             QStringLiteral("INSERT INTO case_events (case_id, sub_case_id, action, from_state,"
                            " to_state, actor, actor_id, at, reason)"
                            " SELECT s.case_id, t.sub_case_id, t.action, t.from_state,"
                            " t.to_state, t.actor, t.actor_id, t.at, t.note"
                            " FROM sub_case_steps t JOIN sub_cases s ON s.id = t.sub_case_id"
                            " ORDER BY t.id"),
             QStringLiteral("DROP TABLE sub_case_steps"),
             // When the clock stood still (补正, 特别程序): from the day it stopped to the
             // day it resumed; an open pause has no end yet.
             QStringLiteral("CREATE TABLE case_pauses (id %ID%,"
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " sub_case_id %BIGINT% REFERENCES sub_cases(id),"
                            " kind TEXT NOT NULL, special_kind TEXT, reason TEXT,"
                            " materials TEXT, received TEXT, expected_end %DATE%,"
                            " started_at %TS% NOT NULL, start_day %DATE% NOT NULL,"
                            " ended_at %TS%, end_day %DATE%)"),
             QStringLiteral("CREATE INDEX case_pauses_case ON case_pauses (case_id, id)"),
             // An officer's steps by holder.
             QStringLiteral("CREATE INDEX sub_cases_holder ON sub_cases (holder_id, state)"),
         }},
        {5,
         QStringLiteral("容缺受理 commitments; a department's active steps by deadline"),
         {
             QStringLiteral("CREATE TABLE case_commitments (id %ID%,"
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " material TEXT NOT NULL, title TEXT NOT NULL, due %DATE% NOT NULL,"
                            " signed_at %TS% NOT NULL, fulfilled_at %TS%, fulfilled_by TEXT)"),
             QStringLiteral("CREATE INDEX case_commitments_case ON case_commitments (case_id)"),
             QStringLiteral("CREATE INDEX case_commitments_due ON case_commitments (due)"
                            " WHERE fulfilled_at IS NULL"),
             // The inbox walks this in deadline order and stops after a page; the
             // decided steps (most of them) are not in it.
             QStringLiteral("CREATE INDEX sub_cases_active ON sub_cases (department, deadline, id)"
                            " WHERE state IN ('waiting', 'open', 'returned', 'special')"),
         }},
        {6,
         QStringLiteral("supervision: the review queue, the hall's security settings, sign-in"
                        " lockout and one-time passwords"),
         {
             // What needs a second pair of eyes; `ref` makes flagging the same thing twice a no-op.
             QStringLiteral("CREATE TABLE review_items (id %ID%, kind TEXT NOT NULL, ref TEXT,"
                            " case_id %BIGINT% REFERENCES cases(id), subject TEXT,"
                            " detail TEXT, created_at %TS% NOT NULL, maker_id %BIGINT%,"
                            " maker_name TEXT, state TEXT NOT NULL, reviewed_at %TS%,"
                            " reviewer_id %BIGINT%, reviewer_name TEXT, comment TEXT,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX review_items_ref ON review_items (kind, ref)"),
             QStringLiteral("CREATE INDEX review_items_open ON review_items (state, id)"),
             QStringLiteral("CREATE INDEX review_items_case ON review_items (case_id)"),
             QStringLiteral("CREATE TABLE hall_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                            " updated_at %TS%, updated_by TEXT)"),
             QStringLiteral("ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE users ADD COLUMN locked_until %TS%"),
             QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password %BOOL% NOT NULL"
                            " DEFAULT %FALSE%"),
         }},
        {7,
         QStringLiteral("a hall set up at its first start, and the official calendar imported"
                        " into the database"),
         {
             // The hall, written once by the first-start wizard or `hall init`. Counters
             // compare their key's fingerprint (never the key) with key_fingerprint.
             QStringLiteral("CREATE TABLE halls (id %ID%, code TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL, template_ids TEXT,"
                            " key_fingerprint TEXT NOT NULL, created_at %TS% NOT NULL,"
                            " created_by TEXT)"),
             // Holidays (rest days) and make-up working days (调休) of the years an
             // administrator imported; they replace the compiled-in table's days of
             // those years. A year is covered only when calendar_years lists it.
             QStringLiteral("CREATE TABLE calendar_days (day %DATE% NOT NULL PRIMARY KEY,"
                            " kind TEXT NOT NULL, name TEXT, name_en TEXT)"),
             QStringLiteral("CREATE TABLE calendar_years (year INTEGER NOT NULL PRIMARY KEY,"
                            " source TEXT NOT NULL, sha256 TEXT NOT NULL,"
                            " holidays INTEGER NOT NULL, workdays INTEGER NOT NULL,"
                            " imported_at %TS% NOT NULL, imported_by TEXT)"),
         }},
        {8,
         QStringLiteral("documents issued to citizens: their own numbers, what they are about,"
                        " who issued them, and how often they were reprinted"),
         {
             // A case's documents point at the case and the pause or event they are
             // about (subject); a one-time notification or a non-acceptance has no
             // case and keeps what it says in data (JSON).
             QStringLiteral("CREATE TABLE documents (id %ID%, number TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL, case_id %BIGINT% REFERENCES cases(id),"
                            " subject TEXT NOT NULL DEFAULT '', issued_at %TS% NOT NULL,"
                            " issued_by TEXT, issued_by_id %BIGINT%, counter_code TEXT,"
                            " reprints INTEGER NOT NULL DEFAULT 0, last_reprint_at %TS%,"
                            " data TEXT, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE UNIQUE INDEX documents_subject ON documents"
                            " (kind, case_id, subject)"),
         }},
        {9,
         QStringLiteral("the audit trail sealed with the hall key: a MAC per event, the chain's"
                        " checkpoint, append-only events, indexes for the audit workspace"),
         {
             // HMAC of the event's hash with a key derived from the hall key (AuditKey);
             // NULL for events written before the log was sealed.
             QStringLiteral("ALTER TABLE audit_events ADD COLUMN mac TEXT"),
             // The checkpoint, one row, updated with every append in the same transaction.
             QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " last_id %BIGINT% NOT NULL, last_hash TEXT NOT NULL, last_at TEXT,"
                            " events %BIGINT% NOT NULL, legacy_until %BIGINT% NOT NULL,"
                            " mac TEXT)"),
             // What is there today becomes the unkeyed prefix; the first counter holding
             // the hall key seals it (its MAC).
             QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, last_at, events,"
                            " legacy_until)"
                            " SELECT 1, COALESCE(MAX(id), 0),"
                            " COALESCE((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1),"
                            " 'genesis'),"
                            " (SELECT at FROM audit_events ORDER BY id DESC LIMIT 1),"
                            " COUNT(*), COALESCE(MAX(id), 0) FROM audit_events"),
             // Times are ISO 8601 UTC text: byte order is time order in any locale.
             QStringLiteral("pg:ALTER TABLE audit_events ALTER COLUMN at TYPE TEXT COLLATE \"C\""),
             // The audit workspace: newest first, by any one of these, within a time range.
             QStringLiteral("DROP INDEX audit_events_subject"),
             QStringLiteral("CREATE INDEX audit_events_subject ON audit_events (subject, at, id)"),
             QStringLiteral("CREATE INDEX audit_events_at ON audit_events (at, id)"),
             QStringLiteral("CREATE INDEX audit_events_user ON audit_events (user_name, at, id)"),
             QStringLiteral("CREATE INDEX audit_events_action ON audit_events (action, at, id)"),
             QStringLiteral(
                 "CREATE INDEX audit_events_counter ON audit_events (counter_code, at, id)"),
             // Events are never changed or removed, whoever asks; the checkpoint only
             // moves forward and is never removed. (The owner of the tables can still
             // drop a trigger: the MACs and the checkpoint are what catch that.)
             QStringLiteral("pg:CREATE FUNCTION onewindow_audit_append_only() RETURNS trigger"
                            " LANGUAGE plpgsql AS $$ BEGIN"
                            " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                            " MESSAGE = 'audit_events is append-only: ' || TG_OP || ' refused';"
                            " END $$"),
             QStringLiteral("pg:CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE"
                            " ON audit_events FOR EACH ROW"
                            " EXECUTE FUNCTION onewindow_audit_append_only()"),
             QStringLiteral("pg:CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE"
                            " ON audit_events FOR EACH STATEMENT"
                            " EXECUTE FUNCTION onewindow_audit_append_only()"),
             QStringLiteral("pg:CREATE FUNCTION onewindow_audit_head_forward() RETURNS trigger"
                            " LANGUAGE plpgsql AS $$ BEGIN"
                            " IF TG_OP <> 'UPDATE' OR NEW.id <> OLD.id"
                            " OR NEW.last_id < OLD.last_id OR NEW.events < OLD.events"
                            " OR (OLD.mac IS NOT NULL AND (NEW.mac IS NULL"
                            " OR NEW.legacy_until <> OLD.legacy_until)) THEN"
                            " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                            " MESSAGE = 'audit_head only moves forward: ' || TG_OP || ' refused';"
                            " END IF; RETURN NEW; END $$"),
             QStringLiteral("pg:CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE"
                            " ON audit_head FOR EACH ROW"
                            " EXECUTE FUNCTION onewindow_audit_head_forward()"),
             QStringLiteral("pg:CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE"
                            " ON audit_head FOR EACH STATEMENT"
                            " EXECUTE FUNCTION onewindow_audit_head_forward()"),
             QStringLiteral("sqlite:CREATE TRIGGER audit_events_no_update BEFORE UPDATE"
                            " ON audit_events BEGIN"
                            " SELECT RAISE(ABORT, 'audit_events is append-only'); END"),
             QStringLiteral("sqlite:CREATE TRIGGER audit_events_no_delete BEFORE DELETE"
                            " ON audit_events BEGIN"
                            " SELECT RAISE(ABORT, 'audit_events is append-only'); END"),
             QStringLiteral("sqlite:CREATE TRIGGER audit_head_no_delete BEFORE DELETE"
                            " ON audit_head BEGIN"
                            " SELECT RAISE(ABORT, 'audit_head only moves forward'); END"),
             QStringLiteral("sqlite:CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head"
                            " WHEN NEW.id <> OLD.id OR NEW.last_id < OLD.last_id"
                            " OR NEW.events < OLD.events OR (OLD.mac IS NOT NULL AND"
                            " (NEW.mac IS NULL OR NEW.legacy_until <> OLD.legacy_until)) BEGIN"
                            " SELECT RAISE(ABORT, 'audit_head only moves forward'); END"),
             // The application's role may read and append, nothing else (grants in
             // docs/postgresql-roles.sql; this takes back what default privileges gave).
             QStringLiteral(
                 "pg:DO $$ DECLARE r record; BEGIN"
                 " FOR r IN SELECT DISTINCT c.relname, a.grantee"
                 " FROM pg_class c, aclexplode(c.relacl) a"
                 " WHERE c.oid IN ('audit_events'::regclass, 'audit_head'::regclass)"
                 " AND a.grantee <> c.relowner"
                 " AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'INSERT') LOOP"
                 " EXECUTE 'REVOKE ' || CASE WHEN r.relname = 'audit_events'"
                 " THEN 'UPDATE, DELETE, TRUNCATE' ELSE 'INSERT, DELETE, TRUNCATE' END"
                 " || ' ON ' || quote_ident(r.relname) || ' FROM '"
                 " || CASE WHEN r.grantee = 0 THEN 'PUBLIC'"
                 " ELSE quote_ident(pg_get_userbyid(r.grantee)) END;"
                 " END LOOP; END $$"),
         }},
        {10,
         QStringLiteral("each imported calendar day remembers the arrangement (year) it came"
                        " with"),
         {
             // The State Council's arrangement for a year may begin in the December
             // before (2008, 2012, 2019, 2023): those days belong to the next year's
             // arrangement, so re-importing either year replaces only its own days.
             QStringLiteral("ALTER TABLE calendar_days ADD COLUMN arrangement INTEGER"),
             QStringLiteral("sqlite:UPDATE calendar_days SET arrangement ="
                            " CAST(substr(day, 1, 4) AS INTEGER)"),
             QStringLiteral("pg:UPDATE calendar_days SET arrangement ="
                            " CAST(EXTRACT(YEAR FROM day) AS INTEGER)"),
         }},
        {11,
         QStringLiteral("decisions against a citizen wait for a supervisor: the step a proposal is"
                        " on, and pending steps in the inbox"),
         {
             // A proposed refusal or 退件 names the step it is on.
             QStringLiteral("ALTER TABLE review_items ADD COLUMN sub_case_id %BIGINT%"
                            " REFERENCES sub_cases(id)"),
             // The inbox shows a step's latest decision (a sent-back comment).
             QStringLiteral("CREATE INDEX review_items_step ON review_items (sub_case_id, id)"),
             // A step whose refusal or 退件 waits for confirmation stays in its inbox.
             QStringLiteral("DROP INDEX sub_cases_active"),
             QStringLiteral("CREATE INDEX sub_cases_active ON sub_cases (department, deadline, id)"
                            " WHERE state IN ('waiting', 'open', 'returned', 'special',"
                            " 'refusal-pending', 'return-file-pending')"),
         }},
        {12, QStringLiteral("the database holds every state column to the keys this version knows"),
         // The lists of CaseState.h, ReviewItem, CasePause and DocumentKind
         // (tst_StateIntegrity holds them against the code).
         knownKeys(QStringLiteral("cases"), QStringLiteral("state"),
                   {QStringLiteral("accepted"), QStringLiteral("in-progress"),
                    QStringLiteral("awaiting-supplement"), QStringLiteral("special-procedure"),
                    QStringLiteral("completed"), QStringLiteral("delivered"),
                    QStringLiteral("withdrawn")}) +
             knownKeys(QStringLiteral("cases"), QStringLiteral("result"),
                       {QString(), QStringLiteral("granted"), QStringLiteral("partly-granted"),
                        QStringLiteral("refused"), QStringLiteral("withdrawn"),
                        QStringLiteral("file-returned")},
                       true) +
             knownKeys(QStringLiteral("sub_cases"), QStringLiteral("state"),
                       {QStringLiteral("waiting"), QStringLiteral("open"),
                        QStringLiteral("approved"), QStringLiteral("returned"),
                        QStringLiteral("special"), QStringLiteral("refused"),
                        QStringLiteral("skipped"), QStringLiteral("refusal-pending"),
                        QStringLiteral("return-file-pending")}) +
             knownKeys(QStringLiteral("case_events"), QStringLiteral("action"),
                       {QStringLiteral("accept"), QStringLiteral("claim"),
                        QStringLiteral("release"), QStringLiteral("approve"),
                        QStringLiteral("return"), QStringLiteral("supplement"),
                        QStringLiteral("special-start"), QStringLiteral("special-end"),
                        QStringLiteral("refuse"), QStringLiteral("return-file"),
                        QStringLiteral("complete"), QStringLiteral("deliver"),
                        QStringLiteral("withdraw"), QStringLiteral("reopen"),
                        QStringLiteral("confirm"), QStringLiteral("send-back")}) +
             knownKeys(QStringLiteral("case_pauses"), QStringLiteral("kind"),
                       {QStringLiteral("supplement"), QStringLiteral("special")}) +
             knownKeys(
                 QStringLiteral("review_items"), QStringLiteral("state"),
                 {QStringLiteral("open"), QStringLiteral("approved"), QStringLiteral("returned")}) +
             knownKeys(QStringLiteral("documents"), QStringLiteral("kind"),
                       {QStringLiteral("acceptance"), QStringLiteral("notification"),
                        QStringLiteral("non-acceptance"), QStringLiteral("supplement"),
                        QStringLiteral("tolerance"), QStringLiteral("special"),
                        QStringLiteral("refusal"), QStringLiteral("completion"),
                        QStringLiteral("handover"), QStringLiteral("materials")})},
        {13,
         QStringLiteral("a paper is issued once it has been rendered"),
         {
             // NULL for a notice recorded at the counter and not yet on paper (a
             // non-acceptance waiting for the supervisor, a notification whose print
             // failed): the first print is then the original, not a 补打.
             QStringLiteral("ALTER TABLE documents ADD COLUMN rendered_at %TS%"),
             QStringLiteral("UPDATE documents SET rendered_at = issued_at"),
         }},
        {14,
         QStringLiteral(
             "the visit's evidence: card reads, e-ID codes and manual entries recorded"
             " by the core when they happen, and the evidence each case was accepted on"),
         {
             // kind: IdentitySources::evidenceKeys(); card: the card's data as JSON (no
             // photo); problems: what the core found wrong, as JSON [{code, detail}].
             QStringLiteral("CREATE TABLE visit_evidence (id %ID%, kind TEXT NOT NULL,"
                            " id_number TEXT NOT NULL, card TEXT NOT NULL, problems TEXT,"
                            " counter_code TEXT NOT NULL, user_id %BIGINT%, user_name TEXT,"
                            " recorded_at %TS% NOT NULL)"),
             QStringLiteral("CREATE INDEX visit_evidence_id_number ON visit_evidence"
                            " (id_number, recorded_at)"),
             // role: "applicant", or the person field the evidence was read for.
             QStringLiteral("CREATE TABLE case_evidence ("
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " evidence_id %BIGINT% NOT NULL REFERENCES visit_evidence(id),"
                            " role TEXT NOT NULL, PRIMARY KEY (case_id, role))"),
             QStringLiteral("CREATE INDEX case_evidence_evidence ON case_evidence (evidence_id)"),
         }},
        {15,
         QStringLiteral("how a case's identity was established, and what a counter saw, held to"
                        " the keys this version knows"),
         // IdentitySources::keys() and evidenceKeys() (tst_StateIntegrity holds them
         // against the code). Cases from before have whatever an answers file said.
         knownKeys(QStringLiteral("cases"), QStringLiteral("identity_source"),
                   {QStringLiteral("card"), QStringLiteral("qr"), QStringLiteral("manual"),
                    QStringLiteral("unverified")},
                   true) +
             knownKeys(QStringLiteral("visit_evidence"), QStringLiteral("kind"),
                       {QStringLiteral("card"), QStringLiteral("qr"), QStringLiteral("manual")})},
        {16,
         QStringLiteral("accounts and the hall's rules change only through checked paths; the"
                        " step log is appended to, never changed"),
         {
             // What the database checks an account's change against on PostgreSQL: a
             // second derivation of the password, kept only as its SHA-256
             // (PasswordHasher::proofVerifier). Whoever typed the password can give the
             // derivation; whoever only reads the row cannot.
             QStringLiteral("ALTER TABLE users ADD COLUMN password_proof TEXT"),
             // The counters' role (docs/postgresql-roles.sql) reads users and
             // hall_settings but writes them only through these functions, which run
             // as the tables' owner and check what they are asked: sign-in's own
             // bookkeeping for the account that signed in, a user's own password with
             // the proof of the current one, everything else for an administrator
             // whose proof verifies. A caller that may write the table anyway (the
             // owner, a single-role installation) needs no proof.
             QStringLiteral("pg:CREATE FUNCTION onewindow_proof_ok(p_stored TEXT, p_proof TEXT)"
                            " RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$"
                            " SELECT COALESCE(p_proof ~ '^[0-9a-f]{64}$'"
                            " AND split_part(p_stored, ':', 4) <> ''"
                            " AND encode(sha256(decode(p_proof, 'hex')), 'hex')"
                            " = split_part(p_stored, ':', 4), FALSE) $$"),
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_privileged() RETURNS BOOLEAN"
                 " LANGUAGE sql STABLE SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$"
                 " SELECT has_table_privilege(session_user, 'public.users', 'UPDATE') $$"),
             QStringLiteral("pg:CREATE FUNCTION onewindow_may_administer(p_actor BIGINT,"
                            " p_proof TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER"
                            " SET search_path = public, pg_temp AS $$"
                            " SELECT onewindow_privileged() OR EXISTS (SELECT 1 FROM users"
                            " WHERE id = p_actor AND role = 'admin' AND active"
                            " AND NOT must_change_password"
                            " AND onewindow_proof_ok(password_proof, p_proof)) $$"),
             QStringLiteral("pg:CREATE FUNCTION onewindow_refuse(p_what TEXT) RETURNS VOID"
                            " LANGUAGE plpgsql AS $$ BEGIN"
                            " RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                            " MESSAGE = 'refused: ' || p_what; END $$"),
             // A failed sign-in: counted in one statement, so parallel attempts all
             // count; the hall's rule (hall_settings) locks the account.
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_signin_failed(p_user BIGINT, p_now TIMESTAMPTZ)"
                 " RETURNS TABLE (o_failures INTEGER, o_locked_until TIMESTAMPTZ)"
                 " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$"
                 " DECLARE v_max INTEGER; v_minutes INTEGER; BEGIN"
                 " SELECT COALESCE(MAX(CASE WHEN key = 'signin.max-failures'"
                 " AND value ~ '^[0-9]{1,4}$' THEN value::integer END), 5),"
                 " COALESCE(MAX(CASE WHEN key = 'signin.lockout-minutes'"
                 " AND value ~ '^[0-9]{1,5}$' THEN value::integer END), 15)"
                 " INTO v_max, v_minutes FROM hall_settings;"
                 " RETURN QUERY UPDATE users u SET failed_signins = CASE"
                 " WHEN u.failed_signins + 1 >= v_max THEN 0 ELSE u.failed_signins + 1 END,"
                 " locked_until = CASE WHEN u.failed_signins + 1 >= v_max"
                 " THEN p_now + make_interval(mins => v_minutes) ELSE u.locked_until END"
                 " WHERE u.id = p_user RETURNING u.failed_signins, u.locked_until;"
                 " END $$"),
             // A good sign-in: the failures go, and a hash made with older parameters
             // is replaced, with the proof of the password just typed. An account
             // from before proofs only has its failures reset while it is not locked.
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_signin_ok(p_user BIGINT, p_proof TEXT,"
                 " p_hash TEXT, p_new_proof TEXT, p_now TIMESTAMPTZ) RETURNS VOID"
                 " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$"
                 " DECLARE v_stored TEXT; v_locked TIMESTAMPTZ; BEGIN"
                 " SELECT password_proof, locked_until INTO v_stored, v_locked FROM users"
                 " WHERE id = p_user FOR UPDATE;"
                 " IF NOT FOUND THEN PERFORM onewindow_refuse('no such account'); END IF;"
                 " IF onewindow_privileged() OR onewindow_proof_ok(v_stored, p_proof) THEN"
                 " UPDATE users SET failed_signins = 0, locked_until = NULL,"
                 " password_hash = COALESCE(p_hash, password_hash),"
                 " password_proof = COALESCE(p_new_proof, password_proof) WHERE id = p_user;"
                 " ELSIF v_stored IS NULL AND p_hash IS NULL"
                 " AND (v_locked IS NULL OR v_locked <= p_now) THEN"
                 " UPDATE users SET failed_signins = 0, locked_until = NULL WHERE id = p_user;"
                 " ELSE PERFORM onewindow_refuse('sign-in bookkeeping without the proof');"
                 " END IF; END $$"),
             // One's own new password, with the proof of the current one.
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_password_change(p_user BIGINT, p_proof TEXT,"
                 " p_hash TEXT, p_new_proof TEXT) RETURNS VOID LANGUAGE plpgsql"
                 " SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN"
                 " UPDATE users SET password_hash = p_hash, password_proof = p_new_proof,"
                 " must_change_password = FALSE, failed_signins = 0, locked_until = NULL,"
                 " version = version + 1, updated_at = now() WHERE id = p_user AND active"
                 " AND (onewindow_privileged() OR onewindow_proof_ok(password_proof, p_proof));"
                 " IF NOT FOUND THEN PERFORM onewindow_refuse('password change without the"
                 " proof of the current password'); END IF; END $$"),
             // An administrator's changes. The first account of a new hall (its
             // first start) has nobody to ask: only an administrator, only then.
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_user_create(p_actor BIGINT, p_actor_proof TEXT,"
                 " p_username TEXT, p_display TEXT, p_role TEXT, p_department TEXT,"
                 " p_hash TEXT, p_proof TEXT, p_active BOOLEAN, p_must_change BOOLEAN,"
                 " p_at TIMESTAMPTZ) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$ DECLARE v_id BIGINT; BEGIN"
                 " IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE;"
                 " IF p_role <> 'admin' OR EXISTS (SELECT 1 FROM users) THEN"
                 " PERFORM onewindow_refuse('creating an account needs an administrator');"
                 " END IF; END IF;"
                 " IF p_role NOT IN ('clerk', 'officer', 'supervisor', 'admin') THEN"
                 " PERFORM onewindow_refuse('no such role: ' || p_role); END IF;"
                 " INSERT INTO users (username, display_name, role, department, password_hash,"
                 " password_proof, active, created_at, must_change_password)"
                 " VALUES (p_username, p_display, p_role, p_department, p_hash, p_proof,"
                 " p_active, p_at, p_must_change) RETURNING id INTO v_id;"
                 " RETURN v_id; END $$"),
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_user_set_password(p_actor BIGINT,"
                 " p_actor_proof TEXT, p_user BIGINT, p_hash TEXT, p_proof TEXT,"
                 " p_must_change BOOLEAN) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$ BEGIN"
                 " IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " PERFORM onewindow_refuse('setting a password needs an administrator');"
                 " END IF;"
                 " UPDATE users SET password_hash = p_hash, password_proof = p_proof,"
                 " must_change_password = p_must_change, failed_signins = 0,"
                 " locked_until = NULL, version = version + 1, updated_at = now()"
                 " WHERE id = p_user;"
                 " IF NOT FOUND THEN PERFORM onewindow_refuse('no such account'); END IF;"
                 " END $$"),
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_user_set_active(p_actor BIGINT,"
                 " p_actor_proof TEXT, p_user BIGINT, p_active BOOLEAN) RETURNS VOID"
                 " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$"
                 " BEGIN IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " PERFORM onewindow_refuse('disabling an account needs an administrator');"
                 " END IF;"
                 " UPDATE users SET active = p_active, version = version + 1,"
                 " updated_at = now() WHERE id = p_user;"
                 " IF NOT FOUND THEN PERFORM onewindow_refuse('no such account'); END IF;"
                 " END $$"),
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_user_set_role(p_actor BIGINT,"
                 " p_actor_proof TEXT, p_user BIGINT, p_role TEXT, p_department TEXT)"
                 " RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$ BEGIN"
                 " IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " PERFORM onewindow_refuse('changing a role needs an administrator');"
                 " END IF;"
                 " IF p_role NOT IN ('clerk', 'officer', 'supervisor', 'admin') THEN"
                 " PERFORM onewindow_refuse('no such role: ' || p_role); END IF;"
                 " UPDATE users SET role = p_role, department = p_department,"
                 " version = version + 1, updated_at = now() WHERE id = p_user;"
                 " IF NOT FOUND THEN PERFORM onewindow_refuse('no such account'); END IF;"
                 " END $$"),
             QStringLiteral(
                 "pg:CREATE FUNCTION onewindow_hall_setting_set(p_actor BIGINT,"
                 " p_actor_proof TEXT, p_key TEXT, p_value TEXT, p_at TIMESTAMPTZ,"
                 " p_by TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$ BEGIN"
                 " IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " PERFORM onewindow_refuse('the hall''s rules are an administrator''s');"
                 " END IF;"
                 " IF p_key NOT IN ('signin.max-failures', 'signin.lockout-minutes',"
                 " 'review.sample-percent') OR p_value !~ '^[0-9]{1,5}$' THEN"
                 " PERFORM onewindow_refuse('no such setting: ' || p_key); END IF;"
                 " INSERT INTO hall_settings (key, value, updated_at, updated_by)"
                 " VALUES (p_key, p_value, p_at, p_by) ON CONFLICT (key) DO UPDATE"
                 " SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,"
                 " updated_by = EXCLUDED.updated_by; END $$"),
             // Whoever default privileges gave more: the step log is only appended
             // to, accounts and the hall's rules are written through the functions.
             QStringLiteral(
                 "pg:DO $$ DECLARE r record; BEGIN"
                 " FOR r IN SELECT DISTINCT c.relname, a.grantee"
                 " FROM pg_class c, aclexplode(c.relacl) a"
                 " WHERE c.oid IN ('case_events'::regclass, 'users'::regclass,"
                 " 'hall_settings'::regclass)"
                 " AND a.grantee <> c.relowner"
                 " AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'INSERT') LOOP"
                 " EXECUTE 'REVOKE ' || CASE WHEN r.relname = 'case_events'"
                 " THEN 'UPDATE, DELETE, TRUNCATE' ELSE 'INSERT, UPDATE, DELETE, TRUNCATE' END"
                 " || ' ON ' || quote_ident(r.relname) || ' FROM '"
                 " || CASE WHEN r.grantee = 0 THEN 'PUBLIC'"
                 " ELSE quote_ident(pg_get_userbyid(r.grantee)) END;"
                 " END LOOP; END $$"),
         }},
        {17,
         QStringLiteral("the hall's figures over a date range read only the range: cases by the"
                        " day they were accepted and completed, papers by the day they were"
                        " issued, the case log by the day it was written"),
         {
             QStringLiteral("CREATE INDEX cases_accepted ON cases (accepted_at)"),
             QStringLiteral("CREATE INDEX cases_completed ON cases (completed_at)"
                            " WHERE completed_at IS NOT NULL"),
             QStringLiteral("CREATE INDEX documents_issued ON documents (kind, issued_at)"),
             QStringLiteral("CREATE INDEX case_events_at ON case_events (at)"),
         }},
        {18,
         QStringLiteral("visits (one citizen at one counter, start to end, outcome, the cases"
                        " touched), the citizens' ratings of them (好差评) and the follow-ups"
                        " a poor rating opens; the hall's tracking page address (tracker.base-url),"
                        " which the receipt's QR code carries as BASE-URL/t/PAYLOAD"),
         {
             // The evidence that identified the visit's citizen, and each later read of
             // the same citizen in it; a party's card read stays without a visit.
             QStringLiteral("ALTER TABLE visit_evidence ADD COLUMN visit_id %BIGINT%"),
             // outcome: Visit::outcomeKeys(), NULL while the visit is open.
             QStringLiteral("CREATE TABLE visits (id %ID%, counter_code TEXT NOT NULL,"
                            " clerk_id %BIGINT% NOT NULL, clerk_name TEXT NOT NULL,"
                            " evidence_id %BIGINT% NOT NULL REFERENCES visit_evidence(id),"
                            " started_at %TS% NOT NULL, ended_at %TS%, outcome TEXT)"),
             // One open visit per counter, whoever starts one at the same moment.
             QStringLiteral("CREATE UNIQUE INDEX visits_open ON visits (counter_code)"
                            " WHERE ended_at IS NULL"),
             QStringLiteral("CREATE INDEX visits_started ON visits (started_at)"),
             QStringLiteral("CREATE TABLE visit_cases ("
                            " visit_id %BIGINT% NOT NULL REFERENCES visits(id),"
                            " case_number TEXT NOT NULL, PRIMARY KEY (visit_id, case_number))"),
             QStringLiteral("CREATE INDEX visit_cases_case ON visit_cases (case_number)"),
             // stage "visit" (the service at the counter) or "completion" (a case's
             // result); level and reasons: RatingLevel keys; channel "counter" or
             // "tracker". The counter, clerk and matter are the visit's, copied so the
             // figures read one table.
             QStringLiteral("CREATE TABLE ratings (id %ID%,"
                            " visit_id %BIGINT% NOT NULL REFERENCES visits(id),"
                            " stage TEXT NOT NULL, case_number TEXT NOT NULL DEFAULT '',"
                            " matter_id TEXT NOT NULL DEFAULT '', counter_code TEXT NOT NULL,"
                            " clerk_id %BIGINT% NOT NULL, level TEXT NOT NULL, reasons TEXT,"
                            " comment TEXT, channel TEXT NOT NULL, at %TS% NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX ratings_visit_once ON ratings (visit_id)"
                            " WHERE stage = 'visit'"),
             QStringLiteral("CREATE UNIQUE INDEX ratings_completion_once ON ratings"
                            " (case_number) WHERE stage = 'completion'"),
             QStringLiteral("CREATE INDEX ratings_at ON ratings (at)"),
             QStringLiteral("CREATE TABLE follow_ups (id %ID%,"
                            " rating_id %BIGINT% NOT NULL UNIQUE REFERENCES ratings(id),"
                            " opened_at %TS% NOT NULL, due_on %DATE% NOT NULL,"
                            " closed_at %TS%, closed_by %BIGINT%, called_back_at %TS%,"
                            " action TEXT)"),
             QStringLiteral("CREATE INDEX follow_ups_open ON follow_ups (due_on)"
                            " WHERE closed_at IS NULL"),
             // The follow-up deadline and the tracking page's address are hall rules,
             // set through the same checked function as the others.
             QStringLiteral(
                 "pg:CREATE OR REPLACE FUNCTION onewindow_hall_setting_set(p_actor BIGINT,"
                 " p_actor_proof TEXT, p_key TEXT, p_value TEXT, p_at TIMESTAMPTZ,"
                 " p_by TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
                 " SET search_path = public, pg_temp AS $$ BEGIN"
                 " IF NOT onewindow_may_administer(p_actor, p_actor_proof) THEN"
                 " PERFORM onewindow_refuse('the hall''s rules are an administrator''s');"
                 " END IF;"
                 " IF NOT ((p_key IN ('signin.max-failures', 'signin.lockout-minutes',"
                 " 'review.sample-percent', 'ratings.follow-up-days')"
                 " AND p_value ~ '^[0-9]{1,5}$')"
                 " OR (p_key = 'tracker.base-url'"
                 " AND p_value ~ '^(https{0,1}://[A-Za-z0-9.:_~/-]{1,100}){0,1}$')) THEN"
                 " PERFORM onewindow_refuse('no such setting: ' || p_key); END IF;"
                 " INSERT INTO hall_settings (key, value, updated_at, updated_by)"
                 " VALUES (p_key, p_value, p_at, p_by) ON CONFLICT (key) DO UPDATE"
                 " SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,"
                 " updated_by = EXCLUDED.updated_by; END $$"),
         }},
        {19,
         QStringLiteral("the hall's figures count the follow-ups closed in a range from the"
                        " range's part of an index"),
         {
             QStringLiteral("CREATE INDEX follow_ups_closed ON follow_ups (closed_at)"
                            " WHERE closed_at IS NOT NULL"),
         }},
        {20,
         QStringLiteral("the hall's figures are counted in the transaction of each change they"
                        " count (hall_counts), so that a range costs its hours, not the history;"
                        " pauses are read by the day they ended, handovers by their day"),
         QStringList{
             QStringLiteral("CREATE INDEX case_pauses_ended ON case_pauses (end_day)"),
             QStringLiteral("CREATE INDEX cases_delivered ON cases (delivered_at)"
                            " WHERE delivered_at IS NOT NULL"),
         } + HallCountsSql::schema()},
        {21,
         QStringLiteral("the hall's figures count the pauses of steps by their days and the"
                        " follow-ups by the moment they opened, so that a range reads the days"
                        " it covers, not every open pause and every rating in it"),
         QStringList{
             QStringLiteral("CREATE INDEX follow_ups_opened ON follow_ups (opened_at)"),
         } + HallCountsSql::addedIn(21)},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

QString Migrations::translate(const QString &statement, DatabaseUrl::Dialect dialect)
{
    const bool pg = dialect == DatabaseUrl::Dialect::Postgres;
    QString s = statement;
    s.replace(QLatin1String("%ID%"),
              pg ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                 : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("%TS%"), pg ? QLatin1String("TIMESTAMPTZ") : QLatin1String("TEXT"));
    s.replace(QLatin1String("%DATE%"), pg ? QLatin1String("DATE") : QLatin1String("TEXT"));
    s.replace(QLatin1String("%BOOL%"), pg ? QLatin1String("BOOLEAN") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("%BLOB%"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    s.replace(QLatin1String("%BIGINT%"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("%FALSE%"), pg ? QLatin1String("FALSE") : QLatin1String("0"));
    // Byte-order comparison for prefix ranges; SQLite's default is already binary.
    s.replace(QLatin1String("%C%"), pg ? QLatin1String(" COLLATE \"C\"") : QLatin1String(""));
    if (s.startsWith(QLatin1String("pg:")))
        return pg ? s.mid(3) : QString();
    if (s.startsWith(QLatin1String("sqlite:")))
        return pg ? QString() : s.mid(7);
    return s;
}

Result<int> Migrations::currentVersion(const Database &db)
{
    const QStringList tables = db.connection().tables();
    if (!tables.contains(QLatin1String("schema_migrations")))
        return 0;
    auto v = db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!v)
        return Result<int>(v.error());
    return v.value().isNull() ? 0 : v.value().toInt();
}

Status Migrations::apply(const Database &db)
{
    if (db.dialect() == DatabaseUrl::Dialect::Postgres) {
        // Two counters starting at once: the second waits here, then finds the
        // steps applied. A session lock, because each step is its own transaction.
        auto locked = db.run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kPgMigrationLock));
        if (!locked)
            return Status(locked.error());
        // A new session would not hold the lock: a lost connection fails the upgrade.
        db.setReconnecting(false);
        const Status result = applyLocked(db);
        auto unlocked =
            db.run(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kPgMigrationLock));
        db.setReconnecting(true);
        if (!unlocked)
            qCWarning(lcStorage) << "cannot release the migration lock" << unlocked.error().detail;
        return result;
    }
    return applyLocked(db);
}

Status Migrations::applyLocked(const Database &db)
{
    if (!db.connection().tables().contains(QLatin1String("schema_migrations"))) {
        auto created = db.run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, description TEXT,"
                                             " applied_at TEXT NOT NULL)"));
        if (!created)
            return Status(created.error());
    }
    auto current = currentVersion(db);
    if (!current)
        return Status(current.error());
    if (current.value() > latestVersion())
        return Status::failure(QStringLiteral("db-too-new"),
                               QStringLiteral("schema %1 is newer than this program (%2)")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current.value())
            continue;
        bool skipped = false;
        const Status applied = db.transaction([&]() -> Status {
            // Another SQLite process may have applied it while this one waited for
            // the write lock (BEGIN IMMEDIATE): look again inside the transaction.
            auto done = db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"
                                                 " WHERE version = ?"),
                                  {step.version});
            if (!done)
                return Status(done.error());
            if (done.value().toInt() > 0) {
                skipped = true;
                return Status::success();
            }
            for (const QString &statement : step.statements) {
                const QString sql = translate(statement, db.dialect());
                if (sql.isEmpty())
                    continue;
                auto q = db.run(sql);
                if (!q)
                    return Status(q.error());
            }
            auto recorded = db.run(QStringLiteral("INSERT INTO schema_migrations"
                                                  " (version, description, applied_at)"
                                                  " VALUES (?, ?, ?)"),
                                   {step.version, step.description,
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            return recorded ? Status::success() : Status(recorded.error());
        });
        if (!applied)
            return applied;
        if (!skipped)
            qCInfo(lcStorage) << "applied migration" << step.version << step.description;
    }
    return Status::success();
}

} // namespace OneWindow
