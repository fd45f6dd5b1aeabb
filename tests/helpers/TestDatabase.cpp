#include "helpers/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace OneWindow {

const QString TestDatabase::kOwnerRole = QStringLiteral("onewindow_owner");
const QString TestDatabase::kCounterRole = QStringLiteral("onewindow_counter");

namespace {

QString adminUrl()
{
    return qEnvironmentVariable("ONEWINDOW_TEST_PG");
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE
// cannot run inside the test's own database).
bool adminExec(const QString &sql, QString *error)
{
    auto url = DatabaseUrl::parse(adminUrl());
    if (!url) {
        *error = url.error().detail;
        return false;
    }
    Database admin(url.value());
    if (const Status s = admin.open(); !s) {
        *error = s.error().detail;
        return false;
    }
    auto q = admin.run(sql);
    if (!q) {
        *error = q.error().detail;
        return false;
    }
    return true;
}

// The statements of an SQL file: split at semicolons outside quotes, dollar
// quotes and comments, as psql does for a file without meta-commands.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    QString dollarTag; // inside $tag$ ... $tag$ when not empty
    bool quoted = false;
    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (dollarTag.isEmpty() && !quoted && c == QLatin1Char('-') && i + 1 < sql.size() &&
            sql.at(i + 1) == QLatin1Char('-')) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (dollarTag.isEmpty() && c == QLatin1Char('\'')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('$')) {
            const int end = sql.indexOf(QLatin1Char('$'), i + 1);
            if (end > i) {
                const QString tag = sql.mid(i, end - i + 1);
                static const QRegularExpression valid(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
                if (valid.match(tag).hasMatch()) {
                    if (dollarTag.isEmpty())
                        dollarTag = tag;
                    else if (tag == dollarTag)
                        dollarTag.clear();
                    current += tag;
                    i = end;
                    continue;
                }
            }
        } else if (!quoted && dollarTag.isEmpty() && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

DatabaseUrl as(const QString &url, const QString &role)
{
    DatabaseUrl u = DatabaseUrl::parse(url).value();
    u.user = role;
    return u;
}

} // namespace

bool TestDatabase::postgresRequired()
{
    // Kept from when a missing server meant fewer rows unless one was required;
    // now a missing server always fails, and these only refuse OW_NO_PG=1.
    return qEnvironmentVariable("CI") == QLatin1String("true") ||
           qEnvironmentVariableIsSet("ONEWINDOW_REQUIRE_PG");
}

bool TestDatabase::postgresLeftOut()
{
    return qEnvironmentVariable("OW_NO_PG") == QLatin1String("1") && !postgresRequired();
}

QString TestDatabase::postgresUnavailable()
{
    if (postgresLeftOut())
        return QStringLiteral("OW_NO_PG=1: PostgreSQL is left out of this run");
    if (!adminUrl().isEmpty())
        return {};
    QString why = QStringLiteral(
        "this needs PostgreSQL and ONEWINDOW_TEST_PG is not set. Run the tests with"
        " scripts/test (it starts a throwaway server), or start one with"
        " `scripts/pg-start DIR PORT` and set ONEWINDOW_TEST_PG to the URL it prints,"
        " or set OW_NO_PG=1 to leave PostgreSQL out (its tests are then skipped and"
        " counted)");
    if (qEnvironmentVariable("OW_NO_PG") == QLatin1String("1"))
        why += QStringLiteral(". OW_NO_PG=1 is not honoured here: PostgreSQL is required"
                              " (CI=true or ONEWINDOW_REQUIRE_PG is set)");
    return why;
}

QStringList TestDatabase::backends()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

QString TestDatabase::applyRolesFile(const QString &superuserUrl)
{
    QFile file(QStringLiteral(OW_ROLES_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + file.fileName();
    const QStringList all = statements(QString::fromUtf8(file.readAll()));
    auto url = DatabaseUrl::parse(superuserUrl);
    if (!url)
        return url.error().detail;
    // The roles are the server's, shared by every test database: two tests
    // creating them at the same moment collide once, and the second try finds them.
    QString problem;
    for (int attempt = 0; attempt < 5; ++attempt) {
        Database db(url.value());
        if (const Status s = db.open(); !s)
            return s.error().detail;
        problem.clear();
        for (const QString &sql : all) {
            if (auto q = db.run(sql); !q) {
                problem = sql.left(80) + QStringLiteral(": ") + q.error().detail;
                break;
            }
        }
        if (problem.isEmpty())
            return {};
        QThread::msleep(50);
    }
    return problem;
}

TestDatabase::TestDatabase(const QString &backend, bool migrate)
    : m_backend(backend)
{
    QString superuserUrl;
    if (backend == QLatin1String("postgresql")) {
        if (const QString why = postgresUnavailable(); !why.isEmpty()) {
            m_error = why;
            return;
        }
        m_pgName = QStringLiteral("ow_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_pgName, &m_error))
            return;
        auto admin = DatabaseUrl::parse(adminUrl()).value();
        admin.databaseName = m_pgName;
        superuserUrl = admin.toString();
        if (migrate) {
            // A hall's database: the roles, the owner migrates, the counters connect.
            if (const QString problem = applyRolesFile(superuserUrl); !problem.isEmpty()) {
                m_error = QStringLiteral("docs/postgresql-roles.sql: ") + problem;
                return;
            }
            m_ownerUrl = as(superuserUrl, kOwnerRole).toString();
            m_url = as(superuserUrl, kCounterRole).toString();
        } else {
            m_ownerUrl = m_url = superuserUrl;
        }
    } else {
        m_url = m_ownerUrl =
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    // On SQLite one connection is both: a file has no roles.
    if (m_ownerUrl != m_url) {
        m_owner = std::make_unique<Database>(DatabaseUrl::parse(m_ownerUrl).value());
        if (const Status s = m_owner->open(); !s) {
            m_error = s.error().detail;
            return;
        }
    }
    m_db = std::make_unique<Database>(DatabaseUrl::parse(m_url).value());
    if (const Status s = m_db->open(); !s) {
        m_error = s.error().detail;
        return;
    }
    if (migrate) {
        if (const Status s = owner().migrate(); !s) {
            m_error = s.error().detail;
            return;
        }
    }
    m_ok = true;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    m_owner.reset();
    if (!m_pgName.isEmpty()) {
        QString ignored;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName, &ignored);
    }
}

} // namespace OneWindow
