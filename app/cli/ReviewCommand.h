#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli review list|decide: the supervisor's review queue through the
// same ReviewService as the window's review workspace. `list` prints one JSON
// object per item; `decide` confirms an item (for a decision against a
// citizen: it takes effect) or sends it back with a comment. Maker-checker and
// every refusal are the core's, as in the window.
class ReviewCommand : public CliCommand
{
public:
    enum class Verb
    {
        List,
        Decide
    };

    explicit ReviewCommand(Verb verb)
        : m_verb(verb)
    {}

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int decide(const QStringList &arguments, QTextStream &out, QTextStream &err);

    Verb m_verb;
};

} // namespace OneWindow
