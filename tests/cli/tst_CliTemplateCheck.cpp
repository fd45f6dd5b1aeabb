#include "helpers/TestArtifacts.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real onewindow-cli: `template check` as an administrator's script sees it.
class tst_CliTemplateCheck : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OW_CLI_PATH), QStringList{"template", "check"} + arguments);
        Run r;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        // What the command printed, for the privacy scan after the run.
        OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                                 QStringLiteral(".out"),
                                             r.out.toUtf8() + r.err.toUtf8());
        return r;
    }

    static QString fixture(const QString &relative)
    {
        return QDir(QStringLiteral(OW_TEST_DATA_DIR "/templates")).filePath(relative);
    }

private Q_SLOTS:
    void shippedFormsAreValid()
    {
        const Run r = run({QStringLiteral(OW_SOURCE_DIR "/forms")});
        QCOMPARE(r.out, QString());
        QCOMPARE(r.exitCode, 0);
    }

    void goodFiles()
    {
        const Run r = run(
            {fixture("good/minimal.json"), QStringLiteral(OW_SOURCE_DIR "/forms/newborn.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }

    void brokenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line"); // after "FILE:"
        QTest::newRow("invalid JSON") << "invalid-json"
                                      << ": invalid JSON at offset 65: unterminated object";
        QTest::newRow("unknown field type")
            << "unknown-field-type"
            << "/pages/0/fields/1/type: unknown field type \"signature\"";
        QTest::newRow("duplicate id") << "duplicate-field-id"
                                      << "/pages/1/fields/0/id: duplicate id \"name\"";
        QTest::newRow("condition on a missing field")
            << "condition-missing-field"
            << "/pages/1/fields/0/visibleWhen: condition on missing field \"spouse\"";
        QTest::newRow("cycle in the steps") << "step-cycle"
                                            << "/steps/1: the steps wait for each other in a cycle";
        QTest::newRow("step without a department")
            << "step-no-department"
            << "/steps/1/department: a step needs a department";
        QTest::newRow("material rule never met") << "material-never-required"
                                                 << "/materials/1/requiredWhen: the rule can never "
                                                    "be met: the material would never be asked for";
    }

    void brokenFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        const QString path = fixture(QStringLiteral("broken/%1.json").arg(file));
        const Run r = run({path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, path + QLatin1Char(':') + line + QLatin1Char('\n'));
    }

    void folderReportsEveryProblemAndKeepsGoing()
    {
        const Run r = run({fixture("broken"), fixture("good")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        // One line per problem, every broken fixture at least once, the good ones never.
        const QStringList broken =
            QDir(fixture("broken")).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : broken) {
            bool found = false;
            for (const QString &l : lines)
                found = found ||
                        l.startsWith(QDir(fixture("broken")).filePath(name) + QLatin1Char(':'));
            QVERIFY2(found, qPrintable(name));
        }
        for (const QString &l : lines) {
            QVERIFY2(!l.contains(QLatin1String("/good/")), qPrintable(l));
            QVERIFY2(l.contains(QLatin1String(".json:")), qPrintable(l));
        }
    }

    void duplicateTemplateIdsAcrossFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture("good/minimal.json"), dir.filePath("a.json")));
        QVERIFY(QFile::copy(fixture("good/minimal.json"), dir.filePath("b.json")));
        const Run r = run({dir.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out,
                 QStringLiteral("%1:/id: duplicate template id \"test-minimal\" (also in %2)\n")
                     .arg(dir.filePath("b.json"), dir.filePath("a.json")));
    }

    void missingPath()
    {
        const Run r = run({QStringLiteral("/no/such/forms")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("/no/such/forms:: no such file or folder\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no paths") << QStringList();
        QTest::newRow("unknown option") << QStringList{"--strict", "forms"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("Usage: onewindow-cli")));
    }
};

QTEST_GUILESS_MAIN(tst_CliTemplateCheck)
#include "tst_CliTemplateCheck.moc"
