#include "security/PasswordPolicy.h"

#include <QList>

#include <algorithm>

namespace OneWindow {

Status PasswordPolicy::check(const QString &password, const QString &username)
{
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < kMinimumLength)
        return Status::failure(QStringLiteral("password-too-short"),
                               QString::number(kMinimumLength));
    if (!username.trimmed().isEmpty() && password.contains(username.trimmed(), Qt::CaseInsensitive))
        return Status::failure(QStringLiteral("password-is-login"));
    if (std::all_of(characters.cbegin(), characters.cend(),
                    [&](uint c) { return c == characters.first(); }))
        return Status::failure(QStringLiteral("password-one-character"));
    return Status::success();
}

} // namespace OneWindow
