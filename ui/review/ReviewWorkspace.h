#pragma once

#include "security/Session.h"
#include "shell/Workspace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTableView;

namespace OneWindow {

class AppServices;
class CasePanel;
class ReviewModel;

// The supervisor's review, in two lists: decisions against a citizen that wait
// for confirmation (a refusal, a 退件, a 不予受理, a fee waiver: nothing reaches
// the citizen until confirmed), and what the hall's rules send for a second
// look after the fact; oldest first; the item beside its case; confirm (or
// approve), or send back with a comment. Items the supervisor made themselves,
// or of their own cases, cannot be decided here, and say why. On PostgreSQL
// the queue follows new items by itself.
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

    // The list shown: 0 decisions waiting for confirmation, 1 reviews after the fact.
    enum Scope
    {
        DecisionsTab,
        ReviewsTab
    };

private:
    void openRow(int row);
    void decide(bool approve);
    void chooseKind();

    AppServices &m_services;
    Session m_session;
    ReviewModel *m_model;
    QTableView *m_view;
    QTabBar *m_scope;
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
