#pragma once

#include "security/Session.h"
#include "shell/Workspace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace OneWindow {

class AppServices;
class CasePanel;
class ReviewModel;

// The supervisor's review: what the hall's rules send for a second look,
// oldest first; the item beside its case; approve, or send back with a
// comment. Items the supervisor made themselves, or of their own cases, cannot
// be decided here, and say why. On PostgreSQL the queue follows new items by itself.
class ReviewWorkspace : public Workspace
{
    Q_OBJECT

public:
    ReviewWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("review"); }
    QString title() const override;
    QList<QAction *> toolbarActions() const override { return m_actions; }
    void entered() override;

    void refresh();

private:
    void openRow(int row);
    void decide(bool approve);

    AppServices &m_services;
    Session m_session;
    ReviewModel *m_model;
    QTableView *m_view;
    QComboBox *m_kind;
    QCheckBox *m_decided;
    QLabel *m_count;
    QLabel *m_about;
    CasePanel *m_panel;
    QPlainTextEdit *m_comment;
    QLabel *m_why;
    QPushButton *m_approve;
    QPushButton *m_return;
    QList<QAction *> m_actions;
};

} // namespace OneWindow
