#pragma once

#include "casefile/CaseFile.h"
#include "intake/Draft.h"
#include "models/CaseFileModel.h"
#include "security/Session.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace OneWindow {

class ChangeNotifier;
class DocumentService;
class TemplateCatalogue;
class WorkingDayCalendar;

// The unified case file (一号) on one screen: the person; open cases with each
// department's progress and deadline; documents on file that can be reused;
// today's appointments; history (paged); the drafts, among them those waiting
// for materials after a one-time notification; the citizen's 不予受理 decisions
// (waiting for the supervisor, confirmed with their notice to print, or sent
// back with the comment). Beside it the matter catalogue
// to start a new intake from: typing filters it, Up/Down choose, Enter starts
// the chosen matter (never from an empty search: Enter there goes to the list).
class CaseFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilePage(const TemplateCatalogue &catalogue, QWidget *parent = nullptr);
    // Deadlines in a year without official holiday data are marked provisional.
    void setCalendar(const WorkingDayCalendar *calendar);

    // `pager` loads further history when the clerk scrolls to its end.
    void setCaseFile(const CaseFile &file, CaseFileModel::PastPager pager = {});
    const CaseFile &caseFile() const { return m_file; }
    // Selects the case in whichever section holds it (opened from a receipt code).
    bool highlightCase(const QString &caseNumber);
    // Matters with a draft for this citizen: listed first, marked, resumed when
    // picked; the drafts are listed in the file too.
    void markDrafts(const QStringList &templateIds);
    void setDrafts(const QList<Draft> &drafts);
    // Selects a matter in the catalogue, e.g. the one an appointment booked.
    void selectMatter(const QString &templateId);
    // Lists the citizen's 不予受理 decisions with the file and prints a confirmed
    // one's notice (on the counter's `printer` for notifications); with `changes`
    // (PostgreSQL) the list follows the supervisor's decisions by itself.
    void setDocuments(DocumentService *documents, const Session &session, const QString &printer,
                      ChangeNotifier *changes = nullptr);
    // Shows the decisions again (after the supervisor decided one, say).
    void reloadDecisions();

Q_SIGNALS:
    void intakeRequested(const QString &templateId);
    // Enter or a double click on a case: its details, steps and actions.
    void caseRequested(const QString &caseNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    void filterMatters(const QString &query);
    void startIntake();

private:
    // Every column as wide as its widest shown text.
    void fitColumns();
    void printNonAcceptance();

    const TemplateCatalogue &m_catalogue;
    CaseFile m_file;
    QLabel *m_person;
    CaseFileModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QListWidget *m_matters;
    QPushButton *m_start;
    QStringList m_drafts;
    DocumentService *m_documents = nullptr;
    Session m_session;
    QString m_printer;
    QGroupBox *m_decisionsBox;
    QListWidget *m_decisions;
    QPushButton *m_printDecision;
};

} // namespace OneWindow
