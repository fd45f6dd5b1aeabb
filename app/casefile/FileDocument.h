#pragma once

#include <QDate>
#include <QString>

namespace OneWindow {

// A document already on file that a new case can reuse (免提交): an electronic
// licence or certificate, or a reusable material handed in for an earlier case.
struct FileDocument
{
    QString kind; // material id, e.g. "household-register"
    QString title;
    QString issuer;    // who issued it, e.g. 公安 or 民政
    QString origin;    // "licence" (电子证照) or "case" (an earlier case's material)
    QString reference; // the licence number, or the earlier case's number
    QDate validUntil;  // invalid: does not expire
    qint64 attachmentId = 0;
};

} // namespace OneWindow
