#include "reports/HallFiguresText.h"

namespace OneWindow {

QString HallFiguresText::outcome(const QString &key)
{
    if (key == QLatin1String("accepted"))
        return tr("受理");
    if (key == QLatin1String("notified"))
        return tr("一次性告知");
    if (key == QLatin1String("handed-over"))
        return tr("领取");
    if (key == QLatin1String("not-accepted"))
        return tr("不予受理");
    if (key == QLatin1String("next"))
        return tr("未办理（下一位）");
    return key;
}

QString HallFiguresText::matter(const QString &key, const QString &label)
{
    if (key.isEmpty())
        return tr("未受理");
    return label.isEmpty() ? key : label;
}

QString HallFiguresText::duration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString HallFiguresText::rate(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1 %").arg(100.0 * part / whole, 0, 'f', 1)
                     : QStringLiteral("–");
}

} // namespace OneWindow
