#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace OneWindow {

class Workspace;

// The F1 page: every key of the workspace showing (its actions and its pages'
// shortcuts, as Workspace::shortcuts() lists them) and of the shell.
class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutHelpDialog(const Workspace *workspace, const QList<QAction *> &shellActions,
                       QWidget *parent = nullptr);

    // The rows shown, "key<TAB>what it does", for tests and screen readers.
    QStringList rows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    const Workspace *m_workspace;
    QList<QAction *> m_shellActions;
    QTableWidget *m_table;
};

} // namespace OneWindow
