#pragma once

#include <QString>
#include <QStringList>

namespace OneWindow {

// The pinyin initials of a Chinese name, for searching as the clerk types
// (张三 -> "zs", 单雄信 -> "sxx": the first character read as a surname).
// Latin letters are kept in lower case, digits kept, everything else (the
// middle dot of 买买提·艾力, spaces) skipped. A character missing from the
// table (resources/data/pinyin_initials.tsv) is skipped too.
class PinyinInitials
{
public:
    // `asName`: read the first character as a surname; false for other text
    // (a hospital's name).
    static QString of(const QString &name, bool asName = true);
    // The texts whose initials start with `typed` ("cd" -> 成都市妇女儿童中心医院),
    // then those whose initials hold it further on ("hx" -> 四川大学华西第二医院),
    // each group in the order given. Empty unless `typed` is latin letters.
    static QStringList matching(const QStringList &texts, const QString &typed);
    // The initial of one character, or a null QChar when it has none.
    static QChar initial(QChar c, bool asSurname = false);
};

} // namespace OneWindow
