#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

// An intake in progress, kept so that a crash, a closed window or a missing
// material never costs the citizen a second visit's worth of typing.
struct Draft
{
    qint64 id = 0;
    qint64 personId = 0; // 0: the citizen is not on file yet
    QString idNumber;    // the applicant: drafts are resumed from their file
    QString templateId;
    int templateVersion = 0;
    QVariantMap values;
    QStringList materialsReceived;
    QStringList missingMaterials; // listed on a one-time notification, when one was printed
    // Person field id -> the evidence of the card read for that party
    // (VisitEvidence): a resumed intake finds the card's problems again.
    QHash<QString, qint64> partyEvidence;
    // The intake key of the intake this draft keeps (CounterVisit): resumed with it,
    // so that an accept whose answer was lost is found again, not made twice.
    QString intakeKey;
    QString counterCode;
    qint64 clerkId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // 0: not stored yet
};

} // namespace OneWindow

Q_DECLARE_METATYPE(OneWindow::Draft)
