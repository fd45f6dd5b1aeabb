#include "receipts/QrCodeEncoder.h"

#include <QTest>

using namespace OneWindow;

class tst_QrCodeEncoder : public QObject
{
    Q_OBJECT

private:
    static bool rectIsWhite(const QImage &image, const QRect &rect)
    {
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                if (qGray(image.pixel(x, y)) != 255)
                    return false;
        return true;
    }

private Q_SLOTS:
    void encodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("moduleSize");

        QTest::newRow("ascii") << QStringLiteral("OW-2026-000017") << 8;
        QTest::newRow("url") << QStringLiteral(
                                    "https://zwfw.example.gov.cn/track?c=YC20261124000017")
                             << 4;
        QTest::newRow("chinese") << QStringLiteral("新生儿出生一件事·受理编号YC20261124000017")
                                 << 6;
        QTest::newRow("one pixel modules") << QStringLiteral("A") << 1;
        QTest::newRow("long") << QString(1500, QLatin1Char('7')) + QStringLiteral("尾") << 2;
    }

    void encodes()
    {
        QFETCH(QString, text);
        QFETCH(int, moduleSize);

        const auto result = QrCodeEncoder::encode(text, moduleSize);
        QVERIFY2(result.ok(), qPrintable(result.error().detail));
        const QImage &image = result.value();

        // Square, whole modules, version 1 (21) .. 40 (177) plus 2 x 4 quiet modules.
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % moduleSize, 0);
        const int modules = image.width() / moduleSize;
        QVERIFY2(modules >= 21 + 8 && modules <= 177 + 8, qPrintable(QString::number(modules)));
        QCOMPARE((modules - 8 - 21) % 4, 0); // versions grow by 4 modules

        const int quiet = 4 * moduleSize;
        const int side = image.width();
        QVERIFY(rectIsWhite(image, QRect(0, 0, side, quiet)));
        QVERIFY(rectIsWhite(image, QRect(0, side - quiet, side, quiet)));
        QVERIFY(rectIsWhite(image, QRect(0, 0, quiet, side)));
        QVERIFY(rectIsWhite(image, QRect(side - quiet, 0, quiet, side)));

        // The top-left finder pattern starts right after the quiet zone: a dark
        // 7x7 ring around a white ring around a dark 3x3 centre.
        auto dark = [&](int mx, int my) {
            return qGray(image.pixel((mx + 4) * moduleSize, (my + 4) * moduleSize)) == 0;
        };
        QVERIFY(dark(0, 0));
        QVERIFY(dark(6, 6));
        QVERIFY(!dark(1, 1));
        QVERIFY(dark(3, 3));
        QVERIFY(!dark(7, 7)); // separator
    }

    void longerTextNeedsMoreModules()
    {
        const auto small = QrCodeEncoder::encode(QStringLiteral("short"), 1);
        const auto large = QrCodeEncoder::encode(QString(300, QLatin1Char('x')), 1);
        QVERIFY(small.ok() && large.ok());
        QVERIFY(large.value().width() > small.value().width());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("moduleSize");

        QTest::newRow("empty") << QString() << 8;
        QTest::newRow("too long for version 40") << QString(4000, QLatin1Char('z')) << 1;
        QTest::newRow("zero module size") << QStringLiteral("abc") << 0;
        QTest::newRow("negative module size") << QStringLiteral("abc") << -3;
    }

    void failures()
    {
        QFETCH(QString, text);
        QFETCH(int, moduleSize);

        const auto result = QrCodeEncoder::encode(text, moduleSize);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("qr-encode-failed"));
    }
};

QTEST_MAIN(tst_QrCodeEncoder)
#include "tst_QrCodeEncoder.moc"
