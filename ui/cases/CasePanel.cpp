#include "cases/CasePanel.h"

#include "cases/ActionDialog.h"
#include "cases/CaseDetailView.h"
#include "common/CaseStateText.h"
#include "common/Clock.h"
#include "common/DocumentKindText.h"
#include "common/ReceiptPreviewDialog.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "documents/DocumentService.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseStateMachine.h"
#include "workflow/CaseWorkflowService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneWindow {

CasePanel::CasePanel(CaseWorkflowService &workflow, const TemplateCatalogue &catalogue,
                     const Clock &clock, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("casePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("casePanelMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    m_documentsButton = new QPushButton(Theme::icon(QStringLiteral("file-text")), tr("文书"), this);
    m_documentsButton->setObjectName(QStringLiteral("caseDocumentsButton"));
    m_documentsButton->setToolTip(tr("打印本办件的文书：从已保存的办件生成，再次打印标注“补打”"));
    m_documentsMenu = new QMenu(m_documentsButton);
    m_documentsMenu->setObjectName(QStringLiteral("caseDocumentsMenu"));
    m_documentsButton->setMenu(m_documentsMenu);
    m_documentsButton->hide(); // until the panel has the documents service
    top->addWidget(m_documentsButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(top);
    m_view = new CaseDetailView(this);
    layout->addWidget(m_view, 1);
    connect(m_view, &CaseDetailView::actionRequested, this, &CasePanel::request);
}

const CaseSnapshot &CasePanel::snapshot() const
{
    return m_view->snapshot();
}

void CasePanel::clear()
{
    m_caseNumber.clear();
    m_view->clear();
    m_message->hide();
    m_documentsMenu->clear();
    m_documentsButton->setEnabled(false);
}

void CasePanel::setDocuments(DocumentService *documents, const QHash<QString, QString> &printers)
{
    m_documents = documents;
    m_printers = printers;
    m_documentsButton->setVisible(documents != nullptr);
    updateDocuments();
}

void CasePanel::showMessage(const QString &text, bool ok)
{
    Theme::setTone(m_message, ok ? Theme::Tone::Success : Theme::Tone::Problem);
    m_message->setText(text);
    m_message->show();
}

void CasePanel::updateDocuments()
{
    m_documentsMenu->clear();
    if (!m_documents || m_caseNumber.isEmpty()) {
        m_documentsButton->setEnabled(false);
        return;
    }
    // Only the papers that apply to the case as it stands now.
    const CaseSnapshot &s = m_view->snapshot();
    for (DocumentKind kind : DocumentKinds::all()) {
        if (!DocumentKinds::belongsToCase(kind))
            continue;
        auto issued = m_documents->wasIssued(s, kind);
        if (!issued)
            continue;
        const bool reprint = issued.value();
        const QString title = DocumentKindText::text(kind);
        QAction *a = m_documentsMenu->addAction(reprint ? tr("补打《%1》").arg(title)
                                                        : tr("打印《%1》").arg(title));
        a->setObjectName(QStringLiteral("document_") + DocumentKinds::key(kind));
        connect(a, &QAction::triggered, this,
                [this, kind, reprint] { printDocument(kind, reprint); });
    }
    m_documentsButton->setEnabled(!m_documentsMenu->isEmpty());
}

void CasePanel::printDocument(DocumentKind kind, bool reprint)
{
    auto printed = m_documents->render(m_caseNumber, kind, std::nullopt, reprint, m_session);
    if (!printed) {
        showMessage(tr("文书未能生成：%1").arg(UserMessages::error(printed.error())), false);
        return;
    }
    const QString printer =
        m_printers.value(kind == DocumentKind::Acceptance ? QStringLiteral("receipt")
                                                          : QStringLiteral("notification"));
    auto *preview = ReceiptPreviewDialog::showFor(printed->path, this, printer);
    // Closed: the keyboard is back with the case.
    connect(preview, &QDialog::finished, m_view, [view = m_view] { view->setFocus(); });
    updateDocuments(); // the next print of it is a reprint
}

bool CasePanel::open(const QString &caseNumber)
{
    auto loaded = m_workflow.load(caseNumber, m_session);
    if (!loaded) {
        showMessage(loaded.error().code == QLatin1String("not-found")
                        ? tr("没有找到办件 %1。").arg(caseNumber)
                        : UserMessages::error(loaded.error()),
                    false);
        return false;
    }
    if (caseNumber != m_caseNumber)
        m_message->hide();
    m_caseNumber = caseNumber;
    const CaseSnapshot &s = loaded.value();
    QHash<qint64, QList<CaseAction>> actions;
    actions.insert(0, CaseStateMachine::allowedActions(s, 0, m_session));
    for (const SubCase &step : s.record.subCases)
        actions.insert(step.id, CaseStateMachine::allowedActions(s, step.id, m_session));
    m_view->show(s, m_catalogue.find(s.record.templateId), m_workflow.pausedWorkingDays(s),
                 actions);
    updateDocuments();
    return true;
}

void CasePanel::reload()
{
    if (!m_caseNumber.isEmpty())
        open(m_caseNumber);
}

bool CasePanel::takeCard(const CardIdentity &card)
{
    if (!m_dialog || !m_dialog->isVisible())
        return false;
    m_dialog->takeCard(card);
    return true;
}

void CasePanel::request(CaseAction action, qint64 stepId)
{
    const CaseSnapshot &s = m_view->snapshot();
    if (!ActionDialog::needsInput(action)) {
        ActionRequest r;
        r.action = action;
        r.stepId = stepId;
        r.expectedVersion = s.record.version;
        act(r);
        return;
    }
    // Reopening is the case's action but may name the step the supervisor chose.
    const qint64 step = action == CaseAction::Reopen ? m_view->selectedStep() : stepId;
    m_dialog = new ActionDialog(action, step, s, m_catalogue.find(s.record.templateId),
                                m_clock.today(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { act(dialog->request()); });
    m_dialog->open();
}

void CasePanel::act(const ActionRequest &request)
{
    auto done = m_workflow.act(m_caseNumber, request, m_session);
    if (!done) {
        showMessage(UserMessages::error(done.error()), false);
        reload(); // show the case as it stands now
        m_view->setFocus();
        return;
    }
    // A refusal or a 退件 is a proposal: say who has it now.
    if (request.action == CaseAction::Refuse || request.action == CaseAction::ReturnFile)
        showMessage(tr("%1已报值班长确认，确认前不生效：%2")
                        .arg(CaseStateText::text(request.action), m_caseNumber),
                    true);
    else
        showMessage(tr("已%1：%2").arg(CaseStateText::text(request.action), m_caseNumber), true);
    reload();
    m_view->setFocus(); // the keyboard stays with the case, whatever button went
    Q_EMIT changed(m_caseNumber, request.action);
}

} // namespace OneWindow
