#include "casefile/PinyinInitials.h"

#include "resources/Resources.h"

#include <QHash>

namespace OneWindow {

namespace {

struct Table
{
    QHash<char16_t, char> common;
    QHash<char16_t, char> surname; // only where it differs from the common reading
};

const Table &table()
{
    static const Table t = [] {
        Table result;
        const auto rows = Resources::table(QStringLiteral("pinyin_initials"));
        result.common.reserve(rows.size());
        for (const QStringList &row : rows) {
            if (row.size() < 2 || row.at(0).size() != 1 || row.at(1).size() != 1)
                continue;
            const char16_t c = row.at(0).at(0).unicode();
            result.common.insert(c, row.at(1).at(0).toLatin1());
            if (row.size() >= 3 && row.at(2).size() == 1)
                result.surname.insert(c, row.at(2).at(0).toLatin1());
        }
        return result;
    }();
    return t;
}

} // namespace

QChar PinyinInitials::initial(QChar c, bool asSurname)
{
    if (c.unicode() < 0x80) {
        if (c.isLetter())
            return c.toLower();
        if (c.isDigit())
            return c;
        return QChar();
    }
    const Table &t = table();
    if (asSurname) {
        const auto s = t.surname.constFind(c.unicode());
        if (s != t.surname.constEnd())
            return QLatin1Char(*s);
    }
    const auto it = t.common.constFind(c.unicode());
    return it == t.common.constEnd() ? QChar() : QChar(QLatin1Char(*it));
}

QString PinyinInitials::of(const QString &name, bool asName)
{
    QString result;
    result.reserve(name.size());
    bool first = asName;
    for (const QChar c : name) {
        const QChar i = initial(c, first);
        if (!i.isNull())
            result += i;
        if (!c.isSpace())
            first = false;
    }
    return result;
}

QStringList PinyinInitials::matching(const QStringList &texts, const QString &typed)
{
    if (typed.isEmpty())
        return {};
    for (const QChar c : typed)
        if (c.unicode() >= 0x80 || !c.isLetter())
            return {};
    const QString wanted = typed.toLower();
    QStringList starting;
    QStringList holding;
    for (const QString &text : texts) {
        const int at = of(text, false).indexOf(wanted);
        if (at == 0)
            starting << text;
        else if (at > 0)
            holding << text;
    }
    return starting + holding;
}

} // namespace OneWindow
