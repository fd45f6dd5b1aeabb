// Runs after every other test of the run (CTest fixture "log_privacy", beside
// tst_LogPrivacy) and reads what they produced for people to read: the copies
// helpers/TestArtifacts keeps of papers (PDFs, read as pdftotext reads them), CSV
// exports, tracking pages and onewindow-cli's output. A full 18-character ID number
// with a valid check character, or a valid mobile number, fails it, unless the file
// is of a kind that carries the number on purpose (kAllowed below, with the reason).
#include "identity/IdNumber.h"
#include "identity/SensitiveNumbers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

// Outputs whose purpose is to show a full number to the person it belongs to, or to
// staff who must see it; matched against "<test>-<n>-<name>".
struct Allowed
{
    const char *pattern;
    SensitiveNumbers::Kind kind;
    const char *reason;
};

const Allowed kAllowed[] = {
    {"^tst_CliIdCheck-\\d+-id-check\\.out$", SensitiveNumbers::Kind::IdNumber,
     "`id check` prints back the number it was asked to check"},
    {"^tst_CliCardParse-\\d+-card-parse\\.out$", SensitiveNumbers::Kind::IdNumber,
     "`card parse` prints the card as read, for the technician testing a reader"},
};

bool allowed(const QString &fileName, SensitiveNumbers::Kind kind)
{
    for (const Allowed &a : kAllowed)
        if (a.kind == kind &&
            QRegularExpression(QString::fromLatin1(a.pattern)).match(fileName).hasMatch())
            return true;
    return false;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QList<Finding> scan(const QString &name, const QString &content)
{
    QList<Finding> found;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        for (const SensitiveNumbers::Match &m : SensitiveNumbers::find(lines.at(i))) {
            const bool full =
                m.valid && (m.kind == SensitiveNumbers::Kind::Mobile ||
                            (m.kind == SensitiveNumbers::Kind::IdNumber && m.length == 18));
            if (full && !allowed(name, m.kind)) {
                found << Finding{name, i + 1, SensitiveNumbers::masked(lines.at(i)).left(200)};
                break;
            }
        }
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

class tst_OutputPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFlags_data();
    void scannerFlags();
    void noPersonalNumbersInTheRunsOutputs();
};

void tst_OutputPrivacy::scannerFlags_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");
    const QString id = validId();
    QTest::newRow("paper, full ID")
        << "tst_X-1-receipt.pdf" << QStringLiteral("身份证号 %1").arg(id) << true;
    QTest::newRow("page, mobile") << "tst_X-2-page.html"
                                  << "电话 13812345678" << true;
    QTest::newRow("paper, masked ID") << "tst_X-3-receipt.pdf"
                                      << "身份证号 110105********002X" << false;
    QTest::newRow("csv, masked mobile") << "tst_X-4-audit.csv"
                                        << "138****5678" << false;
    QTest::newRow("wrong check character")
        << "tst_X-5-receipt.pdf"
        << id.left(17) + (id.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1'))
        << false;
    QTest::newRow("case number") << "tst_X-6-case-show.out"
                                 << "510107-20261124-00002" << false;
    QTest::newRow("allowed: id check")
        << "tst_CliIdCheck-7-id-check.out" << QStringLiteral("{\"id\":\"%1\"}").arg(id) << false;
    QTest::newRow("allowed for ID only, not a mobile") << "tst_CliIdCheck-8-id-check.out"
                                                       << "13812345678" << true;
}

void tst_OutputPrivacy::scannerFlags()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    const QList<Finding> found = scan(file, text);
    QCOMPARE(!found.isEmpty(), flagged);
    if (flagged)
        QVERIFY(!found.first().text.contains(validId()));
}

void tst_OutputPrivacy::noPersonalNumbersInTheRunsOutputs()
{
    const QDir dir(QStringLiteral(OW_TEST_ARTIFACT_DIR));
    // The fixture's setup makes the folder: without it the capture is broken.
    QVERIFY2(dir.exists(),
             qPrintable(QStringLiteral("no %1: run the tests through ctest").arg(dir.path())));
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    QList<Finding> findings;
    int pdfs = 0;
    for (const QFileInfo &info : files) {
        QString text;
        if (info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
            text = pdfText(info.filePath());
            QVERIFY2(!text.isNull(),
                     qPrintable(QStringLiteral("pdftotext cannot read %1").arg(info.fileName())));
            ++pdfs;
        } else {
            QFile f(info.filePath());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(info.filePath()));
            text = QString::fromUtf8(f.readAll());
        }
        findings << scan(info.fileName(), text);
    }
    qInfo("scanned %lld outputs of the run (%d papers)", qlonglong(files.size()), pdfs);
    QStringList report;
    for (const Finding &f : std::as_const(findings))
        report << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.text);
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("personal numbers in the run's outputs:\n") +
                        report.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_OutputPrivacy)
#include "tst_OutputPrivacy.moc"
