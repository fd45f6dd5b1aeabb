#pragma once

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QAction;

namespace OneWindow {

// One room of the window: the counter, a department's inbox, the review
// queue… The shell shows the workspaces the signed-in user's permissions
// grant, puts the showing one's actions in the toolbar (their F-keys work only
// while it shows) and its status widgets in the status bar.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable, for object names and tests: "counter", "inbox", ...
    virtual QString id() const = 0;
    // In the mode bar, in the interface language.
    virtual QString title() const = 0;
    // The toolbar while this workspace shows.
    virtual QList<QAction *> toolbarActions() const { return {}; }
    // One line of the F1 page: a key and what it does, in the interface language.
    struct Shortcut
    {
        QKeySequence key;
        QString text;
    };
    // Every key this workspace answers to: its actions' shortcuts and the
    // QShortcuts of its pages that say what they do (QShortcut::whatsThis).
    virtual QList<Shortcut> shortcuts() const;
    // "读卡 (F2)" -> "读卡": an action's words without the key it already shows.
    static QString plainText(const QAction *action);
    // Permanent widgets of the status bar while this workspace shows.
    virtual QList<QWidget *> statusWidgets() const { return {}; }
    // Called before the shell switches away or locks; save what is pending.
    virtual void leaving() {}
    // Called when the workspace comes to the front.
    virtual void entered() {}

Q_SIGNALS:
    // A passing message for the status bar.
    void statusMessage(const QString &text, int timeoutMs);
};

} // namespace OneWindow
