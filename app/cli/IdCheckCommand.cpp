#include "cli/IdCheckCommand.h"

#include "identity/IdNumber.h"

namespace OneWindow {

namespace {

// Written by hand because QJsonObject sorts its keys and the output promises
// a fixed key order. Escapes what JSON requires; everything else stays UTF-8.
QString jsonString(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

QString jsonStringOrNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("null") : jsonString(text);
}

} // namespace

IdCheckCommand::IdCheckCommand(const QDate &today)
    : m_today(today)
{}

QStringList IdCheckCommand::words() const
{
    return {QStringLiteral("id"), QStringLiteral("check")};
}

QString IdCheckCommand::synopsis() const
{
    return QStringLiteral("NUMBER...");
}

QString IdCheckCommand::summary() const
{
    return QStringLiteral("Check resident ID numbers (GB 11643); one JSON line per number. "
                          "Exits 1 if any is invalid.");
}

QString IdCheckCommand::jsonLine(const QString &input) const
{
    return toJson(IdNumber::check(input, m_today));
}

QString IdCheckCommand::toJson(const IdNumberInfo &info)
{
    const QString sex = info.sex == Sex::Male     ? QStringLiteral("male")
                        : info.sex == Sex::Female ? QStringLiteral("female")
                                                  : QString();
    return QStringLiteral("{\"input\":%1,\"valid\":%2,\"id\":%3,\"birth\":%4,\"sex\":%5,"
                          "\"error\":%6}")
        .arg(jsonString(info.input), info.valid ? QStringLiteral("true") : QStringLiteral("false"),
             jsonStringOrNull(info.normalized),
             jsonStringOrNull(info.birth.isValid() ? info.birth.toString(Qt::ISODate) : QString()),
             jsonStringOrNull(sex), jsonStringOrNull(info.error));
}

int IdCheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << "onewindow-cli id check: no ID numbers given\n";
        return UsageError;
    }
    for (const QString &argument : arguments) {
        // Numbers never start with '-': this is an option we do not know.
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "onewindow-cli id check: unknown option " << argument << '\n';
            return UsageError;
        }
    }

    bool allValid = true;
    for (const QString &argument : arguments) {
        const IdNumberInfo info = IdNumber::check(argument, m_today);
        out << toJson(info) << '\n';
        allValid = allValid && info.valid;
    }
    return allValid ? Success : Failure;
}

} // namespace OneWindow
