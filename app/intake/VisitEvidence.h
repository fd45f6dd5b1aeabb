#pragma once

#include "casefile/IdentitySource.h"
#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace OneWindow {

// What the counter saw of one person, recorded by the core when it happened
// (EvidenceService): a card on the reader, an e-ID code scanned, an identity
// typed in by the clerk. The card's data, what the core found wrong with it,
// when, at which counter, under whose name. Acceptance refers to evidence by
// id; the core derives the identity's source and problems from it, never from
// what a request says.
struct VisitEvidence
{
    // Evidence counts for the visit it was recorded in: at the same counter, for
    // this long afterwards.
    static constexpr qint64 kVisitSeconds = 8 * 3600;

    qint64 id = 0;                              // 0: not recorded
    IdentitySource kind = IdentitySource::Card; // Card, Qr or Manual
    CardIdentity card;                          // what the card, code or clerk said (no photo)
    // What the core found wrong, as CardCheck codes, and "manual-identity" (with
    // the clerk's reason code as detail) or "qr-identity".
    QList<CardFlag> problems;
    QString counterCode;
    qint64 userId = 0;
    QString userName;
    QDateTime recordedAt;

    bool isRecorded() const { return id != 0; }
    QString idNumber() const { return card.idNumber; }
    // The kind's key ("card", "qr", "manual").
    QString kindKey() const { return IdentitySources::key(kind); }
    QStringList problemCodes() const;
    // A card read with nothing wrong: the holder's ID card counts as shown.
    bool isCleanCardRead() const { return kind == IdentitySource::Card && problems.isEmpty(); }
    // Recorded at `counterCode` no longer than kVisitSeconds before `now`.
    bool belongsToVisit(const QString &counterCode, const QDateTime &now) const;
};

} // namespace OneWindow

Q_DECLARE_METATYPE(OneWindow::VisitEvidence)
