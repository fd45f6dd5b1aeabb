#pragma once

#include "security/AuditFilter.h"
#include "security/AuditQuery.h"
#include "security/AuditVerdict.h"
#include "security/Session.h"
#include "shell/Workspace.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace OneWindow {

class AppServices;
class AuditEventModel;
class AuditVerifyJob;

// The audit trail for supervisors and administrators: who looked at or
// changed what, newest first, filtered by citizen (ID number), case, user,
// counter, action and time, a page at a time; the chain's state, checked on
// demand on a worker thread (progress, cancel); an export to CSV with ID
// numbers masked, itself audited. Reading is checked in the core
// (AuditQuery), not only here.
class AuditWorkspace : public Workspace
{
    Q_OBJECT

public:
    AuditWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);
    ~AuditWorkspace() override;

    QString id() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QList<QAction *> toolbarActions() const override { return m_actions; }
    void entered() override;

    AuditFilter filter() const;
    int pageNumber() const { return int(m_pageStarts.size()); }

public Q_SLOTS:
    // The first page for the filter as it stands.
    void search();
    void clearFilter();
    void nextPage();
    void previousPage();
    void verifyChain();
    void cancelVerify();
    // Asks where, then exportTo().
    void exportCsv();
    // Writes the filtered events to `path`; false (and a message shown) when refused or failed.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void verifyFinished(const OneWindow::AuditVerdict &verdict);

private:
    void loadPage(const AuditQuery::Cursor &from);
    void loadChoices();
    void showCheckpoint();
    void showVerdict(const AuditVerdict &verdict, const Error &error);
    static QString reasonText(const QString &reason);

    AppServices &m_services;
    Session m_session;
    AuditEventModel *m_model;
    QTableView *m_view;
    QLineEdit *m_idNumber;
    QLineEdit *m_caseNumber;
    QComboBox *m_user;
    QComboBox *m_counter;
    QComboBox *m_action;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QPushButton *m_export = nullptr;
    QLabel *m_chainState;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QList<QAction *> m_actions;
    AuditVerifyJob *m_job = nullptr;
    // Where each page shown so far started (the first: a null cursor).
    QList<AuditQuery::Cursor> m_pageStarts;
    AuditQuery::Cursor m_nextStart;
    AuditFilter m_shownFilter;
    bool m_loaded = false;
};

} // namespace OneWindow
