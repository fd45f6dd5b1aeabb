#include "common/AuditActionText.h"

#include "common/CaseStateText.h"

namespace OneWindow {

QString AuditActionText::text(const QString &a)
{
    if (a == QLatin1String("sign-in"))
        return tr("登录");
    if (a == QLatin1String("sign-in-failed"))
        return tr("登录失败");
    if (a == QLatin1String("sign-out"))
        return tr("退出登录");
    if (a == QLatin1String("lock"))
        return tr("锁屏");
    if (a == QLatin1String("unlock"))
        return tr("解锁");
    if (a == QLatin1String("view-case-file"))
        return tr("查阅档案");
    if (a == QLatin1String("view-case"))
        return tr("查看办件");
    if (a == QLatin1String("search"))
        return tr("查询");
    if (a == QLatin1String("accept-case"))
        return tr("受理");
    if (a == QLatin1String("refused"))
        return tr("被拒绝的操作");
    if (a == QLatin1String("view-audit"))
        return tr("查阅审计日志");
    if (a == QLatin1String("export-audit"))
        return tr("导出审计日志");
    if (a.startsWith(QLatin1String("case-")))
        return tr("办件：%1").arg(CaseStateText::fromKey(a.mid(5)));
    return a;
}

} // namespace OneWindow
