#include "cases/CasePanel.h"

#include "cases/ActionDialog.h"
#include "cases/CaseDetailView.h"
#include "common/CaseStateText.h"
#include "common/Clock.h"
#include "common/UserMessages.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseStateMachine.h"
#include "workflow/CaseWorkflowService.h"

#include <QLabel>
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
    layout->addWidget(m_message);
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
}

bool CasePanel::open(const QString &caseNumber)
{
    auto loaded = m_workflow.load(caseNumber, m_session);
    if (!loaded) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(loaded.error().code == QLatin1String("not-found")
                               ? tr("没有找到办件 %1。").arg(caseNumber)
                               : UserMessages::error(loaded.error()));
        m_message->show();
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
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(UserMessages::error(done.error()));
        m_message->show();
        reload(); // show the case as it stands now
        m_view->setFocus();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(tr("已%1：%2").arg(CaseStateText::text(request.action), m_caseNumber));
    m_message->show();
    reload();
    m_view->setFocus(); // the keyboard stays with the case, whatever button went
    Q_EMIT changed(m_caseNumber, request.action);
}

} // namespace OneWindow
