#include "identity/PhotoDecoder.h"

#include <QTest>

using namespace OneWindow;

class tst_PhotoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableWithoutPlugin();
    void missingLibrary();
    void libraryWithoutEntryPoint();
    void plugin();
};

void tst_PhotoDecoder::unavailableWithoutPlugin()
{
    PhotoDecoder decoder;
    QVERIFY(!decoder.isAvailable());
    QVERIFY(decoder.load(QString()).ok());
    const Result<QImage> image = decoder.decode(QByteArray(1024, 'x'));
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("photo-unavailable"));
}

void tst_PhotoDecoder::missingLibrary()
{
    PhotoDecoder decoder;
    const Status loaded = decoder.load(QStringLiteral("/nonexistent/libwlt2bmp.so"));
    QCOMPARE(loaded.error().code, QStringLiteral("load-failed"));
    QVERIFY(!decoder.isAvailable());
}

void tst_PhotoDecoder::libraryWithoutEntryPoint()
{
    // Any shared library without our entry point: the C library is always there.
    PhotoDecoder decoder;
    const Status loaded = decoder.load(QStringLiteral("libc.so.6"));
    QCOMPARE(loaded.error().code, QStringLiteral("no-entry-point"));
    QVERIFY(!decoder.isAvailable());
}

void tst_PhotoDecoder::plugin()
{
    PhotoDecoder decoder;
    const Status loaded = decoder.load(QStringLiteral(OW_FAKE_WLT_PLUGIN));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
    QVERIFY(decoder.isAvailable());

    QByteArray wlt(1024, '\0');
    wlt[0] = char(0x42);
    const Result<QImage> image = decoder.decode(wlt);
    QVERIFY2(image.ok(), qPrintable(image.error().detail));
    QCOMPARE(image->size(), QSize(2, 1));
    QCOMPARE(qBlue(image->pixel(0, 0)), 0x42);

    QCOMPARE(decoder.decode(QByteArray()).error().code, QStringLiteral("photo-empty"));
    // The adapter refuses input that is not a WLT photo.
    QCOMPARE(decoder.decode(QByteArray(10, 'x')).error().code, QStringLiteral("decode-failed"));
}

QTEST_GUILESS_MAIN(tst_PhotoDecoder)
#include "tst_PhotoDecoder.moc"
