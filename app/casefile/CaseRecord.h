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
};

// A material handed in at the counter, or found on file and reused.
struct CaseMaterial
{
    QString kind; // the template's material id
    QString title;
    QString source = QStringLiteral("counter"); // counter, on-file
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
    QStringList identityFlags;                        // e.g. "expired": for supervisor review
    QJsonObject formData;
    QList<SubCase> subCases;
    QList<CaseMaterial> materials;
    int version = 1;

    // Still being worked on: anything not completed, rejected or withdrawn.
    bool isOpen() const;
};

} // namespace OneWindow
