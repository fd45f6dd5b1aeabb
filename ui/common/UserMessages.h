#pragma once

#include "common/Result.h"
#include "identity/CardCheck.h"

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// The one place where machine codes from the core become words for the clerk.
class UserMessages
{
    Q_DECLARE_TR_FUNCTIONS(UserMessages)

public:
    static QString error(const Error &error);
    // One wording per problem, wherever it shows (identity panel, intake,
    // confirmation, manual entry).
    static QString cardFlag(const CardFlag &flag);
    static QString cardFlags(const QList<CardFlag> &flags);
    // How the citizen at the counter was identified ("card", "qr", "manual"):
    // only a card read says so.
    static QString identified(const QString &sourceKey, bool problems);
    // What a flagged identity means for accepting.
    static QString reviewNote();
    static QString readFailure(const QString &code);
    static QString sex(Sex sex);
};

} // namespace OneWindow
