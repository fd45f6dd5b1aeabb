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
    static QString cardFlag(const CardFlag &flag);
    static QString readFailure(const QString &code);
    static QString sex(Sex sex);
};

} // namespace OneWindow
