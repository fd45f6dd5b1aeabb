#pragma once

#include <QString>

namespace OneWindow {

// GB/T 2261.1 sex codes as they appear on cards and in ID numbers.
enum class Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
    Unspecified = 9
};

// Stable machine name used in JSON and the database: "male", "female", "unknown".
QString sexKey(Sex sex);
Sex sexFromKey(const QString &key);

} // namespace OneWindow
