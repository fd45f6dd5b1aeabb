#pragma once

#include "documents/DocumentKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OneWindow {

// A document as issued: its own number, what it is about, who issued it where
// and when, and how often it was reprinted. A case's documents point at the
// case (and at the pause or event they are about); a one-time notification or
// a non-acceptance keeps what it says in `data`, because no case holds it.
struct IssuedDocument
{
    qint64 id = 0;
    QString number;
    DocumentKind kind = DocumentKind::Acceptance;
    qint64 caseId = 0; // 0: not a case's document
    QString caseNumber;
    QString subject; // which pause or event of the case; "" when the case has one
    QDateTime issuedAt;
    QString issuedBy; // display name
    qint64 issuedById = 0;
    QString counterCode;
    // When it was first rendered (printed or written to a file): invalid for a
    // notice recorded at the counter and not yet on paper, which is not issued yet.
    QDateTime renderedAt;
    int reprints = 0;
    QDateTime lastReprintAt;
    QJsonObject data;
};

} // namespace OneWindow
