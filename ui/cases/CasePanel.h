#pragma once

#include "documents/DocumentKind.h"
#include "identity/CardIdentity.h"
#include "security/Session.h"
#include "workflow/ActionRequest.h"
#include "workflow/CaseSnapshot.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace OneWindow {

class ActionDialog;
class CaseDetailView;
class CaseWorkflowService;
class Clock;
class DocumentService;
class TemplateCatalogue;

// One case with what the signed-in user may do to it, for the inbox, the
// counter and the review: loads it through the workflow service (audited),
// shows it in a CaseDetailView, asks for what an action needs (ActionDialog)
// and takes it. Refusals and conflicts ("changed by X at T") are said in
// plain words; the case is shown again as it now stands.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    CasePanel(CaseWorkflowService &workflow, const TemplateCatalogue &catalogue, const Clock &clock,
              const Session &session, QWidget *parent = nullptr);

    // False (with the reason shown) when the case cannot be opened.
    bool open(const QString &caseNumber);
    void reload();
    void clear();
    QString caseNumber() const { return m_caseNumber; }
    const CaseSnapshot &snapshot() const;
    CaseDetailView *view() const { return m_view; }
    // A card read while a handover dialog waits for the agent's card.
    bool takeCard(const CardIdentity &card);
    // Offers the case's papers for the citizen (文书): each that applies to the
    // case as it stands, printed from the stored case, a second print marked 补打.
    // `printers`: the counter's printer per kind of paper ("receipt", "notification").
    void setDocuments(DocumentService *documents, const QHash<QString, QString> &printers);

Q_SIGNALS:
    // An action was taken (the case on screen is already fresh).
    void changed(const QString &caseNumber, OneWindow::CaseAction action);

private:
    void request(CaseAction action, qint64 stepId);
    void act(const ActionRequest &request);
    void updateDocuments();
    void printDocument(DocumentKind kind, bool reprint);
    void showMessage(const QString &text, bool ok);

    CaseWorkflowService &m_workflow;
    const TemplateCatalogue &m_catalogue;
    const Clock &m_clock;
    Session m_session;
    QString m_caseNumber;
    CaseDetailView *m_view;
    QLabel *m_message;
    QPushButton *m_documentsButton;
    QMenu *m_documentsMenu;
    DocumentService *m_documents = nullptr;
    QHash<QString, QString> m_printers;
    QPointer<ActionDialog> m_dialog;
};

} // namespace OneWindow
