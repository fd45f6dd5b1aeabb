#include "common/UserMessages.h"

#include "templates/FieldValidator.h"

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
    if (c == QLatin1String("account-disabled"))
        return tr("该账号已停用，请联系管理员。");
    if (c == QLatin1String("forbidden"))
        return tr("当前账号的角色无权进行此操作。");
    if (c == QLatin1String("invalid-form"))
        return tr("表单还有未填或填写有误的项目，请按提示修改。");
    if (c == QLatin1String("materials-missing"))
        return tr("还有未收取的材料，请在材料清单 (F6) 中逐项勾选已收的材料。");
    if (c == QLatin1String("override-reason-missing"))
        return tr("申请人身份有问题，受理前须说明理由（交值班长复核）。");
    if (c == QLatin1String("font-missing"))
        return tr("缺少中文字体（文泉驿微米黑），无法生成回执。请安装 fonts-wqy-microhei。");
    if (c == QLatin1String("write-failed"))
        return tr("无法写入文件，请检查磁盘空间和权限。");
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
