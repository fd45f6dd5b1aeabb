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
    if (a == QLatin1String("track-case"))
        return tr("查询页查看办件"); // the public tracking page (onewindow-tracker)
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
    if (a == QLatin1String("sign-in-locked"))
        return tr("账户锁定中登录");
    if (a == QLatin1String("account-locked"))
        return tr("账户被锁定");
    if (a == QLatin1String("password-change"))
        return tr("修改密码");
    if (a == QLatin1String("qr-refused"))
        return tr("拒绝二维码");
    if (a == QLatin1String("card-read"))
        return tr("读卡");
    if (a == QLatin1String("qr-identified"))
        return tr("电子身份码识别");
    if (a == QLatin1String("identity-entered"))
        return tr("手工录入身份");
    if (a == QLatin1String("evidence-read"))
        return tr("查阅核验记录");
    if (a == QLatin1String("evidence-refused"))
        return tr("拒绝核验记录");
    if (a == QLatin1String("intake-replay"))
        return tr("重复提交受理");
    if (a == QLatin1String("intake-key-refused"))
        return tr("拒绝受理编号");
    if (a == QLatin1String("draft-read"))
        return tr("查阅草稿");
    if (a == QLatin1String("draft-save"))
        return tr("保存草稿");
    if (a == QLatin1String("draft-remove"))
        return tr("删除草稿");
    if (a == QLatin1String("document-issue"))
        return tr("出具文书");
    if (a == QLatin1String("document-print"))
        return tr("打印文书");
    if (a == QLatin1String("document-reprint"))
        return tr("补打文书");
    if (a == QLatin1String("settings-change"))
        return tr("修改设置");
    if (a == QLatin1String("review-approve"))
        return tr("复核通过");
    if (a == QLatin1String("review-return"))
        return tr("复核退回");
    if (a == QLatin1String("user-create"))
        return tr("新建账户");
    if (a == QLatin1String("user-disable"))
        return tr("停用账户");
    if (a == QLatin1String("user-enable"))
        return tr("启用账户");
    if (a == QLatin1String("user-password-reset"))
        return tr("重置密码");
    if (a == QLatin1String("user-password-set"))
        return tr("设置密码");
    if (a == QLatin1String("user-role"))
        return tr("修改角色");
    if (a == QLatin1String("propose-non-acceptance"))
        return tr("拟不予受理");
    if (a == QLatin1String("view-non-acceptances"))
        return tr("查看不予受理决定");
    if (a == QLatin1String("audit-seal"))
        return tr("密封审计日志");
    if (a.startsWith(QLatin1String("case-")))
        return tr("办件：%1").arg(CaseStateText::fromKey(a.mid(5)));
    return a;
}

} // namespace OneWindow
