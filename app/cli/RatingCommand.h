#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// The hall's 好差评 for a supervisor:
//   rating list --database URL --user NAME [--from DATE --to DATE]
//     one JSON object per rating: visit, case, counter, clerk, level, reasons, at,
//     channel (and stage, comment);
//   rating follow-ups --database URL --user NAME [--all]
//     one JSON object per follow-up a poor rating opened, open ones only unless --all;
//   rating close --database URL --user NAME ID --action TEXT [--called-back]
//     records what was done about a follow-up and closes it.
class RatingCommand : public CliCommand
{
public:
    enum class Verb
    {
        List,
        FollowUps,
        Close
    };
    explicit RatingCommand(Verb verb)
        : m_verb(verb)
    {}

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    Verb m_verb;
};

} // namespace OneWindow
