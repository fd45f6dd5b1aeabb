#include "review/ReviewWorkspace.h"

#include "cases/CaseDetailView.h"
#include "cases/CasePanel.h"
#include "common/Clock.h"
#include "common/ListAndDetail.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "models/ReviewModel.h"
#include "review/FollowUpsDialog.h"
#include "review/ReviewService.h"
#include "services/AppServices.h"
#include "storage/ChangeNotifier.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace OneWindow {

ReviewWorkspace::ReviewWorkspace(AppServices &services, const Session &session, QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reviewKind"));
    m_kind->addItem(tr("全部类别"), QString());
    // Every kind the queue can hold (ReviewItem.h), so each can be chosen alone.
    for (const char *kind :
         {"manual-identity", "e-id-only", "unverified-identity", "card-problem", "override",
          "fee-waiver", "refusal", "file-returned", "non-acceptance", "reopen",
          "overdue-commitment", "overdue-follow-up", "purpose-opening", "sample"})
        m_kind->addItem(ReviewModel::kindText(QLatin1String(kind)), QLatin1String(kind));
    m_decided = new QCheckBox(tr("包括已复核"), this);
    m_decided->setObjectName(QStringLiteral("reviewShowDecided"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    filters->addWidget(new QLabel(tr("类别"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_decided);
    filters->addStretch();
    filters->addWidget(m_count);
    layout->addLayout(filters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::chooseKind);
    connect(m_decided, &QCheckBox::toggled, this, &ReviewWorkspace::refresh);

    // Decisions first: until confirmed, nothing reaches the citizen.
    m_scope = new QTabBar(this);
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->addTab(Theme::icon(QStringLiteral("stamp")), tr("待确认的决定"));
    m_scope->addTab(Theme::icon(QStringLiteral("check-check")), tr("事后复核"));
    m_scope->setExpanding(false);
    layout->addWidget(m_scope);
    connect(m_scope, &QTabBar::currentChanged, this, &ReviewWorkspace::refresh);

    auto *splitter = new ListAndDetail(this);
    m_model = new ReviewModel(this);
    m_view = splitter->list();
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setModel(m_model);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_about = new QLabel(side);
    m_about->setObjectName(QStringLiteral("reviewAbout"));
    m_about->setWordWrap(true);
    Theme::setTextRole(m_about, Theme::TextRole::Section);
    sideLayout->addWidget(m_about);
    auto *decision = new QHBoxLayout;
    m_comment = new QPlainTextEdit(side);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("复核意见（退回时必填）"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    decision->addWidget(m_comment, 1);
    m_approve = new QPushButton(Theme::icon(QStringLiteral("check")), tr("通过"), side);
    m_approve->setObjectName(QStringLiteral("reviewApproveButton"));
    m_return = new QPushButton(Theme::icon(QStringLiteral("arrow-left")), tr("退回"), side);
    m_return->setObjectName(QStringLiteral("reviewReturnButton"));
    decision->addWidget(m_approve);
    decision->addWidget(m_return);
    sideLayout->addLayout(decision);
    m_why = new QLabel(side);
    m_why->setObjectName(QStringLiteral("reviewWhy"));
    m_why->setWordWrap(true);
    sideLayout->addWidget(m_why);
    m_panel =
        new CasePanel(services.workflow(), services.catalogue(), services.clock(), session, side);
    sideLayout->addWidget(m_panel, 1);
    splitter->setDetail(side);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openRow(current.row()); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(false); });

    auto *reload = new QAction(Theme::icon(QStringLiteral("refresh-cw")), tr("刷新 (F5)"), this);
    reload->setObjectName(QStringLiteral("refreshReviewAction"));
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &ReviewWorkspace::refresh);
    m_actions << reload;
    // 差评整改: the follow-ups poor ratings opened, to call back and close.
    auto *followUps =
        new QAction(Theme::icon(QStringLiteral("list-checks")), tr("差评整改…"), this);
    followUps->setObjectName(QStringLiteral("followUpsAction"));
    connect(followUps, &QAction::triggered, this, [this] {
        auto *dialog =
            new FollowUpsDialog(m_services.ratings(), m_session, m_services.clock().today(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_actions << followUps;
    if (ChangeNotifier *changes = services.changes())
        connect(changes, &ChangeNotifier::changed, this, [this](const QString &topic) {
            if (topic == QLatin1String(ChangeNotifier::kReview) ||
                topic == QLatin1String(ChangeNotifier::kAnything))
                refresh();
        });
    refresh();
}

QString ReviewWorkspace::title() const
{
    return tr("复核");
}

void ReviewWorkspace::entered()
{
    refresh();
}

void ReviewWorkspace::chooseKind()
{
    // A kind belongs to one of the lists: show that one.
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty()) {
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(ReviewItem::isDecisionKind(kind) ? DecisionsTab : ReviewsTab);
    }
    refresh();
}

void ReviewWorkspace::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 keep = current.isValid() ? current.data(ReviewModel::ItemIdRole).toLongLong() : 0;
    const bool openOnly = !m_decided->isChecked();
    const QString kind = m_kind->currentData().toString();
    ReviewService &review = m_services.review();
    // Both lists' open counts on their tabs; the chosen one in the table.
    auto decisions = review.queue(ReviewScope::Decisions, openOnly, kind, 200, 0, m_session);
    auto reviews = review.queue(ReviewScope::AfterTheFact, openOnly, kind, 200, 0, m_session);
    if (!decisions || !reviews) {
        m_count->setText(UserMessages::error(!decisions ? decisions.error() : reviews.error()));
        m_model->setItems({});
        openRow(-1);
        return;
    }
    m_scope->setTabText(DecisionsTab, tr("待确认的决定（%1）").arg(decisions->size()));
    m_scope->setTabText(ReviewsTab, tr("事后复核（%1）").arg(reviews->size()));
    m_scope->setTabToolTip(DecisionsTab,
                           tr("不予受理、不予许可、退件、减免收费：值班长确认前不生效，"
                              "不出具文书，办件不办结"));
    m_scope->setTabToolTip(ReviewsTab, tr("手工录入身份、电子证照核验、证件问题、随机抽查等："
                                          "已经办理，事后复核"));
    m_model->setItems(m_scope->currentIndex() == DecisionsTab ? decisions.value()
                                                              : reviews.value());
    m_count->setText(tr("共 %1 项").arg(m_model->rowCount()));
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        openRow(-1);
}

void ReviewWorkspace::openRow(int row)
{
    m_comment->clear();
    if (row < 0 || row >= m_model->rowCount()) {
        m_about->setText(tr("没有待复核的事项。"));
        m_panel->clear();
        m_approve->setEnabled(false);
        m_return->setEnabled(false);
        m_why->clear();
        return;
    }
    const ReviewItem &item = m_model->itemAt(row);
    m_about->setText(
        tr("%1 · %2 · %3").arg(ReviewModel::kindText(item.kind), item.makerName, item.detail));
    // A decision is confirmed (it takes effect) or sent back to its maker to redo.
    m_approve->setText(item.isDecision() ? tr("确认") : tr("通过"));
    m_return->setText(item.isDecision() ? tr("退回重办") : tr("退回"));
    m_approve->setToolTip(item.isDecision() ? tr("确认后决定生效，方可出具文书") : QString());
    // The item beside what it is about: a refusal or 退件 on its step.
    if (item.caseId != 0 && !item.subject.isEmpty()) {
        if (m_panel->open(item.subject) && item.stepId != 0)
            m_panel->view()->selectStep(item.stepId);
    } else
        m_panel->clear();
    const Status may = m_services.review().mayDecide(item, m_session);
    m_approve->setEnabled(may.ok());
    m_return->setEnabled(may.ok());
    m_why->setText(may ? QString() : UserMessages::error(may.error()));
}

void ReviewWorkspace::decide(bool approve)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Status done =
        m_services.review().decide(current.data(ReviewModel::ItemIdRole).toLongLong(), approve,
                                   m_comment->toPlainText(), m_session);
    if (!done) {
        m_why->setText(UserMessages::error(done.error()));
        return;
    }
    const bool decision = m_model->itemAt(current.row()).isDecision();
    Q_EMIT statusMessage(approve ? (decision ? tr("决定已确认，即时生效。") : tr("已通过复核。"))
                                 : (decision ? tr("已退回经办人重办。") : tr("已退回。")),
                         5000);
    refresh();
}

} // namespace OneWindow
