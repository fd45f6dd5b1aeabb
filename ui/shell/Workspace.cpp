#include "shell/Workspace.h"

#include <QAction>
#include <QRegularExpression>
#include <QShortcut>

namespace OneWindow {

QString Workspace::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    // A trailing "(F2)" or "（Ctrl+L）" repeats the key the help lists beside it.
    static const QRegularExpression keyInParentheses(
        QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$"));
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    const auto m = keyInParentheses.match(text);
    if (m.hasMatch() && !key.isEmpty() && m.captured(0).contains(key))
        text.chop(m.capturedLength(0));
    text.remove(QRegularExpression(QStringLiteral("[.…]+$")));
    return text.trimmed();
}

QList<Workspace::Shortcut> Workspace::shortcuts() const
{
    QList<Shortcut> out;
    for (const QAction *a : toolbarActions())
        if (!a->shortcut().isEmpty())
            out.append({a->shortcut(), plainText(a)});
    for (const QShortcut *s : findChildren<QShortcut *>())
        if (!s->whatsThis().isEmpty())
            out.append({s->key(), s->whatsThis()});
    return out;
}

} // namespace OneWindow
