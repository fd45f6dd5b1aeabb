#include "casefile/ChineseSurname.h"

#include <QStringList>

namespace OneWindow {

namespace {

// The compound surnames of the 百家姓 still in use. 单于 and the like are left
// out: 单 alone is a common surname, so 单于飞 reads as 单 + 于飞.
const QStringList &compoundSurnames()
{
    static const QStringList list = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"),
        QStringLiteral("诸葛"), QStringLiteral("东方"), QStringLiteral("皇甫"),
        QStringLiteral("尉迟"), QStringLiteral("公孙"), QStringLiteral("慕容"),
        QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
        QStringLiteral("夏侯"), QStringLiteral("轩辕"), QStringLiteral("令狐"),
        QStringLiteral("钟离"), QStringLiteral("闻人"), QStringLiteral("澹台"),
        QStringLiteral("公冶"), QStringLiteral("申屠"), QStringLiteral("端木"),
        QStringLiteral("赫连"), QStringLiteral("呼延"), QStringLiteral("独孤"),
        QStringLiteral("南宫"), QStringLiteral("西门"), QStringLiteral("百里"),
        QStringLiteral("司空"), QStringLiteral("太史"), QStringLiteral("淳于"),
    };
    return list;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff;
}

} // namespace

QString ChineseSurname::of(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() < 2)
        return {};
    for (const QChar c : n)
        if (!isHan(c))
            return {};
    // Two characters are a surname and a given name, whatever the first two
    // could be: 东方 is Mr 东, given name 方.
    if (n.size() >= 3 && compoundSurnames().contains(n.left(2)))
        return n.left(2);
    return n.left(1);
}

} // namespace OneWindow
