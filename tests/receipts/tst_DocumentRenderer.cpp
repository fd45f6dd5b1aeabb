// The layout engine for papers: Chinese line breaking and quotation marks, and
// the longest names, addresses and matter titles of the shipped templates set
// on every paper with nothing cut: every text found whole in what pdftotext
// reads back, every glyph inside the page.
#include "helpers/PdfInspection.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "receipts/CjkFont.h"
#include "receipts/DocumentRenderer.h"
#include "receipts/Typography.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

QString longest(const QStringList &texts)
{
    QString best;
    for (const QString &t : texts)
        if (t.size() > best.size())
            best = t;
    return best;
}

QString compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// The longest texts the shipped templates and the synthetic people put on paper.
struct Extremes
{
    QString matter, department, step, material, reason, name, address;
};

Extremes extremes()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    QStringList matters, departments, steps, materials, reasons;
    for (const FormTemplate &f : catalogue.templates()) {
        matters << f.title.zh;
        for (const StepDefinition &s : f.steps) {
            departments << s.department;
            steps << s.title.zh;
        }
        for (const MaterialDefinition &m : f.materials) {
            materials << m.title.zh;
            reasons << m.reason.zh;
        }
    }
    QStringList names, addresses;
    const SyntheticIdentityGenerator people(8, QDate(2026, 2, 9));
    for (int i = 0; i < 2000; ++i) {
        names << people.citizen(i).name;
        addresses << people.citizen(i).address;
    }
    // A made-up name as long as names written with a middle dot get.
    names << QStringLiteral("阿依古丽·买买提阿不都热合曼·艾则孜");
    return {longest(matters), longest(departments), longest(steps),    longest(materials),
            longest(reasons), longest(names),       longest(addresses)};
}

} // namespace

