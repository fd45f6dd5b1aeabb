#include "helpers/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace OneWindow {

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

} // namespace

bool TestDatabase::postgresRequired()
{
    // On CI (and wherever asked) a missing server is a failure, not fewer rows.
    return qEnvironmentVariable("CI") == QLatin1String("true") ||
           qEnvironmentVariableIsSet("ONEWINDOW_REQUIRE_PG");
}

QStringList TestDatabase::backends()
{
    QStringList list{QStringLiteral("sqlite")};
    if (!adminUrl().isEmpty() || postgresRequired())
        list << QStringLiteral("postgresql");
    return list;
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

TestDatabase::TestDatabase(const QString &backend, bool migrate)
    : m_backend(backend)
{
    if (backend == QLatin1String("postgresql")) {
        if (adminUrl().isEmpty()) {
            m_error = QStringLiteral("ONEWINDOW_TEST_PG is not set: this test needs the"
                                     " PostgreSQL server that scripts/test starts");
            return;
        }
        m_pgName = QStringLiteral("ow_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_pgName, &m_error))
            return;
        auto admin = DatabaseUrl::parse(adminUrl()).value();
        admin.databaseName = m_pgName;
        m_url = admin.toString();
    } else {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    m_db = std::make_unique<Database>(DatabaseUrl::parse(m_url).value());
    if (const Status s = m_db->open(); !s) {
        m_error = s.error().detail;
        return;
    }
    if (migrate) {
        if (const Status s = m_db->migrate(); !s) {
            m_error = s.error().detail;
            return;
        }
    }
    m_ok = true;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString ignored;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName, &ignored);
    }
}

} // namespace OneWindow
