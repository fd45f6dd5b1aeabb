// A counter whose database's disk fills up or turns read-only, for real: the
// SQLite file lives on a small tmpfs this test mounts, fills with a file until
// the kernel says ENOSPC, and remounts read-only (which binds root too), and
// the command line runs as `nobody` against a file it may read but not write.
// The window and the CLI say what happened in plain words, the intake on the
// screen stays as it was, nothing committed is damaged (PRAGMA integrity_check,
// audit verify), and the same F9 goes through once the space is back.
#include "counter/CounterWorkspace.h"
#include "counter/IntakePage.h"
#include "helpers/CliProcess.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace OneWindow;
using OneWindow::Test::typeText;

namespace {

const QString kPassword = QStringLiteral("Password-123");
const QString kHallKey =
    QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

// A command as root; "" when it succeeded, else what it printed.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000))
        return program + QStringLiteral(" did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) +
               QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

} // namespace

class tst_CounterDiskFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;

    // Writes a filler file until the file system has no room left; its size.
    qint64 fill(const QString &path)
    {
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly))
            return -1;
        const QByteArray block(64 * 1024, 'x');
        qint64 written = 0;
        while (true) {
            const qint64 n = filler.write(block);
            if (n <= 0 || !filler.flush())
                break;
            written += n;
        }
        // The last partial block: byte by byte, so not even a page is left.
        while (filler.write("x", 1) == 1 && filler.flush())
            ++written;
        return written;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("mounting the small file system that fills needs root (scripts/test runs as"
                  " root)");
        QVERIFY(m_dir.isValid());
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_mount));
        const QString mounted =
            run(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=24m,mode=0755"), QStringLiteral("tmpfs"), m_mount});
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QCOMPARE(run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount}), QString());
    }

    // The window: F9 on a full disk says so and keeps the intake; with room
    // again the same F9 accepts it, once; nothing stored before is damaged.
    void fullDiskAtTheCounter()
    {
        TestCounter counter;
        TestCounter::Setup setup;
        setup.databaseFolder = m_mount;
        setup.demoCitizens = 10;
        QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
        QVERIFY(counter.signIn(QStringLiteral("clerk01")));
        QVERIFY(counter.openWindow());
        const auto find = [&](const char *name) {
            return counter.find<QWidget>(QString::fromLatin1(name));
        };
        const CardIdentity citizen = counter.people().citizen(311);
        counter.readCard(citizen);
        QTRY_COMPARE(counter.find<QLabel>(QStringLiteral("identityName"))->text(), citizen.name);
        auto *search = counter.find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("xsecs"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(counter.find<QStackedWidget>(QStringLiteral("pageStack"))
                         ->currentWidget()
                         ->objectName(),
                     QStringLiteral("intakePage"));
        const auto line = [&](const char *name) {
            return counter.find<QLineEdit>(QString::fromLatin1(name));
        };
        const CardIdentity other = counter.people().citizen(312);
        typeText(line("field_other_parent_name"), other.name);
        QTest::keyClicks(line("field_other_parent_id"), other.idNumber);
        QTest::keyClicks(line("field_contact_phone"), QStringLiteral("17000001234"));
        typeText(line("field_hukou_address"), QStringLiteral("四川省成都市武侯区人民南路四段1号"));
        typeText(line("field_child_name"), QStringLiteral("小禾"));
        typeText(counter.find<QComboBox>(QStringLiteral("field_child_sex")), QStringLiteral("女"));
        QTest::keyClicks(line("field_child_birth_date"), QStringLiteral("1108"));
        typeText(line("field_birth_hospital"), QStringLiteral("市妇幼保健院"));
        QTest::keyClicks(line("field_birth_certificate_no"), QStringLiteral("Q510012345"));
        QTest::keyClick(line("field_birth_certificate_no"), Qt::Key_F7);
        auto *intake = counter.find<IntakePage>(QStringLiteral("intakePage"));
        QVERIFY(intake->readyToAccept());
        const QString childName = line("field_child_name")->text();
        const int before = counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases"));

        const QString filler = QDir(m_mount).filePath(QStringLiteral("filler"));
        QVERIFY(fill(filler) > 0);
        QSignalSpy accepted(counter.window()->workspace<CounterWorkspace>(),
                            &CounterWorkspace::caseAccepted);
        const auto pressAccept = [&] {
            counter.window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(counter.window()));
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target && intake->isAncestorOf(target));
            QTest::keyClick(target, Qt::Key_F9);
        };
        pressAccept();
        auto *message = counter.find<QLabel>(QStringLiteral("intakeMessage"));
        QTRY_VERIFY(message->isVisible());
        // Plain words: the disk is full, the work is still here.
        QVERIFY2(message->text().contains(QStringLiteral("磁盘已满")), qPrintable(message->text()));
        QCOMPARE(accepted.count(), 0);
        QVERIFY(find("intakePage")->isVisible());
        QCOMPARE(line("field_child_name")->text(), childName);
        QVERIFY(intake->readyToAccept());
        QCOMPARE(counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases")), before);

        // Room again: the same key accepts it, once.
        QVERIFY(QFile::remove(filler));
        pressAccept();
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases")), before + 1);
        auto check = counter.services().database().scalar(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.ok());
        QCOMPARE(check.value().toString(), QStringLiteral("ok"));
        const QString url = counter.databaseUrl();
        counter.closeWindow();
        const Test::CliRun verified = Test::runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), url},
            {{QStringLiteral("ONEWINDOW_HALL_KEY"),
              QString::fromLatin1(TestCounter::kDefaultHallKey.toHex())}});
        QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).constData());
    }

    // The command line on a full disk, then as another user on a file it may
    // only read: refused in plain words, nothing changed; the chain still verifies.
    void fullAndReadOnlyFromTheCommandLine()
    {
        const QString file = QDir(m_mount).filePath(QStringLiteral("cli.sqlite"));
        const QString url = QStringLiteral("sqlite:") + file;
        const QHash<QString, QString> env{{QStringLiteral("ONEWINDOW_PASSWORD"), kPassword},
                                          {QStringLiteral("ONEWINDOW_HALL_KEY"), kHallKey}};
        Test::CliRun r = Test::runCli(
            {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), url},
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        {
            Database db(DatabaseUrl::parse(url).value());
            QVERIFY(db.open());
            QVERIFY(Test::addAccount(db, QStringLiteral("clerk01"), Role::Clerk, kPassword));
        }
        QTemporaryDir answersDir;
        const QString answers =
            Test::writeJson(answersDir, QStringLiteral("answers.json"), Test::newbornAnswers());
        const QStringList accept{QStringLiteral("intake"),       QStringLiteral("accept"),
                                 QStringLiteral("--database"),   url,
                                 QStringLiteral("--user"),       QStringLiteral("clerk01"),
                                 QStringLiteral("--template"),   QStringLiteral("newborn"),
                                 QStringLiteral("--answers"),    answers,
                                 QStringLiteral("--intake-key"), QStringLiteral("disk-0001")};
        const auto cases = [&] {
            Database db(DatabaseUrl::parse(url).value());
            if (!db.open())
                return -1;
            return db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt();
        };

        const QString filler = QDir(m_mount).filePath(QStringLiteral("filler"));
        QVERIFY(fill(filler) > 0);
        r = Test::runCli(accept, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("db-full") && r.err.contains("disk"), r.err.constData());
        QVERIFY(QFile::remove(filler));
        QCOMPARE(cases(), 0);
        r = Test::runCli(accept, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cases(), 1);

        // Another user, the file and its folder readable but not writable.
        const QString nobody = run(QStringLiteral("chmod"), {QStringLiteral("a+rX"), m_dir.path(),
                                                             m_mount, answersDir.path(), answers});
        QVERIFY2(nobody.isEmpty(), qPrintable(nobody));
        QProcess p;
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.insert(QStringLiteral("ONEWINDOW_PASSWORD"), kPassword);
        pe.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), kHallKey);
        pe.insert(QStringLiteral("HOME"), m_mount);
        p.setProcessEnvironment(pe);
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), QStringLiteral(OW_CLI_PATH)} +
                    accept.mid(0, accept.size() - 1) + QStringList{QStringLiteral("disk-0002")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("db-read-only"), err.constData());
        QCOMPARE(cases(), 1);

        // Read-only for root too: the file system remounted read-only.
        QCOMPARE(run(QStringLiteral("mount"),
                     {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}),
                 QString());
        r = Test::runCli(
            accept.mid(0, accept.size() - 1) + QStringList{QStringLiteral("disk-0003")}, env);
        QCOMPARE(run(QStringLiteral("mount"),
                     {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}),
                 QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("db-read-only"), r.err.constData());
        QCOMPARE(cases(), 1);

        Database db(DatabaseUrl::parse(url).value());
        QVERIFY(db.open());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
        r = Test::runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), url},
            env);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }
};

QTEST_MAIN(tst_CounterDiskFaults)
#include "tst_CounterDiskFaults.moc"