class tst_DocumentRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (CjkFont::family().isEmpty())
            QSKIP("WenQuanYi Micro Hei (fonts-wqy-microhei) is not installed");
    }

    void chineseQuotes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("title") << "新生儿出生\"一件事\""
                               << "新生儿出生“一件事”";
        QTest::newRow("two pairs") << "\"甲\"与\"乙\""
                                   << "“甲”与“乙”";
        QTest::newRow("none") << "居住证申领"
                              << "居住证申领";
        QTest::newRow("already Chinese") << "“一件事”"
                                         << "“一件事”";
    }

    void chineseQuotes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Typography::chineseQuotes(in), out);
    }

    void wrapping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("widthMm");
        QTest::newRow("prose") << QStringLiteral("您申请办理的上述事项，主要申请材料齐全、符合法定"
                                                 "形式，以下次要材料暂缺。")
                               << 30.0;
        QTest::newRow("numbers stay whole")
            << QStringLiteral("受理编号：510107-20260209-00001，请于 2026-02-12 前补交。") << 40.0;
        QTest::newRow("Latin words")
            << QStringLiteral("OneWindow prints receipts on paper") << 25.0;
        QTest::newRow("too long to keep whole")
            << QStringLiteral("A1234567890123456789012345678") << 15.0;
    }

    void wrapping()
    {
        QFETCH(QString, text);
        QFETCH(qreal, widthMm);
        QImage device(10, 10, QImage::Format_RGB32);
        device.setDotsPerMeterX(300 / 0.0254);
        device.setDotsPerMeterY(300 / 0.0254);
        QFont f(CjkFont::family());
        f.setPointSizeF(9);
        const QFontMetricsF metrics(f, &device);
        const qreal width = widthMm * 300 / 25.4;
        const QStringList lines = Typography::wrap(text, metrics, width);
        QVERIFY(lines.size() > 1);
        // Nothing lost but the spaces at the breaks, nothing wider than the line.
        QCOMPARE(compact(lines.join(QString())), compact(text));
        for (const QString &line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= width + 0.01, qPrintable(line));
            QVERIFY2(!Typography::mayNotStartLine(line.front()), qPrintable(line));
            QVERIFY2(!Typography::mayNotEndLine(line.back()), qPrintable(line));
        }
        // A number that fits a line is never split across two.
        for (const QString &number :
             {QStringLiteral("510107-20260209-00001"), QStringLiteral("2026-02-12")})
            if (text.contains(number))
                QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                                    [&](const QString &l) { return l.contains(number); }));
    }

    void longestTextsOnEveryPaper_data()
    {
        QTest::addColumn<int>("layout");
        for (PaperLayout l : PaperLayouts::all())
            QTest::newRow(qPrintable(PaperLayouts::key(l))) << int(l);
    }

    void longestTextsOnEveryPaper()
    {
        QFETCH(int, layout);
        const Extremes x = extremes();
        QVERIFY(!x.matter.isEmpty() && !x.name.isEmpty() && !x.address.isEmpty());
        PrintedDocument d;
        d.title = QStringLiteral("不予许可决定书");
        d.hallName = QStringLiteral("某某自治州某某县（市）人民政府政务服务中心（便民服务大厅）");
        d.counter = QStringLiteral("A01");
        d.clerk = x.name;
        d.issuedOn = QDate(2026, 2, 9);
        d.number = QStringLiteral("510107ABCDEF-20260209-00001-J1");
        d.qrText = QStringLiteral("OW1.") + QString(120, QLatin1Char('A'));
        d.reprintMark = QStringLiteral("补打（COPY） 第 12 次 补打日期：2026-02-10");
        d.fields << QStringLiteral("文书编号：%1").arg(d.number)
                 << QStringLiteral("办理事项：%1").arg(x.matter)
                 << QStringLiteral("申请人：%1").arg(x.name)
                 << QStringLiteral("住址：%1").arg(x.address);
        d.qrCaption << QStringLiteral("扫码核验本文书");
        d.heading(QStringLiteral("%1：%2").arg(x.department, x.step));
        d.table({QStringLiteral("部门"), QStringLiteral("办理事项"), QStringLiteral("办结时限")},
                {{x.department, x.step, QStringLiteral("2026-12-31")},
                 {x.department, x.matter, QStringLiteral("2026-12-31")}},
                {0.24, 0.5, 0.26});
        d.item(QStringLiteral("1. %1（原件 1 份）").arg(x.material));
        d.note(QStringLiteral("原因：%1").arg(x.reason));
        d.paragraph(QStringLiteral("送达地址：%1").arg(x.address));
        d.signature(QStringLiteral("受送达人（签名）："));
        d.footer << QStringLiteral("办理事项：%1").arg(x.matter);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("longest.pdf"));
        auto rendered = DocumentRenderer::render(d, PaperLayout(layout), path);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().code));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), rendered->pages);
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QRectF page(QPointF(0, 0), pdf.pagePointSize(p));
            for (const QPolygonF &box : pdf.getAllText(p).bounds())
                QVERIFY2(page.contains(box.boundingRect()), "text outside the page");
        }
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const Test::PdfInspection inspect(path);
        const QStringList lines = inspect.textLines();
        for (const QString &line : rendered->lines)
            QVERIFY2(lines.contains(line.trimmed()), qPrintable(line));
        // Every text whole, with Chinese quotation marks: wrapped, never cut or dropped.
        const QString all = inspect.compactText();
        for (const QString &text : DocumentRenderer::texts(d))
            QVERIFY2(all.contains(compact(text)), qPrintable(text));
        QVERIFY(all.contains(compact(Typography::chineseQuotes(x.matter))));
        QVERIFY(!all.contains(QLatin1Char('"')));
    }

    void incompleteDocumentsAreRefused()
    {
        PrintedDocument d;
        d.title = QStringLiteral("办结通知");
        d.hallName = QStringLiteral("示范区政务服务中心");
        d.counter = QStringLiteral("A01");
        d.issuedOn = QDate(2026, 2, 9);
        d.qrText = QStringLiteral("x");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        // No clerk: every paper says who issued it.
        QCOMPARE(DocumentRenderer::render(d, PaperLayout::A4, path).error().code,
                 QStringLiteral("incomplete-document"));
        d.clerk = QStringLiteral("王受理");
        d.qrText.clear();
        QCOMPARE(DocumentRenderer::render(d, PaperLayout::A4, path).error().code,
                 QStringLiteral("incomplete-document"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_DocumentRenderer)
#include "tst_DocumentRenderer.moc"
