#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OneWindow {

// The five levels of a 好差评 rating (GB/T 39734): 非常满意 down to 非常不满意.
enum class RatingLevel
{
    VerySatisfied,
    Satisfied,
    Basic,
    Dissatisfied,
    VeryDissatisfied,
};

namespace RatingLevels {

// Stable keys: "very-satisfied", "satisfied", "basic", "dissatisfied",
// "very-dissatisfied".
QString key(RatingLevel level);
std::optional<RatingLevel> fromKey(const QString &key);
QList<RatingLevel> all();
// 不满意 and 非常不满意: the citizen may give reasons, and a follow-up opens.
bool isPoor(RatingLevel level);
// 5 for 非常满意 down to 1.
int stars(RatingLevel level);
// The level's name, in the interface's language.
QString label(RatingLevel level);
// In English, for the line under the Chinese on the citizen's screen.
QString englishLabel(RatingLevel level);

// What a poor rating may name, after the national 好差评 indicators for a
// service hall (efficiency, competence, attitude) and the usual causes of a
// citizen's complaint: "efficiency", "competence", "attitude", "guidance",
// "repeat-visits", "environment".
QStringList reasonKeys();
QString reasonLabel(const QString &key);

} // namespace RatingLevels

} // namespace OneWindow
