#pragma once

#include "identity/Sex.h"

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace OneWindow {

// Everything a card reader (or manual entry) tells us about a person.
struct CardIdentity
{
    enum class Kind
    {
        Resident,
        HkMoTw,
        Foreign2017,
        Foreign2023,
        Manual
    };

    Kind kind = Kind::Resident;
    QString name;
    QString nameEn; // foreign cards
    Sex sex = Sex::Unknown;
    QString ethnicityCode; // GB 3304, resident cards, e.g. "01"
    QString nationality;   // GB/T 2659 alpha-3, foreign cards
    QDate birth;
    QString address;
    QString idNumber;
    QString authority;
    QDate validFrom;
    QDate validUntil; // invalid when long-term
    bool longTerm = false;
    QString passNumber;  // HK/Macao/Taiwan permits
    QByteArray photoWlt; // raw, undecoded

    bool isEmpty() const { return idNumber.isEmpty(); }
};

// Stable machine name of a card kind: "resident", "hkmotw", "foreign2017", "foreign2023", "manual".
QString cardKindKey(CardIdentity::Kind kind);

// Ethnicity name (汉, 蒙古, …) from its GB 3304 code; empty for an unknown code.
QString ethnicityName(const QString &code);

} // namespace OneWindow

Q_DECLARE_METATYPE(OneWindow::CardIdentity)
