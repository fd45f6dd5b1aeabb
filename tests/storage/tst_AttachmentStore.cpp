#include "helpers/TestDatabase.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

class tst_AttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void tamperedContentIsRefused_data();
    void tamperedContentIsRefused();
    void unknownId_data();
    void unknownId();
};

namespace {

const QDateTime kAt(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QByteArray scan()
{
    QByteArray bytes("%PDF-1.4 synthetic scan\n");
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 31));
    return bytes;
}

} // namespace

void tst_AttachmentStore::roundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("inFolder");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-row"))) << b << false;
        QTest::newRow(qPrintable(b + QStringLiteral("-folder"))) << b << true;
    }
}

void tst_AttachmentStore::roundTrip()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(bool, inFolder);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QTemporaryDir share;
    AttachmentStore store(t.db(), inFolder ? share.path() : QString());
    const QByteArray content = scan();
    auto id = store.put(content, QStringLiteral("application/pdf"), QStringLiteral("户口簿.pdf"),
                        QStringLiteral("clerk01"), kAt);
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    // A second counter of the hall reads it through its own connection.
    Database other(DatabaseUrl::parse(t.url()).value());
    QVERIFY(other.open().ok());
    auto got = AttachmentStore(other, inFolder ? share.path() : QString()).get(id.value());
    QVERIFY2(got.ok(), qPrintable(got.error().detail));
    QCOMPARE(got.value().content, content);
    QCOMPARE(got.value().sha256, AttachmentStore::sha256Hex(content));
    QCOMPARE(got.value().fileName, QStringLiteral("户口簿.pdf"));
    QCOMPARE(got.value().sizeBytes, qint64(content.size()));
    // The same scan twice: one file in the folder, two rows.
    QVERIFY(store.put(content, {}, {}, {}, kAt).ok());
    if (inFolder)
        QCOMPARE(QDir(share.path() + QLatin1Char('/') + got.value().sha256.left(2))
                     .entryList(QDir::Files)
                     .size(),
                 1);
}

void tst_AttachmentStore::tamperedContentIsRefused_data()
{
    roundTrip_data();
}

void tst_AttachmentStore::tamperedContentIsRefused()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(bool, inFolder);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QTemporaryDir share;
    AttachmentStore store(t.db(), inFolder ? share.path() : QString());
    const QByteArray content = scan();
    const qint64 id = store.put(content, {}, {}, {}, kAt).value();
    QByteArray bad = content;
    bad[100] = char(bad.at(100) ^ 0x01);
    if (inFolder) {
        const QString sha = AttachmentStore::sha256Hex(content);
        QFile file(share.path() + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bad);
        file.close();
    } else {
        QVERIFY(
            t.db()
                .run(QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"), {bad, id})
                .ok());
    }
    QCOMPARE(store.get(id).error().code, QStringLiteral("checksum"));
    if (inFolder) {
        const QString sha = AttachmentStore::sha256Hex(content);
        QVERIFY(
            QFile::remove(share.path() + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha));
        QCOMPARE(store.get(id).error().code, QStringLiteral("attachment-missing"));
        // A counter without the share configured says so instead of crashing.
        QCOMPARE(AttachmentStore(t.db()).get(id).error().code,
                 QStringLiteral("attachment-missing"));
    }
}

void tst_AttachmentStore::unknownId_data()
{
    TestDatabase::addBackendRows();
}

void tst_AttachmentStore::unknownId()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(AttachmentStore(t.db()).get(12345).error().code, QStringLiteral("not-found"));
}

QTEST_GUILESS_MAIN(tst_AttachmentStore)
#include "tst_AttachmentStore.moc"
