#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// What a one-time notification (一次性告知书) says: everything still missing
// for a matter, each with its reason, so the citizen's next visit is the last.
struct NotificationData
{
    struct Item
    {
        QString title;  // e.g. 结婚证
        QString form;   // e.g. 原件 1 份
        QString reason; // why it is needed
    };

    bool english = false; // the English edition
    QString hallName;
    QString matterTitle;
    QString applicantName;
    QString applicantIdNumber; // unmasked here; printed masked
    QDateTime issuedAt;
    QString counter;
    QString clerkName;
    QList<Item> missing;
    QStringList received;   // already handed in or on file
    QStringList problems;   // answers still to complete, "label: message"
    QString draftReference; // quoted at the next visit
    QString enquiryPhone;
    QString number; // the notice's own number (documents table), printed and in the QR code
    QString qrText; // the signed document payload
};

} // namespace OneWindow
