#pragma once

#include "documents/DocumentKind.h"
#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

#include <QDate>
#include <QString>

namespace OneWindow {

struct MaterialDefinition;

// What every case document starts with: its title, the hall, who issued it
// where and when, and the fields that say which case and whose (the ID number
// masked), so each builder adds only what is its own.
class CaseDocumentHeader
{
public:
    static PrintedDocument start(DocumentKind kind, const DocumentSource &source);

    // The matter's title as printed (the template's, else the case's).
    static QString matterTitle(const DocumentSource &source);
    // A material's name from the template, else its id.
    static QString materialTitle(const DocumentSource &source, const QString &materialId);
    static const MaterialDefinition *material(const DocumentSource &source,
                                              const QString &materialId);
    // "原件 1 份" / "复印件 2 份" from the template; "" when unknown.
    static QString materialForm(const DocumentSource &source, const QString &materialId);
    // 2026-02-09
    static QString date(const QDate &d);
    // 2026年2月9日
    static QString longDate(const QDate &d);
};

} // namespace OneWindow
