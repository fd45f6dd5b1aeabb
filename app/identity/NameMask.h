#pragma once

#include <QString>

namespace OneWindow {

// A citizen's name as a screen facing the public shows it: enough for them to
// know it is theirs, not enough for a bystander (王小禾 -> 王*禾, 王禾 -> 王*,
// 欧阳娜娜 -> 欧**娜).
class NameMask
{
public:
    static QString masked(const QString &name);
};

} // namespace OneWindow
