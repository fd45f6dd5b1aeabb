#pragma once

#include "identity/Sex.h"

#include <QDate>
#include <QString>

namespace OneWindow {

// A citizen as the government knows them, keyed by the ID number (一号).
struct Person
{
    qint64 id = 0; // 0: not on file yet
    QString idNumber;
    QString name;
    QString nameEn;
    Sex sex = Sex::Unknown;
    QDate birth;
    QString ethnicityCode;
    QString nationality;
    QString address;
    QString phone;
    QString email;
    QString nameInitials; // pinyin initials of name, computed when stored
    QString cardKind;
    QDate cardValidUntil;
    int version = 0;
};

} // namespace OneWindow
