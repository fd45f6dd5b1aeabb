#pragma once

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// Words for the audit trail's action keys ("view-case-file", "case-approve"),
// in the interface language; an unknown key comes back as it is.
class AuditActionText
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionText)

public:
    static QString text(const QString &action);
};

} // namespace OneWindow
