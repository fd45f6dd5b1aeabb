#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// What an acceptance receipt (受理回执) says. Filled by the workflow from the
// stored case; the renderer masks the ID number and address itself.
struct ReceiptData
{
    struct Department
    {
        QString department; // e.g. 公安
        QString title;      // e.g. 出生登记（户口）
        QDate deadline;
        bool provisional = false; // in a year without official holiday data
    };

    bool english = false; // the English edition
    QString hallName;
    QString caseNumber;
    QString matterTitle;
    QString applicantName;
    QString applicantIdNumber; // unmasked here; printed masked
    QString applicantPhone;    // printed masked
    QDateTime acceptedAt;
    QString counter;
    QString clerkName;
    QDate promisedDate; // the latest department deadline
    bool promisedProvisional = false;
    QList<Department> departments;
    QStringList materialsReceived;
    QString trackingCode; // the text inside the QR code
};

} // namespace OneWindow
