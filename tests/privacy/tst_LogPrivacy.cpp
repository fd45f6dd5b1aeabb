// Runs after every other test of the run (CTest fixture "log_privacy") and
// reads what they logged: each test's output (tests/CMakeLists.txt gives each
// one a copy in the run's log folder, with the logging category of every
// message) and the log files of the programs they started (ONEWINDOW_LOG_DIR).
// A line from an onewindow.* category that carries a valid 18-character ID
// number or a mobile number fails it.
#include "identity/IdNumber.h"
#include "identity/SensitiveNumbers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace OneWindow;

namespace {

struct Finding
{
    QString file;
    int line = 0;
    QString text; // masked: the report must not leak what it found
};

// The category of a log line as QT_MESSAGE_PATTERN or LogFile writes it: "[onewindow.x]".
bool fromOurCategory(const QString &line)
{
    static const QRegularExpression category(QStringLiteral("\\[onewindow(\\.[a-z0-9_.-]+)?\\]"));
    return category.match(line).hasMatch();
}

bool carriesPersonalNumber(const QString &line)
{
    for (const SensitiveNumbers::Match &m : SensitiveNumbers::find(line)) {
        if (m.kind == SensitiveNumbers::Kind::IdNumber && m.length == 18 && m.valid)
            return true;
        if (m.kind == SensitiveNumbers::Kind::Mobile && m.valid)
            return true;
    }
    return false;
}

QList<Finding> scan(const QString &name, const QByteArray &content, int *ours)
{
    QList<Finding> found;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (!fromOurCategory(line))
            continue;
        ++*ours;
        if (carriesPersonalNumber(line))
            found << Finding{name, i + 1, SensitiveNumbers::masked(line)};
    }
    return found;
}

QString validId()
{
    // 110105 19491231 002 and its check character, as GB 11643 computes it.
    const QString first17 = QStringLiteral("11010519491231002");
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

class tst_LogPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFlags_data();
    void scannerFlags();
    void noPersonalNumbersInTheRunsLogs();
};

void tst_LogPrivacy::scannerFlags_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("flagged");
    const QString id = validId();
    QTest::newRow("our category, ID number")
        << QStringLiteral("QWARN  : tst_X::f() [onewindow.casefile] opened %1").arg(id) << true;
    QTest::newRow("our category, mobile")
        << "QDEBUG : tst_X::f() [onewindow.intake] phone 13812345678" << true;
    QTest::newRow("a program's log file")
        << QStringLiteral("2026-11-24T10:00:00.000Z warning [onewindow.services] %1").arg(id)
        << true;
    QTest::newRow("our category, wrong check digit")
        << QStringLiteral("QWARN  : tst_X::f() [onewindow.casefile] opened %1")
               .arg(id.left(17) +
                    (id.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1')))
        << false;
    QTest::newRow("our category, masked")
        << "QWARN  : tst_X::f() [onewindow.casefile] opened 110105********002X" << false;
    QTest::newRow("another category")
        << QStringLiteral("QWARN  : tst_X::f() [qt.sql] %1").arg(id) << false;
    QTest::newRow("a test's own data tag")
        << QStringLiteral("PASS   : tst_IdNumber::check(%1)").arg(id) << false;
    // A hall key's fingerprint is hex; eleven of its digits in a row are chance.
    QTest::newRow("key fingerprint")
        << "QINFO  : tst_X::f() [onewindow.services] hall \"510104\" set up; key "
           "\"844f15200000012c\""
        << false;
    QTest::newRow("case number") << "QINFO  : tst_X::f() [onewindow.intake] 510107-20261124-00002"
                                 << false;
}

void tst_LogPrivacy::scannerFlags()
{
    QFETCH(QString, line);
    QFETCH(bool, flagged);
    int ours = 0;
    const QList<Finding> found = scan(QStringLiteral("x"), line.toUtf8(), &ours);
    QCOMPARE(!found.isEmpty(), flagged);
    if (flagged)
        QVERIFY(!found.first().text.contains(validId()));
}

void tst_LogPrivacy::noPersonalNumbersInTheRunsLogs()
{
    const QDir dir(QStringLiteral(OW_TEST_LOG_DIR));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.txt"), QStringLiteral("*.log")}, QDir::Files);
    // Nothing captured means the capture is broken, not that the logs are clean.
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no test output in %1: run the tests"
                                                         " through ctest")
                                              .arg(dir.path())));
    QList<Finding> findings;
    int ours = 0;
    for (const QFileInfo &info : files) {
        QFile f(info.filePath());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(info.filePath()));
        findings << scan(info.fileName(), f.readAll(), &ours);
    }
    qInfo("scanned %lld files, %d lines from onewindow.* categories", qlonglong(files.size()),
          ours);
    QStringList report;
    for (const Finding &f : std::as_const(findings))
        report << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.text);
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("personal numbers in log lines:\n") +
                                            report.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_LogPrivacy)
#include "tst_LogPrivacy.moc"
