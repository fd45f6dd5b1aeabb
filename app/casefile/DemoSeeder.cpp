#include "casefile/DemoSeeder.h"

#include "casefile/CaseFileLog.h"
#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseRepository.h"
#include "casefile/DemoMatters.h"
#include "casefile/PersonRepository.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "security/UserRepository.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace OneWindow {

QDate DemoSeeder::referenceDate()
{
    return QDate(2026, 1, 1);
}

QList<DemoSeeder::Account> DemoSeeder::demoAccounts()
{
    return {
        {QStringLiteral("clerk01"), QStringLiteral("Clerk-2026"), QStringLiteral("clerk"),
         QStringLiteral("窗口一 李敏"), QString()},
        {QStringLiteral("super01"), QStringLiteral("Super-2026"), QStringLiteral("supervisor"),
         QStringLiteral("值班长 王强"), QString()},
        {QStringLiteral("officer01"), QStringLiteral("Officer-2026"), QStringLiteral("officer"),
         QStringLiteral("公安 陈静"), QStringLiteral("公安")},
        {QStringLiteral("admin01"), QStringLiteral("Admin-2026"), QStringLiteral("admin"),
         QStringLiteral("管理员 赵磊"), QString()},
    };
}

Result<int> DemoSeeder::seedIfEmpty(int citizens, quint32 seed, bool fastHashes,
                                    const Progress &progress)
{
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons"));
    if (!existing)
        return Result<int>(existing.error());
    if (existing.value().toInt() > 0)
        return 0;

    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    SyntheticIdentityGenerator generator(seed, referenceDate());
    int added = 0;
    const Status status = m_db.transaction([&]() -> Status {
        UserRepository users(m_db);
        for (const Account &a : demoAccounts()) {
            // Accounts may already exist (an earlier seed without citizens, or made by
            // an administrator): keep them rather than fail the whole seed.
            auto existing = users.findByUsername(a.username);
            if (!existing)
                return Status(existing.error());
            if (existing.value().id != 0)
                continue;
            UserAccount account;
            account.username = a.username;
            account.displayName = a.displayName;
            roleFromKey(a.role, &account.role);
            account.department = a.department;
            auto id = users.create(account, a.password, fastHashes);
            if (!id)
                return Status(id.error());
        }
        PersonRepository persons(m_db);
        CaseRepository cases(m_db);
        CaseNumberAllocator numbers(m_db, m_hall);
        for (int i = 0; i < citizens; ++i) {
            Person p = PersonRepository::fromCard(generator.citizen(i));
            quint64 r = DemoMatters::mix(seed ^ (quint64(i) << 20));
            p.phone = QStringLiteral("1700%1").arg(r % 10000000, 7, 10, QLatin1Char('0'));
            auto personId = persons.insert(p);
            if (!personId)
                return Status(personId.error());
            ++added;
            const int caseCount = int((r >> 24) % 5); // 0..4 cases
            for (int k = 0; k < caseCount; ++k) {
                r = DemoMatters::mix(r);
                const DemoMatter &m =
                    DemoMatters::all().at(int(r % quint64(DemoMatters::all().size())));
                const int daysAgo = int((r >> 8) % 700);
                const QDate accepted = today.addDays(-daysAgo);
                const bool open = daysAgo < 20 && (r >> 20) % 3 != 0;
                auto number = numbers.next(accepted);
                if (!number)
                    return Status(number.error());
                CaseRecord c;
                c.caseNumber = number.value();
                c.personId = personId.value();
                c.matterCode = QString::fromUtf8(m.code);
                c.templateId = c.matterCode;
                c.templateVersion = 1;
                c.title = QString::fromUtf8(m.title);
                c.counterCode =
                    QStringLiteral("A%1").arg(1 + int((r >> 30) % 6), 2, 10, QLatin1Char('0'));
                c.acceptedAt =
                    QDateTime(accepted, QTime(9 + int((r >> 34) % 8), int((r >> 38) % 60)));
                c.identitySource = QStringLiteral("card");
                int order = 0;
                QDate latest;
                for (const char *dept : m.departments) {
                    SubCase s;
                    s.order = order++;
                    s.stepKey = QStringLiteral("step-%1").arg(order);
                    s.department = QString::fromUtf8(dept);
                    s.title = c.title + QStringLiteral(" · ") + s.department;
                    s.startsOn = accepted;
                    s.workingDays = 5 + int((r >> (40 + order)) % 10);
                    s.deadline = DemoMatters::addWorkingDays(accepted, s.workingDays);
                    if (!open || (r >> (44 + order)) % 3 == 0) {
                        s.state = StepState::Approved;
                        s.completedAt = QDateTime(s.deadline.addDays(-1), QTime(15, 0));
                    } else {
                        s.state = StepState::Open;
                    }
                    latest = qMax(latest, s.deadline);
                    c.subCases.append(s);
                }
                c.deadline = latest;
                if (open) {
                    c.state = CaseState::InProgress;
                } else {
                    c.state = CaseState::Completed;
                    c.result = (r >> 50) % 15 == 0 ? CaseResult::Refused : CaseResult::Granted;
                    c.completedAt = QDateTime(latest, QTime(16, 30));
                    // Older results were collected; recent ones may still wait at the window.
                    if (latest.daysTo(today) > 10) {
                        c.state = CaseState::Delivered;
                        c.deliveredAt = c.completedAt.addDays(3);
                        c.delivery =
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("applicant")}};
                    }
                }
                auto caseId = cases.insert(c);
                if (!caseId)
                    return Status(caseId.error());
            }
            if (progress && !progress(i + 1, citizens))
                return Status::failure(QStringLiteral("cancelled"));
        }
        return Status::success();
    });
    if (!status)
        return Result<int>(status.error());
    qCInfo(lcCaseFile) << "seeded" << added << "synthetic citizens";
    return added;
}

} // namespace OneWindow
