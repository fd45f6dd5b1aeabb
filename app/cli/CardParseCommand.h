#pragma once

#include "cli/CliCommand.h"
#include "identity/CardIdentity.h"

namespace OneWindow {

// `card parse FILE`: the raw bytes a reader sent in answer to 30 01 (noise before the
// frame allowed) to one JSON object, or {"error": CODE} and exit 1 for a broken answer.
class CardParseCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The JSON object for a card, keys in the documented order, absent fields left out.
    static QString toJson(const CardIdentity &card);
    static QString errorJson(const QString &code);
};

} // namespace OneWindow
