#include "common/UserMessages.h"

#include "storage/EditConflict.h"
#include "templates/FieldValidator.h"

#include <QDateTime>

namespace OneWindow {

QString UserMessages::error(const Error &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("db-locked"))
        return tr("数据库正忙（被其他窗口锁定），请稍后重试。已填写的内容没有丢失。");
    if (c == QLatin1String("db-full"))
        return tr("数据库所在磁盘已满，无法保存。请联系管理员；已填写的内容仍保留在本窗口。");
    if (c == QLatin1String("db-read-only"))
        return tr("数据库是只读的，无法保存。请联系管理员；已填写的内容仍保留在本窗口。");
    if (c == QLatin1String("db-gone"))
        return tr(
            "无法连接数据库或数据库文件不可用。请检查网络或联系管理员；已填写的内容没有丢失。");
    if (c == QLatin1String("db-url") || c == QLatin1String("db-url-password"))
        return tr("数据库地址无效：请使用 sqlite:路径 或 "
                  "postgresql://用户@主机:端口/库名（密码放在 pgpass 文件中）。");
    if (c == QLatin1String("db-too-new"))
        return tr("数据库由更新版本的一窗通创建，请升级本程序。");
    if (c == QLatin1String("db-driver"))
        return tr("缺少数据库驱动（Qt SQL 插件），请重新安装。");
    if (c == QLatin1String("bad-credentials"))
        return tr("用户名或密码不正确。");
    if (c == QLatin1String("account-locked")) {
        const QDateTime until = QDateTime::fromString(e.detail, Qt::ISODate);
        return tr("连续多次密码错误，账号已锁定，请于 %1 后再试或联系管理员。")
            .arg(until.isValid() ? until.toLocalTime().toString(QStringLiteral("HH:mm"))
                                 : e.detail);
    }
    if (c == QLatin1String("password-too-short"))
        return tr("密码至少需要 %1 个字符。").arg(e.detail);
    if (c == QLatin1String("password-is-login"))
        return tr("密码不能包含用户名。");
    if (c == QLatin1String("password-one-character"))
        return tr("密码不能由同一个字符重复组成。");
    if (c == QLatin1String("same-password"))
        return tr("新密码不能与当前密码相同。");
    if (c == QLatin1String("login-taken"))
        return tr("用户名 %1 已存在。").arg(e.detail);
    if (c == QLatin1String("bad-login"))
        return tr("用户名须为 3 到 32 个字母、数字或 . _ -。");
    if (c == QLatin1String("department-required"))
        return tr("部门审批人员须指定所属部门。");
    if (c == QLatin1String("own-account"))
        return tr("不能停用自己的账号或取消自己的管理员角色。");
    if (c == QLatin1String("purpose-required"))
        return tr("查阅本部门办件以外市民的档案，须填写事由。");
    if (c == QLatin1String("own-action"))
        return tr("不能复核或确认自己的操作和决定，须由另一位值班长办理。");
    if (c == QLatin1String("own-case"))
        return tr("不能复核自己受理的办件。");
    if (c == QLatin1String("not-applicable"))
        return tr("此文书现在不能出具（如相关决定尚待值班长确认）。");
    if (c == QLatin1String("decision-pending"))
        return tr("此办件有待值班长确认的决定（不予许可、退件或减免），确认或退回前不能办理。");
    if (c == QLatin1String("not-pending"))
        return tr("该决定已不在待确认状态，请刷新后再看。");
    if (c == QLatin1String("no-effect") || c == QLatin1String("not-a-decision"))
        return tr("本窗口不能执行该决定，请联系管理员。");
    if (c == QLatin1String("already-decided"))
        return tr("该事项已由 %1 复核。").arg(e.detail);
    if (c == QLatin1String("comment-required"))
        return tr("退回时请填写意见。");
    if (c == QLatin1String("bad-text") || c == QLatin1String("bad-query"))
        return tr("文字中有无法保存或查找的字符（控制字符、方向控制符或无效编码），或文字过长，请修"
                  "改后再试。");
    if (c == QLatin1String("bad-setting"))
        return tr("设置值超出允许范围。");
    if (c == QLatin1String("account-disabled"))
        return tr("该账号已停用，请联系管理员。");
    if (c == QLatin1String("forbidden"))
        return tr("当前账号的角色无权进行此操作。");
    if (c == QLatin1String("invalid-form"))
        return tr("表单还有未填或填写有误的项目，请按提示修改。");
    if (c == QLatin1String("materials-missing"))
        return tr("还有未收取的材料，请在材料清单 (F6) 中逐项勾选已收的材料。");
    if (c == QLatin1String("nothing-to-waive"))
        return tr("本事项没有需要减免的费用。");
    if (c == QLatin1String("override-reason-missing"))
        return tr("申请人身份有问题，受理前须说明理由（交值班长复核）。");
    if (c == QLatin1String("evidence-unknown") || c == QLatin1String("evidence-mismatch"))
        return tr("身份核验记录不属于本窗口本次接待的市民，已拒绝并记录。请重新读卡。");
    if (c == QLatin1String("intake-key-reused"))
        return tr("本次受理的编号已用于其他申请人或事项，已拒绝并记录。请重新开始受理。");
    if (c == QLatin1String("counter-locked"))
        return tr("窗口已锁定，请先登录。");
    if (const auto conflict = EditConflict::fromError(e))
        return tr("%1 已于 %2 修改了此办件，请查看最新情况后再操作。")
            .arg(conflict->changedBy,
                 conflict->changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (c == QLatin1String("other-department"))
        return tr("这是其他部门（%1）的环节，只能由该部门办理。").arg(e.detail);
    if (c == QLatin1String("case-closed"))
        return tr("办件已办结、送达或撤回，不能再更改。");
    if (c == QLatin1String("step-required") || c == QLatin1String("step-not-found"))
        return tr("请先选择一个办理环节。");
    if (c == QLatin1String("step-waiting"))
        return tr("前序环节尚未办完，此环节还不能办理。");
    if (c == QLatin1String("step-paused"))
        return tr("此环节正在等待补正材料或特别程序，暂不能办理。");
    if (c == QLatin1String("step-decided"))
        return tr("此环节已经办结。");
    if (c == QLatin1String("not-in-special"))
        return tr("此环节不在特别程序中。");
    if (c == QLatin1String("not-returned"))
        return tr("只有退回补正、仍在等待材料的环节才能退件。");
    if (c == QLatin1String("not-claimed"))
        return tr("请先认领此环节。");
    if (c == QLatin1String("not-holder") || c == QLatin1String("held-by-other"))
        return tr("此环节已由 %1 认领，只有经办人可以办理。").arg(e.detail);
    if (c == QLatin1String("already-yours"))
        return tr("您已认领此环节。");
    if (c == QLatin1String("reason-required"))
        return tr("请填写理由。");
    if (c == QLatin1String("materials-required"))
        return tr("请选择材料。");
    if (c == QLatin1String("material-unknown") || c == QLatin1String("material-not-requested"))
        return tr("所选材料（%1）不在要求补正的材料中。").arg(e.detail);
    if (c == QLatin1String("nothing-outstanding"))
        return tr("此办件没有待补交的材料。");
    if (c == QLatin1String("expected-end-required"))
        return tr("请填写不早于今天的预计结束日期。");
    if (c == QLatin1String("steps-open"))
        return tr("还有环节未办结（%1），不能办结。").arg(e.detail);
    if (c == QLatin1String("not-completed"))
        return tr("办件尚未办结。");
    if (c == QLatin1String("delivery-required"))
        return tr("请选择送达方式。");
    if (c == QLatin1String("recipient-required"))
        return tr("代领须读取代领人的身份证或填写有效的姓名和身份证号。");
    if (c == QLatin1String("tracking-required"))
        return tr("邮寄送达须填写邮寄单号。");
    if (c == QLatin1String("step-not-decided"))
        return tr("只能重新办理已办结的环节。");
    if (c == QLatin1String("commitment-not-allowed"))
        return tr("该材料不允许容缺后补。");
    if (c == QLatin1String("commitment-date"))
        return tr("承诺补交日期不能晚于承诺办结日期，也不能早于今天。");
    if (c == QLatin1String("not-found"))
        return tr("没有找到该记录。");
    if (c == QLatin1String("not-issued"))
        return tr("此文书尚未出具，不能补打。");
    if (c == QLatin1String("unknown-state"))
        return tr("数据库中的状态无法识别，未作任何处理，请联系管理员：%1").arg(e.detail);
    if (c == QLatin1String("font-missing"))
        return tr("缺少中文字体（文泉驿微米黑），无法生成回执。请安装 fonts-wqy-microhei。");
    if (c == QLatin1String("write-failed"))
        return tr("无法写入文件，请检查磁盘空间和权限。");
    if (c == QLatin1String("db-denied"))
        return tr("数据库拒绝了此操作（权限不足）。请联系管理员。");
    if (c == QLatin1String("no-key"))
        return tr("本窗口没有本厅密钥，不能打印带签名二维码的文书。请管理员在窗口设置或配置文件中"
                  "填写本厅密钥。");
    if (c == QLatin1String("audit-key-missing"))
        return tr("本窗口没有本厅密钥，而审计日志已用本厅密钥密封：不能记录审计事件，"
                  "因此不能办理业务。请管理员在窗口设置中填写本厅密钥。");
    if (c == QLatin1String("audit-key-mismatch"))
        return tr("本窗口的本厅密钥与审计日志的密封不符：不能记录审计事件，因此不能办理业务。"
                  "请管理员核对本厅密钥，并校验审计链。");
    if (c == QLatin1String("audit-unsealed"))
        return tr("审计日志有事件却没有密封：可能是启用本厅密钥之前的日志，也可能密封已被人去掉。"
                  "持有密钥的窗口不会自行密封它，因此不能办理业务。请管理员校验审计链后，"
                  "用 onewindow-cli audit seal 密封启用密钥之前的日志。");
    if (c == QLatin1String("audit-seal-refused"))
        return tr("审计日志不能密封：%1").arg(e.detail);
    if (c == QLatin1String("password-change-required"))
        return tr("您使用的是一次性密码：请先设置自己的新密码，之后才能办理业务。");
    if (c == QLatin1String("demo-refused"))
        return tr("这个数据库已经属于一个大厅或已有账号，不能放入演示数据。"
                  "演示请使用一个新的空数据库。");
    if (c == QLatin1String("audit-checkpoint-missing"))
        return tr(
            "审计日志的检查点不见了：不能记录审计事件，因此不能办理业务。请管理员校验审计链。");
    // A new hall's first start and the counter's set-up.
    if (c == QLatin1String("hall-code"))
        return tr("大厅代码应为 2 至 12 位字母或数字。");
    if (c == QLatin1String("hall-name"))
        return tr("请填写大厅名称。");
    if (c == QLatin1String("admin-login"))
        return tr("登录名应为 2 至 32 位字母、数字或 . _ -，以字母或数字开头。");
    if (c == QLatin1String("password-too-short"))
        return tr("密码至少需要 %1 个字符。").arg(e.detail);
    if (c == QLatin1String("password-is-login"))
        return tr("密码不能包含登录名。");
    if (c == QLatin1String("password-one-character"))
        return tr("密码不能由同一个字符重复组成。");
    if (c == QLatin1String("password-mismatch"))
        return tr("两次输入的密码不一致。");
    if (c == QLatin1String("key-file"))
        return tr("请指定密钥文件的位置。");
    if (c == QLatin1String("key-file-exists"))
        return tr("密钥文件 %1 已存在。要沿用它，请选择“使用已有的密钥文件”。").arg(e.detail);
    if (c == QLatin1String("key-file-missing"))
        return tr("找不到密钥文件 %1。").arg(e.detail);
    if (c == QLatin1String("key-file-unreadable") || c == QLatin1String("key-file-write"))
        return tr("无法读写密钥文件 %1，请检查权限。").arg(e.detail);
    if (c == QLatin1String("bad-hall-key") || c == QLatin1String("no-hall-key"))
        return tr("密钥文件中没有可用的密钥（至少 32 位十六进制字符）。");
    if (c == QLatin1String("unknown-template"))
        return tr("没有名为 %1 的事项模板。").arg(e.detail);
    if (c == QLatin1String("no-templates"))
        return tr("请至少选择一个本大厅办理的事项。");
    if (c == QLatin1String("hall-exists"))
        return tr("该数据库已有账号，大厅已经设置过。请直接登录。");
    if (c == QLatin1String("language"))
        return tr("界面语言只能是中文或英文。");
    if (c == QLatin1String("provisioned"))
        return tr("该项由配置文件 %1 设定，只能在该文件中修改。").arg(e.detail);
    if (c == QLatin1String("calendar-file"))
        return tr("节假日文件有错误，未导入任何内容：\n%1").arg(e.detail);
    if (c == QLatin1String("cancelled"))
        return tr("已取消，没有保存任何内容。");
    return tr("操作失败（%1）。").arg(c);
}

QString UserMessages::cardFlag(const CardFlag &flag)
{
    const QString &c = flag.code;
    if (c == QLatin1String("expired"))
        return tr("证件已过期");
    if (c == QLatin1String("not-yet-valid"))
        return tr("证件尚未生效");
    // The number's problems in the same words as beside an ID-number field:
    // whether the number came from a card, a code or the clerk's typing.
    if (c == QLatin1String("checksum") || c == QLatin1String("region") ||
        c == QLatin1String("birth-date") || c == QLatin1String("length") ||
        c == QLatin1String("characters"))
        return FieldValidator::idNumberProblem(c);
    if (c == QLatin1String("manual-identity"))
        return tr("手工录入的身份，未读卡核验");
    if (c == QLatin1String("qr-identity"))
        return tr("由电子身份码识别，未出示证件");
    if (c == QLatin1String("unverified-identity"))
        return tr("未经窗口核验的身份（非窗口受理）");
    if (c == QLatin1String("name-missing"))
        return tr("证件上没有姓名");
    return tr("证件异常（%1）").arg(c);
}

QString UserMessages::cardFlags(const QList<CardFlag> &flags)
{
    QStringList words;
    for (const CardFlag &f : flags)
        words << cardFlag(f);
    return words.join(tr("；"));
}

QString UserMessages::identified(const QString &sourceKey, bool problems)
{
    if (sourceKey == QLatin1String("manual"))
        return tr("手工录入的身份（未读卡）");
    if (sourceKey == QLatin1String("qr"))
        return tr("电子身份码识别的身份（未读卡）");
    return problems ? tr("已读卡，证件有问题") : tr("已读卡，证件有效");
}

QString UserMessages::reviewNote()
{
    return tr("受理时须说明理由，办件将交值班长复核。");
}

QString UserMessages::readFailure(const QString &code)
{
    if (code == QLatin1String("no-card"))
        return tr("未检测到证件，请将证件放在读卡器上。");
    if (code == QLatin1String("card-read-failed"))
        return tr(
            "证件无法读取（芯片损坏或放置不当），请重新放置；仍失败时请手工录入并交值班长复核。");
    if (code == QLatin1String("checksum"))
        return tr("读卡器数据校验错误，请重新读卡。");
    if (code == QLatin1String("no-reader"))
        return tr("没有连接读卡器，请检查读卡器连接或在设置中选择端口。");
    if (code == QLatin1String("card-type"))
        return tr("无法识别的证件类型，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。");
    if (code == QLatin1String("length") || code == QLatin1String("truncated"))
        return tr("读卡器数据不完整，请重新放置证件后再读。");
    if (code == QLatin1String("timeout"))
        return tr("读卡器无响应，请检查连接。");
    return tr("读卡失败（%1），请重新读卡。").arg(code);
}

QString UserMessages::sex(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return tr("男");
    case Sex::Female:
        return tr("女");
    default:
        return tr("未说明");
    }
}

} // namespace OneWindow
