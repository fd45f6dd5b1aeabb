#include "inbox/InboxWorkspace.h"

#include "cases/CaseDetailView.h"
#include "cases/CasePanel.h"
#include "common/Clock.h"
#include "common/ListAndDetail.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "inbox/FileLookupDialog.h"
#include "models/InboxModel.h"
#include "security/Permission.h"
#include "services/AppServices.h"
#include "storage/ChangeNotifier.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace OneWindow {

InboxWorkspace::InboxWorkspace(AppServices &services, const Session &session, QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("inboxWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    if (Permission::can(session, Capability::ReleaseAnyStep)) {
        // A supervisor looks into any department's inbox.
        m_department = new QComboBox(this);
        m_department->setObjectName(QStringLiteral("inboxDepartment"));
        m_department->addItem(tr("全部部门"), QString());
        QStringList departments;
        for (const FormTemplate &t : services.catalogue().templates())
            for (const QString &d : t.departments())
                if (!departments.contains(d))
                    departments << d;
        for (const QString &d : std::as_const(departments))
            m_department->addItem(d, d);
        filters->addWidget(new QLabel(tr("部门"), this));
        filters->addWidget(m_department);
        connect(m_department, &QComboBox::currentIndexChanged, this, &InboxWorkspace::refresh);
    } else {
        auto *department = new QLabel(tr("%1 待办").arg(session.department), this);
        department->setObjectName(QStringLiteral("inboxDepartment"));
        Theme::setTextRole(department, Theme::TextRole::Section);
        filters->addWidget(department);
    }
    m_mine = new QCheckBox(tr("只看我认领的"), this);
    m_mine->setObjectName(QStringLiteral("inboxMineOnly"));
    m_overdue = new QCheckBox(tr("只看超期"), this);
    m_overdue->setObjectName(QStringLiteral("inboxOverdueOnly"));
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);
    connect(m_mine, &QCheckBox::toggled, this, &InboxWorkspace::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &InboxWorkspace::refresh);

    auto *splitter = new ListAndDetail(this);
    m_model = new InboxModel(this);
    m_view = splitter->list();
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_model);
    m_panel = new CasePanel(services.workflow(), services.catalogue(), services.clock(), session,
                            splitter);
    m_panel->setDocuments(&services.documents(), services.counter().printers);
    splitter->setDetail(m_panel);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openRow(current.row()); });
    connect(m_panel, &CasePanel::changed, this, [this] { refresh(); });

    auto *reload = new QAction(Theme::icon(QStringLiteral("refresh-cw")), tr("刷新 (F5)"), this);
    reload->setObjectName(QStringLiteral("refreshInboxAction"));
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &InboxWorkspace::refresh);
    m_actions << reload;
    if (Permission::can(session, Capability::OpenFileWithPurpose)) {
        auto *lookup =
            new QAction(Theme::icon(QStringLiteral("folder-search")), tr("查阅档案…"), this);
        lookup->setObjectName(QStringLiteral("lookupFileAction"));
        connect(lookup, &QAction::triggered, this, [this] {
            auto *dialog = new FileLookupDialog(m_services.caseFiles(), m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        m_actions << lookup;
    }

    if (ChangeNotifier *changes = services.changes())
        connect(changes, &ChangeNotifier::changed, this, &InboxWorkspace::onSharedChange);
    refresh();
}

QString InboxWorkspace::title() const
{
    return tr("部门待办");
}

void InboxWorkspace::entered()
{
    refresh();
}

void InboxWorkspace::refresh()
{
    // Keep the row the officer is on, wherever it moved.
    QString caseNumber;
    qint64 stepId = 0;
    if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
        caseNumber = current.data(InboxModel::CaseNumberRole).toString();
        stepId = current.data(InboxModel::StepIdRole).toLongLong();
    }
    DepartmentInbox::Filter filter;
    filter.department = m_department ? m_department->currentData().toString() : QString();
    filter.mineOnly = m_mine->isChecked();
    filter.overdueOnly = m_overdue->isChecked();
    const DepartmentInbox &inbox = m_services.inbox();
    const Session session = m_session;
    const QDate today = m_services.clock().today();
    m_model->reset(
        [&inbox, filter, session, today](int offset, int limit) mutable {
            filter.offset = offset;
            filter.limit = limit;
            return inbox.page(filter, session, today);
        },
        [&inbox, today](const SubCase &step) { return inbox.urgency(step, today); });
    if (!m_model->lastError().code.isEmpty())
        m_count->setText(UserMessages::error(m_model->lastError()));
    else
        m_count->setText(m_model->canFetchMore({}) ? tr("前 %1 项").arg(m_model->rowCount())
                                                   : tr("共 %1 项").arg(m_model->rowCount()));
    const int row = m_model->rowOf(caseNumber, stepId);
    if (row >= 0)
        m_view->selectRow(row);
    else if (caseNumber.isEmpty() || m_panel->caseNumber().isEmpty())
        m_panel->clear();
    else
        m_panel->reload(); // it left the inbox (decided): still shown, as it now is
}

void InboxWorkspace::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const InboxItem &item = m_model->itemAt(row);
    if (m_panel->caseNumber() != item.caseNumber || !m_panel->view()->selectStep(item.step.id)) {
        if (m_panel->open(item.caseNumber))
            m_panel->view()->selectStep(item.step.id);
    }
}

void InboxWorkspace::onSharedChange(const QString &topic, const QString &key)
{
    // "*": the notifier listens again after an outage; anything may have changed.
    if (topic == QLatin1String(ChangeNotifier::kAnything)) {
        refresh();
        return;
    }
    if (topic != QLatin1String(ChangeNotifier::kSubCases) &&
        topic != QLatin1String(ChangeNotifier::kCases))
        return;
    const QString department =
        m_department ? m_department->currentData().toString() : m_session.department;
    if (topic == QLatin1String(ChangeNotifier::kSubCases) && !department.isEmpty() &&
        key != department)
        return;
    refresh();
}

} // namespace OneWindow
