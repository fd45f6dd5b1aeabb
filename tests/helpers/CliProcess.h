#pragma once

// onewindow-cli as a test runs it: the real program as a process, and the
// fixtures the command-line tests share (accounts, an answers file, a case's
// step as `case show` prints it). OW_CLI_PATH comes from ow_add_test.
#include "helpers/SampleIntake.h"
#include "helpers/TestArtifacts.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace OneWindow::Test {

// What a run printed and how it ended; exitCode -1 when it did not end normally.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
    // One JSON object per line.
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &l : out.trimmed().split('\n'))
            if (!l.isEmpty())
                list << QJsonDocument::fromJson(l).object();
        return list;
    }
};

// Runs onewindow-cli with `environment` over this process's own.
inline CliRun runCli(const QStringList &arguments, const QHash<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    CliRun r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the scan after the run (named by its verb).
    TestArtifacts::keep(arguments.mid(0, 2).join(QLatin1Char('-')) + QStringLiteral(".out"),
                        r.out + r.err);
    return r;
}

// An account with `password`, made on `db` (the tables' owner on PostgreSQL:
// the counters' role makes none); false when it could not be.
inline bool addAccount(const Database &db, const QString &name, Role role, const QString &password,
                       const QString &department = {})
{
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.department = department;
    return UserRepository(db).create(a, password, true).ok();
}

// The newborn sample as the answers file of an intake no counter saw: the
// applicant's ID card is among the materials handed in.
inline QJsonObject newbornAnswers(int mother = 0)
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const IntakeRequest r = newbornRequest(catalogue.find(QStringLiteral("newborn")),
                                           QDate::currentDate(), mother, mother + 1);
    QJsonArray received{QStringLiteral("applicant-id-card")};
    for (const QString &m : r.materialsReceived)
        received.append(m);
    return QJsonObject{{QStringLiteral("applicant"),
                        QJsonObject{{QStringLiteral("name"), r.applicant.name},
                                    {QStringLiteral("idNumber"), r.applicant.idNumber}}},
                       {QStringLiteral("values"), QJsonObject::fromVariantMap(r.values)},
                       {QStringLiteral("materialsReceived"), received}};
}

// Writes `o` to `name` in `dir`; its path, "" when it could not.
inline QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &o)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(o).toJson());
    return f.fileName();
}

// The state of step `key` in a case as `case show` prints it.
inline QString stepState(const QJsonObject &c, const QString &key)
{
    for (const QJsonValue &s : c.value(QStringLiteral("steps")).toArray())
        if (s.toObject().value(QStringLiteral("key")).toString() == key)
            return s.toObject().value(QStringLiteral("state")).toString();
    return {};
}

} // namespace OneWindow::Test
