#include "ratings/RatingLevel.h"

#include <QCoreApplication>

namespace OneWindow {

namespace RatingLevels {

QString key(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QStringLiteral("very-satisfied");
    case RatingLevel::Satisfied:
        return QStringLiteral("satisfied");
    case RatingLevel::Basic:
        return QStringLiteral("basic");
    case RatingLevel::Dissatisfied:
        return QStringLiteral("dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QStringLiteral("very-dissatisfied");
    }
    return {};
}

std::optional<RatingLevel> fromKey(const QString &k)
{
    for (RatingLevel level : all())
        if (key(level) == k)
            return level;
    return std::nullopt;
}

QList<RatingLevel> all()
{
    return {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::Basic,
            RatingLevel::Dissatisfied, RatingLevel::VeryDissatisfied};
}

bool isPoor(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

int stars(RatingLevel level)
{
    return 5 - static_cast<int>(level);
}

QString label(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QCoreApplication::translate("RatingLevels", "非常满意");
    case RatingLevel::Satisfied:
        return QCoreApplication::translate("RatingLevels", "满意");
    case RatingLevel::Basic:
        return QCoreApplication::translate("RatingLevels", "基本满意");
    case RatingLevel::Dissatisfied:
        return QCoreApplication::translate("RatingLevels", "不满意");
    case RatingLevel::VeryDissatisfied:
        return QCoreApplication::translate("RatingLevels", "非常不满意");
    }
    return {};
}

QString englishLabel(RatingLevel level)
{
    switch (level) {
    case RatingLevel::VerySatisfied:
        return QCoreApplication::translate("RatingLevels", "Very satisfied");
    case RatingLevel::Satisfied:
        return QCoreApplication::translate("RatingLevels", "Satisfied");
    case RatingLevel::Basic:
        return QCoreApplication::translate("RatingLevels", "Fairly satisfied");
    case RatingLevel::Dissatisfied:
        return QCoreApplication::translate("RatingLevels", "Dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QCoreApplication::translate("RatingLevels", "Very dissatisfied");
    }
    return {};
}

QStringList reasonKeys()
{
    return {QStringLiteral("efficiency"),    QStringLiteral("competence"),
            QStringLiteral("attitude"),      QStringLiteral("guidance"),
            QStringLiteral("repeat-visits"), QStringLiteral("environment")};
}

QString reasonLabel(const QString &key)
{
    if (key == QLatin1String("efficiency"))
        return QCoreApplication::translate("RatingLevels", "办理效率低、等候时间长");
    if (key == QLatin1String("competence"))
        return QCoreApplication::translate("RatingLevels", "业务不熟练、解答不清楚");
    if (key == QLatin1String("attitude"))
        return QCoreApplication::translate("RatingLevels", "服务态度不好");
    if (key == QLatin1String("guidance"))
        return QCoreApplication::translate("RatingLevels", "办事指南与实际要求不一致");
    if (key == QLatin1String("repeat-visits"))
        return QCoreApplication::translate("RatingLevels", "多次跑动、重复提交材料");
    if (key == QLatin1String("environment"))
        return QCoreApplication::translate("RatingLevels", "大厅环境、设施不便");
    return key;
}

} // namespace RatingLevels

} // namespace OneWindow
