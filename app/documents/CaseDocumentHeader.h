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

    // The words for the edition being printed: Chinese, or the English edition.
    static QString say(const DocumentSource &source, const QString &zh, const QString &en)
    {
        return source.english ? en : zh;
    }
    // A department and a step as printed: in the English edition the template's
    // English where it has one, else as stored.
    static QString department(const DocumentSource &source, const QString &stored);
    static QString stepTitle(const DocumentSource &source, const SubCase &step);

    // The matter's title as printed (the template's, else the case's).
    static QString matterTitle(const DocumentSource &source);
    // A material's name from the template, else its id.
    static QString materialTitle(const DocumentSource &source, const QString &materialId);
    static const MaterialDefinition *material(const DocumentSource &source,
                                              const QString &materialId);
    // "原件 1 份" / "复印件 2 份" ("original, 1" / "copy, 2") from the template; "" when unknown.
    static QString materialForm(const DocumentSource &source, const QString &materialId);
    // 2026-02-09
    static QString date(const QDate &d);
    // 2026年2月9日, or 9 February 2026 in the English edition
    static QString longDate(const QDate &d, bool english = false);
};

} // namespace OneWindow
