#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace OneWindow {

// What went wrong, as a stable machine code (e.g. "checksum", "db-locked") plus
// details for logs. Modules never throw across their boundary; the UI turns the
// code into translated text at the edge.
struct Error
{
    QString code;
    QString detail;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    static Result failure(const QString &code, const QString &detail = {})
    {
        return Result(Error{code, detail});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only after ok(): a failure has no value, and reading one is a bug that a
    // debug build stops at instead of handing out whatever memory holds.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "read the value of a failure");
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "read the value of a failure");
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "read the value of a failure");
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        Q_ASSERT_X(ok(), "Result::operator->", "read the value of a failure");
        return &*m_value;
    }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    static Result success() { return Result(); }
    static Result failure(const QString &code, const QString &detail = {})
    {
        return Result(Error{code, detail});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace OneWindow
