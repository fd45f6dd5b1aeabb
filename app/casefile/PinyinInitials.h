#pragma once

#include <QString>

namespace OneWindow {

// The pinyin initials of a Chinese name, for searching as the clerk types
// (张三 -> "zs", 单雄信 -> "sxx": the first character read as a surname).
// Latin letters are kept in lower case, digits kept, everything else (the
// middle dot of 买买提·艾力, spaces) skipped. A character missing from the
// table (resources/data/pinyin_initials.tsv) is skipped too.
class PinyinInitials
{
public:
    static QString of(const QString &name);
    // The initial of one character, or a null QChar when it has none.
    static QChar initial(QChar c, bool asSurname = false);
};

} // namespace OneWindow
