#pragma once

#include <QString>

namespace OneWindow {

// The family name of a Chinese name as written on an ID card: the first
// character, or the first two for a compound surname (欧阳娜娜 -> 欧阳) when a
// given name follows. A name with a middle dot (买买提·艾力) or with latin
// letters has no surname to take apart: "".
class ChineseSurname
{
public:
    static QString of(const QString &name);
};

} // namespace OneWindow
