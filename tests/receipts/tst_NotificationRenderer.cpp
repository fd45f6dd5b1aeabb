#include "identity/IdNumber.h"
#include "receipts/CjkFont.h"
#include "receipts/NotificationRenderer.h"

#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

NotificationData newbornGaps(int missing)
{
    NotificationData d;
    d.hallName = QStringLiteral("示范市政务服务中心");
    d.matterTitle = QStringLiteral("新生儿出生\"一件事\"");
    d.applicantName = QStringLiteral("林晓测");
    d.applicantIdNumber = QStringLiteral("11010519491231002X");
    d.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 35));
    d.counter = QStringLiteral("A01");
    d.clerkName = QStringLiteral("王受理");
    d.number = QStringLiteral("510107-G20261124-00001");
    d.qrText = QStringLiteral("https://zwfw.example.gov.cn/n/510107-G20261124-00001");
    const QList<NotificationData::Item> all = {
        {QStringLiteral("结婚证"), QStringLiteral("原件 1 份"), QStringLiteral("父母已婚时提供")},
        {QStringLiteral("新生儿近期正面免冠照片"), QStringLiteral("原件 1 份"),
         QStringLiteral("制作社会保障卡")},
        {QStringLiteral("落户方居民户口簿"), QStringLiteral("原件 1 份"),
         QStringLiteral("办理出生登记")},
    };
    for (int i = 0; i < missing; ++i)
        d.missing.append(all.at(i % all.size()));
    d.received = {QStringLiteral("出生医学证明（已收取）"),
                  QStringLiteral("申请人居民身份证（已调取）")};
    d.problems = {QStringLiteral("出生日期：日期不能晚于今天")};
    d.enquiryPhone = QStringLiteral("12345");
    return d;
}

QString pdfToText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QLatin1Char('\f'));
}

} // namespace

class tst_NotificationRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (CjkFont::family().isEmpty())
            QSKIP("WenQuanYi Micro Hei (fonts-wqy-microhei) is not installed");
    }

    void linesListEverythingMissingWithReasons()
    {
        const QStringList lines = NotificationRenderer::lines(newbornGaps(3));
        QCOMPARE(lines.first(), QStringLiteral("一次性告知书"));
        QVERIFY(lines.contains(QStringLiteral("需补齐的材料（共 3 项）")));
        QVERIFY(lines.contains(QStringLiteral("1. 结婚证（原件 1 份）")));
        QVERIFY(lines.contains(QStringLiteral("原因：父母已婚时提供")));
        QVERIFY(lines.contains(QStringLiteral("3. 落户方居民户口簿（原件 1 份）")));
        QVERIFY(lines.contains(QStringLiteral("需补充或更正的信息（共 1 项）")));
        QVERIFY(lines.contains(
            QStringLiteral("身份证号：%1").arg(IdNumber::masked("11010519491231002X"))));
        for (const QString &l : lines)
            QVERIFY2(!l.contains(QStringLiteral("11010519491231002X")), qPrintable(l));
    }

    void pdfTextIsSearchable_data()
    {
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("pages"); // at least
        QTest::newRow("three missing") << 3 << 1;
        // A long list flows onto a second page, nothing cut off.
        QTest::newRow("forty missing") << 40 << 2;
    }

    void pdfTextIsSearchable()
    {
        QFETCH(int, missing);
        QFETCH(int, pages);
        const NotificationData data = newbornGaps(missing);
        const QString path = m_dir.filePath(QStringLiteral("notice-%1.pdf").arg(missing));
        const auto written = NotificationRenderer::writePdf(data, path);
        QVERIFY2(written.ok(), qPrintable(written.error().code));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() >= pages, qPrintable(QString::number(pdf.pageCount())));
        const QString text = pdfToText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
        // Exactly the characters printed, line by line (no radicals, no run-together lines).
        const QStringList extracted = text.split(QLatin1Char('\n'));
        for (const QString &line : written->lines)
            QVERIFY2(extracted.contains(line), qPrintable(line));
        QCOMPARE(pdf.pageCount(), written->pages);
        QVERIFY(!text.contains(QStringLiteral("11010519491231002X")));
    }

    void unwritablePathFails()
    {
        const auto written = NotificationRenderer::writePdf(
            newbornGaps(1), QStringLiteral("/proc/no/such/notice.pdf"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("write-failed"));
    }
};

QTEST_MAIN(tst_NotificationRenderer)
#include "tst_NotificationRenderer.moc"
