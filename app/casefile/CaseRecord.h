#pragma once

#include "casefile/CaseState.h"

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
    StepState state = StepState::Open;
    QString stepKey;      // the template's step id
    QStringList after;    // step keys this one waits for (a join when several)
    QStringList receives; // the form fields this department gets
    QString holder;       // who claimed it (display name), empty when nobody holds it
    qint64 holderId = 0;
    QDateTime claimedAt;
    QDate startsOn;          // its clock starts after this day
    int workingDays = 0;     // 承诺时限, promised
    int statutoryDays = 0;   // 法定时限, by law
    QDate deadline;          // promised, moved on by the pauses of the case's clock
    QDate statutoryDeadline; // by law, moved on likewise
    QString result;          // the department's result (a certificate number) or refusal reason
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
    CaseState state = CaseState::Accepted;
    CaseResult result = CaseResult::None; // once completed
    QString counterCode;
    qint64 clerkId = 0;
    QDateTime acceptedAt;
    QDate deadline;          // promised completion, moved on by the pauses
    QDate statutoryDeadline; // the limit by law, moved on likewise
    QDateTime completedAt;
    QDateTime deliveredAt;
    QJsonObject delivery;                            // to whom and how the result was handed over
    QString identitySource = QStringLiteral("card"); // card, qr, manual
    QStringList identityFlags;                       // e.g. "expired": for supervisor review
    QString overrideReason; // why the clerk accepted despite a flagged problem
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

    // Still being worked on: not completed, delivered or withdrawn.
    bool isOpen() const { return CaseStates::isOpen(state); }
    const SubCase *subCase(qint64 id) const;
    const SubCase *stepByKey(const QString &key) const;
};

} // namespace OneWindow
