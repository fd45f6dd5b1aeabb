#include "shell/ShortcutHelpDialog.h"

#include "shell/Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OneWindow {

ShortcutHelpDialog::ShortcutHelpDialog(const Workspace *workspace,
                                       const QList<QAction *> &shellActions, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_shellActions(shellActions)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutHelpDialog"));
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
}

void ShortcutHelpDialog::fill()
{
    setWindowTitle(m_workspace ? tr("快捷键 · %1").arg(m_workspace->title()) : tr("快捷键"));
    m_table->setHorizontalHeaderLabels({tr("按键"), tr("操作")});
    m_table->setAccessibleName(tr("快捷键列表"));
    QList<Workspace::Shortcut> all =
        m_workspace ? m_workspace->shortcuts() : QList<Workspace::Shortcut>();
    for (const QAction *a : std::as_const(m_shellActions))
        if (!a->shortcut().isEmpty())
            all.append({a->shortcut(), Workspace::plainText(a)});
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        m_table->setItem(row, 0,
                         new QTableWidgetItem(all.at(row).key.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(all.at(row).text));
    }
}

QStringList ShortcutHelpDialog::rows() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << m_table->item(row, 0)->text() + QLatin1Char('\t') + m_table->item(row, 1)->text();
    return out;
}

void ShortcutHelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

} // namespace OneWindow
