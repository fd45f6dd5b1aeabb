#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// One department's part of a case (a 一件事 bundle has several).
struct SubCase
{
    qint64 id = 0;
    int order = 0;
    QString department;
    QString title;
    QString state = QStringLiteral("pending"); // pending, in-progress, approved, returned, rejected
    QDate deadline;
    QDateTime completedAt;
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;
};

// A material handed in at the counter, or found on file and reused.
struct CaseMaterial
{
    QString kind; // the template's material id
    QString title;
    QString source = QStringLiteral("counter"); // counter, on-file
    bool reusable = false;                      // may be reused by later cases while still valid
    QDate validUntil;                           // invalid: no expiry
    QString issuer;                             // who issued it, e.g. 公安 or the citizen
    qint64 attachmentId = 0;                    // the scanned file, 0 when none
};

struct CaseRecord
{
    qint64 id = 0;
    QString caseNumber;
    qint64 personId = 0;
    QString matterCode;
    QString templateId;
    int templateVersion = 0;
    QString title;
    // accepted, in-progress, supplement, completed, rejected, withdrawn
    QString state = QStringLiteral("accepted");
    QString counterCode;
    qint64 clerkId = 0;
    QDateTime acceptedAt;
    QDate deadline;
    QDateTime completedAt;
    QString identitySource = QStringLiteral("card"); // card, qr, manual
    QStringList identityFlags;                       // e.g. "expired": for supervisor review
    QJsonObject formData;
    QList<SubCase> subCases;
    QList<CaseMaterial> materials;
    QString bundleCode; // the 一件事 bundle, when the matter is one
    // Chosen by the client once per intake; a retried accept with the same key
    // finds the case the first attempt stored instead of storing a second one.
    QString intakeKey;
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;

    // Still being worked on: anything not completed, rejected or withdrawn.
    bool isOpen() const;
};

} // namespace OneWindow
