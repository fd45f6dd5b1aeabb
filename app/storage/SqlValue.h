#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

// Values bound to and read from SQL queries. A NULL is bound typed: the
// PostgreSQL driver cannot infer a parameter's type from an untyped NULL.
namespace OneWindow::SqlValue {

// Brace-initialised: clang reads `QVariant v(QMetaType(QMetaType::X))` as a
// function declaration.
inline QVariant typedNull(QMetaType::Type type)
{
    return QVariant{QMetaType(type)};
}

inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : typedNull(QMetaType::QDate);
}

// Timestamps are stored in UTC.
inline QVariant dateTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC()) : typedNull(QMetaType::QDateTime);
}

// Row ids start at 1; 0 means "none".
inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : typedNull(QMetaType::LongLong);
}

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? typedNull(QMetaType::QString) : QVariant(s);
}

// SQLite keeps timestamps as text; both "…Z" and offset-less forms read as UTC.
inline QDateTime readDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t;
}

} // namespace OneWindow::SqlValue
