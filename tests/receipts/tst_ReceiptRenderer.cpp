#include "identity/QrDecoder.h"
#include "receipts/CjkFont.h"
#include "receipts/ReceiptRenderer.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

// A synthetic ID number: real region and date format, made-up sequence, and the
// GB 11643 MOD 11-2 check character computed here, independent of IdNumber.
QString syntheticIdNumber(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char(checks[sum % 11]);
}

ReceiptData birthBundle()
{
    ReceiptData data;
    data.hallName = QStringLiteral("示范市政务服务中心");
    data.caseNumber = QStringLiteral("YC20261124000017");
    data.matterTitle = QStringLiteral("新生儿出生“一件事”");
    data.applicantName = QStringLiteral("林晓测");
    data.applicantIdNumber = syntheticIdNumber(QStringLiteral("33010219900307002"));
    data.applicantPhone = QStringLiteral("19900001234");
    data.acceptedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 35));
    data.counter = QStringLiteral("综合受理 3 号窗口");
    data.clerkName = QStringLiteral("王受理");
    data.departments = {
        {QStringLiteral("卫健"), QStringLiteral("出生医学证明"), QDate(2026, 11, 27)},
        {QStringLiteral("公安"), QStringLiteral("出生登记（户口）"), QDate(2026, 12, 1)},
        {QStringLiteral("医保"), QStringLiteral("城乡居民医保参保登记"), QDate(2026, 12, 3)},
        {QStringLiteral("人社"), QStringLiteral("社会保障卡申领"), QDate(2026, 12, 8)},
    };
    data.promisedDate = QDate(2026, 12, 8);
    data.materialsReceived = {
        QStringLiteral("出生医学证明（原件）"),
        QStringLiteral("父母双方居民身份证（核验）"),
        QStringLiteral("居民户口簿（原件）"),
        QStringLiteral("结婚证（核验）"),
    };
    data.trackingCode = QStringLiteral("https://zwfw.example.gov.cn/t/YC20261124000017");
    return data;
}

} // namespace

class tst_ReceiptRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    ReceiptData m_data;

    static QString pdfToText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        // pdftotext starts each further page with a form feed.
        return QString::fromUtf8(process.readAllStandardOutput()).remove(QLatin1Char('\f'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = birthBundle();
        m_pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const auto written = ReceiptRenderer::writePdf(m_data, m_pdf);
        QVERIFY2(written.ok(),
                 qPrintable(written.error().code + QLatin1Char(' ') + written.error().detail));
        QVERIFY(QFile(m_pdf).size() > 0);
        // Lets a developer look at the PDFs: OW_KEEP_RECEIPTS=1 keeps the folder.
        if (qEnvironmentVariableIsSet("OW_KEEP_RECEIPTS")) {
            m_dir.setAutoRemove(false);
            qInfo("receipts kept in %s", qPrintable(m_dir.path()));
        }
    }

    void fontKeepsTextSearchable()
    {
        // Noto CJK would map some glyphs to radicals in the PDF's text layer.
        QCOMPARE(CjkFont::family(), QStringLiteral("WenQuanYi Micro Hei"));
    }

    void linesMaskPersonalData()
    {
        const QStringList lines = ReceiptRenderer::lines(m_data);
        const QString all = lines.join(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("受理回执"));
        QVERIFY(lines.contains(QStringLiteral("身份证号：330102********") +
                               m_data.applicantIdNumber.right(4)));
        QVERIFY(lines.contains(QStringLiteral("联系电话：199****1234")));
        QVERIFY(lines.contains(QStringLiteral("受理时间：2026-11-24 09:35")));
        QVERIFY(lines.contains(QStringLiteral("承诺办结日期：2026-12-08")));
        QVERIFY(lines.contains(QStringLiteral("扫码查询办理进度")));
        QVERIFY(!all.contains(m_data.applicantIdNumber));
        QVERIFY(!all.contains(m_data.applicantPhone));
        // Every department appears with its deadline.
        for (const ReceiptData::Department &d : m_data.departments) {
            QVERIFY(all.contains(d.title));
            QVERIFY(all.contains(d.deadline.toString(QStringLiteral("yyyy-MM-dd"))));
        }
    }

    void pdfTextIsExactlyTheLines()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfToText(m_pdf);
        QVERIFY(!text.isEmpty());
        const QStringList extracted = text.split(QLatin1Char('\n'));

        for (const QString &line : ReceiptRenderer::lines(m_data)) {
            // Whole lines, not substrings, so a wrapped or merged line fails too.
            QVERIFY2(extracted.contains(line),
                     qPrintable(QStringLiteral("missing line \"%1\" in:\n%2").arg(line, text)));
        }
        QVERIFY(!text.contains(m_data.applicantIdNumber));
        QVERIFY(!text.contains(m_data.applicantPhone));
        QVERIFY(
            text.contains(QStringLiteral("330102********") + m_data.applicantIdNumber.right(4)));
    }

    void qtPdfReadsOnePage()
    {
        QPdfDocument document;
        QCOMPARE(document.load(m_pdf), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 1);
        const QString text = document.getAllText(0).text();
        QVERIFY2(text.contains(m_data.caseNumber), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("受理回执")));
        QVERIFY(!text.contains(m_data.applicantIdNumber));
    }

    void qrCodeOnThePageScans()
    {
        QPdfDocument document;
        QCOMPARE(document.load(m_pdf), QPdfDocument::Error::None);
        const QImage page = document.render(0, QSize(1240, 1754)); // A4 at 150 dpi
        QVERIFY(!page.isNull());
        const QrDecoder::Decoded decoded = QrDecoder::decode(page);
        QVERIFY(decoded.found);
        QCOMPARE(decoded.text, m_data.trackingCode);
    }

    void manyMaterialsStillPrintEveryLine()
    {
        ReceiptData data = m_data;
        for (int i = 0; i < 40; ++i)
            data.materialsReceived.append(QStringLiteral("补充材料第%1份（复印件）").arg(i + 1));
        // A department name filling its whole column must not run into the next.
        data.departments.append({QStringLiteral("住房公积金管理中心分中心"),
                                 QStringLiteral("住房公积金个人账户设立及缴存登记"),
                                 QDate(2026, 12, 10)});
        data.matterTitle =
            QStringLiteral("企业开办“一件事”：营业执照、公章刻制、税务登记及发票申领、"
                           "社会保险登记、住房公积金缴存登记");
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        const auto written = ReceiptRenderer::writePdf(data, path);
        QVERIFY(written.ok());

        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 2);
        QCOMPARE(document.pageCount(), written->pages);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfToText(path);
        const QStringList extracted = text.split(QLatin1Char('\n'));
        // Every printed line whole; the long title wrapped, never cut.
        for (const QString &line : written->lines)
            QVERIFY2(extracted.contains(line), qPrintable(line));
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(compact.contains(QStringLiteral("办理事项：") + data.matterTitle));
    }

    void unwritablePathFails_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing directory")
            << m_dir.filePath(QStringLiteral("no/such/dir/receipt.pdf"));
        QTest::newRow("proc") << QStringLiteral("/proc/nonexistent/x.pdf");
        QTest::newRow("a directory") << m_dir.path();
    }

    void unwritablePathFails()
    {
        QFETCH(QString, path);
        const auto written = ReceiptRenderer::writePdf(m_data, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("write-failed"));
    }
};

QTEST_MAIN(tst_ReceiptRenderer)
#include "tst_ReceiptRenderer.moc"
