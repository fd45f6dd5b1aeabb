#pragma once

#include "identity/CardIdentity.h"
#include "receipts/NotificationData.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

struct FormTemplate;
struct MaterialDefinition;

// Gathers what the one-time notification (一次性告知书) prints: every material
// still missing with its form and reason, what was received or found on file,
// and every answer still to complete. The paper speaks the interface language,
// as the receipt does: the template's words in English when the counter runs in
// English and the template has them.
class NotificationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NotificationBuilder)

public:
    static NotificationData build(const FormTemplate &form, const QVariantMap &values,
                                  const CardIdentity &applicant, const QSet<QString> &held,
                                  const QStringList &received, const Session &session,
                                  const QString &hallName, const QDateTime &now);
    // "原件 1 份": how many, original or copy.
    static QString materialForm(const MaterialDefinition &material);
};

} // namespace OneWindow
