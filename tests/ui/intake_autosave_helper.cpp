// Started by tst_IntakeMatters and killed with SIGKILL while it types: opens
// the newborn intake for a synthetic citizen, types into a field one character
// every 50 ms and prints "typed N EPOCH-MS" after each, until it is killed.
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "common/LogFile.h"
#include "counter/IntakePage.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/DraftAutosaver.h"
#include "intake/EvidenceService.h"
#include "security/AuthService.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace OneWindow;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LogFile::installFromEnvironment(QStringLiteral("intake_autosave_helper"));
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    AppServices::Options options;
    options.databaseUrl = QStringLiteral("sqlite:") + args.at(1);
    options.demoCitizens = 40;
    options.fastPasswordHashes = true;
    AppServices services;
    const Status started = services.start(
        options, std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 24), QTime(10, 0))),
        nullptr);
    if (!started) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(started.error().detail));
        return 1;
    }
    // The demo hall's clerk signs in as at the counter.
    auto signedIn = services.auth().signIn(QStringLiteral("clerk01"), QStringLiteral("Clerk-2026"),
                                           QStringLiteral("A01"));
    if (!signedIn) {
        std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(signedIn.error().code));
        return 1;
    }
    const Session session = signedIn.value();
    services.setSession(session);

    const CardIdentity card =
        SyntheticIdentityGenerator(DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate())
            .citizen(20);
    IntakePage page(services.clock());
    page.attach(services.drafts(), services.makeDraftAutosaver(session), session,
                services.counter());
    page.setAutosaveInterval(args.at(2).toInt());
    page.show();
    auto read = services.evidence().recordCardRead(card, session);
    if (!read) {
        std::fprintf(stderr, "cannot record the card: %s\n", qPrintable(read.error().code));
        return 1;
    }
    page.start(*services.catalogue().find(QStringLiteral("newborn")), read.value(), Person());
    auto *line = page.findChild<QLineEdit *>(QStringLiteral("field_birth_hospital"));
    std::printf("applicant %s\n", qPrintable(card.idNumber));
    std::fflush(stdout);

    int n = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        if (n >= line->maxLength()) {
            typing.stop();
            return;
        }
        QTest::keyClick(line, 'a' + n % 26);
        ++n;
        std::printf("typed %d %lld\n", n, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    typing.start(50);
    return app.exec();
}
