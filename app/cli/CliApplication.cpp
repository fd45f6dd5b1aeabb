#include "cli/CliApplication.h"

#include <QRegularExpression>

namespace OneWindow {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("help");
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

CliApplication::~CliApplication() = default;

void CliApplication::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

QString CliApplication::usage() const
{
    QString text = QStringLiteral("Usage: onewindow-cli COMMAND [ARGUMENTS...]\n\nCommands:\n");
    for (const auto &command : m_commands) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command->words().join(QLatin1Char(' ')), command->synopsis(),
                         command->summary());
    }
    text += QStringLiteral("\nExit codes: 0 success, 1 failure (e.g. an invalid input), "
                           "2 usage error.\n");
    return text;
}

CliCommand *CliApplication::find(const QStringList &arguments) const
{
    // Longest match wins, so "card" and "card parse" could coexist later.
    CliCommand *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &command : m_commands) {
        const QStringList words = command->words();
        if (words.size() > bestLength && arguments.mid(0, words.size()) == words) {
            best = command.get();
            bestLength = words.size();
        }
    }
    return best;
}

int CliApplication::run(const QStringList &arguments)
{
    if (!arguments.isEmpty() && isHelp(arguments.first())) {
        m_out << usage();
        m_out.flush();
        return CliCommand::Success;
    }

    CliCommand *command = find(arguments);
    if (!command) {
        // The words that name a command only: what follows may be an ID number or a
        // password typed in the wrong place, and stderr ends up in logs.
        if (!arguments.isEmpty()) {
            QStringList words;
            static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]{0,31}$"));
            for (const QString &a : arguments.mid(0, 2)) {
                if (!word.match(a).hasMatch())
                    break;
                words << a;
            }
            m_err << "onewindow-cli: unknown command"
                  << (words.isEmpty() ? QString()
                                      : QStringLiteral(": ") + words.join(QLatin1Char(' ')))
                  << '\n';
        }
        m_err << usage();
        m_err.flush();
        return CliCommand::UsageError;
    }

    const QStringList rest = arguments.mid(command->words().size());
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        m_out << usage();
        m_out.flush();
        return CliCommand::Success;
    }

    const int code = command->run(rest, m_out, m_err);
    if (code == CliCommand::UsageError)
        m_err << usage();
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace OneWindow
