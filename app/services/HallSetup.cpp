#include "services/HallSetup.h"

#include "casefile/DemoSeeder.h"
#include "common/Clock.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "security/PasswordPolicy.h"
#include "security/UserRepository.h"
#include "services/ServicesLog.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace OneWindow {

Result<bool> HallSetup::needed(const Database &db)
{
    auto users = UserRepository(db).count();
    if (!users)
        return Result<bool>(users.error());
    return users.value() == 0;
}

Status HallSetup::demoAllowed(const Database &db)
{
    auto halls = db.scalar(QStringLiteral("SELECT MIN(code) FROM halls"));
    if (!halls)
        return Status(halls.error());
    if (!halls.value().isNull())
        return Status::failure(
            QStringLiteral("demo-refused"),
            QStringLiteral("the database belongs to hall %1").arg(halls.value().toString()));
    QStringList demo;
    for (const DemoSeeder::Account &a : DemoSeeder::demoAccounts())
        demo << a.username;
    auto users = UserRepository(db).list();
    if (!users)
        return Status(users.error());
    for (const UserAccount &a : users.value())
        if (!demo.contains(a.username))
            return Status::failure(
                QStringLiteral("demo-refused"),
                QStringLiteral("the database has accounts (%1)").arg(a.username));
    return Status::success();
}

Result<HallSetup::Hall> HallSetup::load(const Database &db, const QString &hallCode)
{
    auto q = db.run(QStringLiteral("SELECT code, name, template_ids, key_fingerprint FROM halls"
                                   " WHERE code = ?"),
                    {hallCode});
    if (!q)
        return Result<Hall>(q.error());
    Hall hall;
    if (q.value().next()) {
        hall.code = q.value().value(0).toString();
        hall.name = q.value().value(1).toString();
        hall.templateIds =
            q.value().value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        hall.keyFingerprint = q.value().value(3).toString();
    }
    return hall;
}

Status HallSetup::checkHall(const QString &code, const QString &name)
{
    // The hall code goes into every case number: letters and digits only.
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9]{2,12}$")).match(code).hasMatch())
        return Status::failure(QStringLiteral("hall-code"), code);
    if (name.trimmed().isEmpty())
        return Status::failure(QStringLiteral("hall-name"));
    return Status::success();
}

Status HallSetup::checkAdmin(const QString &login, const QString &password)
{
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"))
             .match(login)
             .hasMatch())
        return Status::failure(QStringLiteral("admin-login"), login);
    return PasswordPolicy::check(password, login);
}

Status HallSetup::checkKey(const QString &keyFile, bool generate)
{
    if (keyFile.trimmed().isEmpty())
        return Status::failure(QStringLiteral("key-file"));
    const bool exists = QFileInfo::exists(keyFile);
    if (generate && exists)
        return Status::failure(QStringLiteral("key-file-exists"), keyFile);
    if (!generate && !exists)
        return Status::failure(QStringLiteral("key-file-missing"), keyFile);
    if (!generate) {
        // Read it now, so a wrong file is named on the key's own page.
        auto key = HallKey::fromFile(keyFile);
        if (!key)
            return Status(key.error());
    }
    return Status::success();
}

Status HallSetup::validate(const Request &request, const TemplateCatalogue &catalogue)
{
    if (const Status s = checkHall(request.hallCode, request.hallName); !s)
        return s;
    if (const Status s = checkAdmin(request.adminLogin, request.adminPassword); !s)
        return s;
    if (const Status s = checkKey(request.keyFile, request.generateKey); !s)
        return s;
    for (const QString &id : request.templateIds)
        if (!catalogue.find(id))
            return Status::failure(QStringLiteral("unknown-template"), id);
    return Status::success();
}

Result<HallSetup::Outcome> HallSetup::run(const Request &request,
                                          const TemplateCatalogue &catalogue)
{
    if (const Status valid = validate(request, catalogue); !valid)
        return Result<Outcome>(valid.error());
    auto empty = needed(m_db);
    if (!empty)
        return Result<Outcome>(empty.error());
    if (!empty.value())
        return Result<Outcome>::failure(QStringLiteral("hall-exists"));

    Outcome outcome;
    if (request.generateKey) {
        outcome.key = HallKey::generate();
        outcome.keyGenerated = true;
        const Status written = HallKey::writeFile(
            request.keyFile, outcome.key,
            QStringLiteral("OneWindow hall key of %1 (%2). Copy this file to every counter of\n"
                           "the hall; keep it secret: it signs the hall's QR codes.")
                .arg(request.hallCode, request.hallName.trimmed()));
        if (!written)
            return Result<Outcome>(written.error());
    } else {
        auto key = HallKey::fromFile(request.keyFile);
        if (!key)
            return Result<Outcome>(key.error());
        outcome.key = key.value();
    }
    outcome.keyFingerprint = HallKey::fingerprint(outcome.key);

    const QString displayName = request.adminDisplayName.trimmed().isEmpty()
                                    ? request.adminLogin
                                    : request.adminDisplayName.trimmed();
    const Status stored = m_db.transaction([&]() -> Status {
        // Another counter may have finished its own first start meanwhile.
        auto stillEmpty = needed(m_db);
        if (!stillEmpty)
            return Status(stillEmpty.error());
        if (!stillEmpty.value())
            return Status::failure(QStringLiteral("hall-exists"));
        auto hall =
            m_db.run(QStringLiteral("INSERT INTO halls (code, name, template_ids, key_fingerprint,"
                                    " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                     {request.hallCode, request.hallName.trimmed(),
                      request.templateIds.join(QLatin1Char(',')), outcome.keyFingerprint,
                      m_audit.clock().now().toUTC(), request.adminLogin});
        if (!hall)
            return Status(hall.error());
        UserAccount admin;
        admin.username = request.adminLogin;
        admin.displayName = displayName;
        admin.role = Role::Administrator;
        auto id =
            UserRepository(m_db).create(admin, request.adminPassword, request.fastPasswordHash);
        if (!id)
            return Status(id.error());
        outcome.adminId = id.value();
        Session session;
        session.userId = id.value();
        session.username = request.adminLogin;
        session.displayName = displayName;
        session.role = Role::Administrator;
        session.counterCode = request.counterCode;
        // The hall's key seals the audit trail from its first event on: the key the
        // counter happened to start with may not be it.
        AuditLog sealing(m_db, m_audit.clock(), outcome.key);
        return sealing.recordInTransaction(
            session, QStringLiteral("hall-init"), request.hallCode,
            QStringLiteral("admin=%1 key=%2 templates=%3")
                .arg(request.adminLogin, outcome.keyFingerprint,
                     request.templateIds.isEmpty() ? QStringLiteral("all")
                                                   : request.templateIds.join(QLatin1Char(','))));
    });
    if (!stored) {
        if (outcome.keyGenerated)
            QFile::remove(request.keyFile);
        return Result<Outcome>(stored.error());
    }
    qCInfo(lcServices) << "hall" << request.hallCode << "set up; key" << outcome.keyFingerprint;
    return outcome;
}

} // namespace OneWindow
