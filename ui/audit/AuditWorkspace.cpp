#include "audit/AuditWorkspace.h"

#include "audit/AuditVerifyJob.h"
#include "common/AuditActionText.h"
#include "common/Clock.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "models/AuditEventModel.h"
#include "security/Permission.h"
#include "services/AppServices.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace OneWindow {

namespace {

QComboBox *editableCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(10);
    return combo;
}

// The key of a combo's choice: the item's data when one is chosen, else what was typed.
QString comboKey(const QComboBox *combo)
{
    const QString typed = combo->currentText().trimmed();
    const int i = combo->findText(typed);
    if (i >= 0 && combo->itemData(i).isValid())
        return combo->itemData(i).toString();
    return typed;
}

} // namespace

AuditWorkspace::AuditWorkspace(AppServices &services, const Session &session, QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("auditWorkspace"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("auditIdNumber"));
    m_idNumber->setPlaceholderText(tr("公民身份号码"));
    m_idNumber->setMaxLength(18);
    m_caseNumber = new QLineEdit(this);
    m_caseNumber->setObjectName(QStringLiteral("auditCaseNumber"));
    m_caseNumber->setPlaceholderText(tr("办件编号"));
    m_user = editableCombo(QStringLiteral("auditUser"), this);
    m_counter = editableCombo(QStringLiteral("auditCounter"), this);
    m_action = editableCombo(QStringLiteral("auditAction"), this);
    filters->addWidget(new QLabel(tr("群众"), this), 0, 0);
    filters->addWidget(m_idNumber, 0, 1);
    filters->addWidget(new QLabel(tr("办件"), this), 0, 2);
    filters->addWidget(m_caseNumber, 0, 3);
    filters->addWidget(new QLabel(tr("用户"), this), 0, 4);
    filters->addWidget(m_user, 0, 5);
    filters->addWidget(new QLabel(tr("窗口"), this), 1, 0);
    filters->addWidget(m_counter, 1, 1);
    filters->addWidget(new QLabel(tr("操作"), this), 1, 2);
    filters->addWidget(m_action, 1, 3);

    const QDateTime now = services.clock().now().toLocalTime();
    m_fromEnabled = new QCheckBox(tr("从"), this);
    m_fromEnabled->setObjectName(QStringLiteral("auditFromEnabled"));
    m_from = new QDateTimeEdit(QDateTime(now.date().addDays(-7), QTime(0, 0)), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setEnabled(false);
    m_toEnabled = new QCheckBox(tr("至"), this);
    m_toEnabled->setObjectName(QStringLiteral("auditToEnabled"));
    m_to = new QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(0, 0)), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setEnabled(false);
    // Room for the whole date and time beside the calendar button.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2026-11-24 10:00")) + 48;
    m_from->setMinimumWidth(dateWidth);
    m_to->setMinimumWidth(dateWidth);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *time = new QHBoxLayout;
    time->addWidget(m_fromEnabled);
    time->addWidget(m_from);
    time->addWidget(m_toEnabled);
    time->addWidget(m_to);
    filters->addLayout(time, 1, 4, 1, 2);

    auto *search = new QPushButton(tr("查询"), this);
    search->setObjectName(QStringLiteral("auditSearch"));
    search->setDefault(true);
    auto *clear = new QPushButton(tr("清除条件"), this);
    clear->setObjectName(QStringLiteral("auditClear"));
    filters->addWidget(search, 0, 6);
    filters->addWidget(clear, 1, 6);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);
    connect(search, &QPushButton::clicked, this, &AuditWorkspace::search);
    connect(clear, &QPushButton::clicked, this, &AuditWorkspace::clearFilter);
    for (QLineEdit *edit : {m_idNumber, m_caseNumber})
        connect(edit, &QLineEdit::returnPressed, this, &AuditWorkspace::search);

    m_model = new AuditEventModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditEventModel::Detail, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *paging = new QHBoxLayout;
    m_previous = new QPushButton(tr("上一页"), this);
    m_previous->setObjectName(QStringLiteral("auditPrevious"));
    m_next = new QPushButton(tr("下一页"), this);
    m_next->setObjectName(QStringLiteral("auditNext"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    Theme::setTone(m_message, Theme::Tone::Problem);
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel);
    paging->addWidget(m_next);
    paging->addWidget(m_message, 1);
    if (Permission::can(session, Capability::ExportAudit)) {
        m_export = new QPushButton(tr("导出 CSV…"), this);
        m_export->setObjectName(QStringLiteral("auditExport"));
        m_export->setToolTip(
            tr("导出当前条件下的全部事件；身份证号、手机号打码；导出本身记入审计日志"));
        paging->addWidget(m_export);
        connect(m_export, &QPushButton::clicked, this, &AuditWorkspace::exportCsv);
    }
    layout->addLayout(paging);
    connect(m_previous, &QPushButton::clicked, this, &AuditWorkspace::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditWorkspace::nextPage);

    auto *chain = new QHBoxLayout;
    m_chainState = new QLabel(this);
    m_chainState->setObjectName(QStringLiteral("auditChainState"));
    m_chainState->setWordWrap(true);
    m_verify = new QPushButton(tr("校验审计链"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditVerifyProgress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("取消校验"), this);
    m_cancel->setObjectName(QStringLiteral("auditVerifyCancel"));
    m_cancel->setVisible(false);
    chain->addWidget(m_chainState, 1);
    chain->addWidget(m_progress);
    chain->addWidget(m_cancel);
    chain->addWidget(m_verify);
    layout->addLayout(chain);
    connect(m_verify, &QPushButton::clicked, this, &AuditWorkspace::verifyChain);
    connect(m_cancel, &QPushButton::clicked, this, &AuditWorkspace::cancelVerify);

    auto *reload = new QAction(Theme::icon(QStringLiteral("refresh-cw")), tr("刷新 (F5)"), this);
    reload->setObjectName(QStringLiteral("refreshAuditAction"));
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &AuditWorkspace::search);
    m_actions << reload;
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

AuditWorkspace::~AuditWorkspace() = default;

QString AuditWorkspace::title() const
{
    return tr("审计日志");
}

void AuditWorkspace::entered()
{
    // Nothing is read (or audited as read) until the workspace is looked at.
    if (m_loaded)
        return;
    m_loaded = true;
    loadChoices();
    search();
}

AuditFilter AuditWorkspace::filter() const
{
    AuditFilter f;
    f.idNumber = m_idNumber->text().trimmed();
    f.caseNumber = m_caseNumber->text().trimmed();
    f.user = comboKey(m_user);
    f.counter = comboKey(m_counter);
    f.action = comboKey(m_action);
    if (m_fromEnabled->isChecked())
        f.from = m_from->dateTime();
    if (m_toEnabled->isChecked())
        f.to = m_to->dateTime();
    return f;
}

void AuditWorkspace::loadChoices()
{
    const AuditQuery &query = m_services.auditQuery();
    const auto fill = [&](QComboBox *combo, AuditQuery::Column column, bool words) {
        combo->clear();
        combo->addItem(QString(), QString());
        auto values = query.values(column, m_session);
        if (!values)
            return;
        for (const QString &v : values.value())
            combo->addItem(words ? tr("%1（%2）").arg(AuditActionText::text(v), v) : v, v);
    };
    fill(m_user, AuditQuery::Column::User, false);
    fill(m_counter, AuditQuery::Column::Counter, false);
    fill(m_action, AuditQuery::Column::Action, true);
}

void AuditWorkspace::search()
{
    m_loaded = true;
    m_shownFilter = filter();
    m_pageStarts.clear();
    loadPage({});
    showCheckpoint();
}

void AuditWorkspace::clearFilter()
{
    m_idNumber->clear();
    m_caseNumber->clear();
    for (QComboBox *c : {m_user, m_counter, m_action})
        c->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    search();
}

void AuditWorkspace::loadPage(const AuditQuery::Cursor &from)
{
    m_message->clear();
    auto page = m_services.auditQuery().page(m_shownFilter, m_session, from);
    if (!page) {
        m_model->setEvents({});
        m_message->setText(UserMessages::error(page.error()));
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_pageLabel->clear();
        return;
    }
    // Page 1 again (from page 2) starts at its first event: the same rows, and not
    // a new search in the trail.
    if (from.isNull() && !page.value().events.isEmpty()) {
        const AuditEvent &top = page.value().events.constFirst();
        m_pageStarts << AuditQuery::Cursor{top.at, top.id + 1};
    } else {
        m_pageStarts << from;
    }
    m_model->setEvents(page.value().events);
    m_nextStart = page.value().next;
    m_next->setEnabled(page.value().hasMore);
    m_previous->setEnabled(m_pageStarts.size() > 1);
    if (page.value().events.isEmpty())
        m_pageLabel->setText(tr("没有符合条件的事件"));
    else
        m_pageLabel->setText(tr("第 %1 页").arg(m_pageStarts.size()));
}

void AuditWorkspace::nextPage()
{
    if (!m_next->isEnabled())
        return;
    loadPage(m_nextStart);
}

void AuditWorkspace::previousPage()
{
    if (m_pageStarts.size() < 2)
        return;
    m_pageStarts.removeLast();
    const AuditQuery::Cursor start = m_pageStarts.takeLast();
    loadPage(start);
}

void AuditWorkspace::showCheckpoint()
{
    if (m_job && m_job->isRunning())
        return;
    auto head = m_services.auditQuery().checkpoint(m_session);
    if (!head) {
        Theme::setTone(m_chainState, Theme::Tone::Problem);
        m_chainState->setText(UserMessages::error(head.error()));
        return;
    }
    const AuditHead &h = head.value();
    Theme::setTone(m_chainState, Theme::Tone::Normal);
    if (h.events == 0)
        m_chainState->setText(tr("审计链：尚无事件。"));
    else
        m_chainState->setText(tr("审计链：共 %1 条事件，最后一条为第 %2 条（%3）%4。尚未校验。")
                                  .arg(h.events)
                                  .arg(h.lastId)
                                  .arg(QDateTime::fromString(h.lastAt, Qt::ISODateWithMs)
                                           .toLocalTime()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                  .arg(h.sealed() ? tr("，已用本厅密钥密封") : tr("，尚未密封")));
}

void AuditWorkspace::verifyChain()
{
    if (m_job && m_job->isRunning())
        return;
    auto verifier = m_services.auditQuery().verifier(m_session);
    if (!verifier) {
        Theme::setTone(m_chainState, Theme::Tone::Problem);
        m_chainState->setText(UserMessages::error(verifier.error()));
        return;
    }
    delete m_job;
    m_job = new AuditVerifyJob(verifier.value(), this);
    connect(m_job, &AuditVerifyJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        m_chainState->setText(tr("正在校验审计链：%1 / %2 条事件…").arg(done).arg(total));
    });
    connect(m_job, &AuditVerifyJob::finished, this, &AuditWorkspace::showVerdict);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_verify->setEnabled(false);
    Theme::setTone(m_chainState, Theme::Tone::Normal);
    m_chainState->setText(tr("正在校验审计链…"));
    m_job->start();
}

void AuditWorkspace::cancelVerify()
{
    if (m_job)
        m_job->cancel();
}

void AuditWorkspace::showVerdict(const AuditVerdict &v, const Error &error)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_verify->setEnabled(true);
    if (!error.code.isEmpty()) {
        Theme::setTone(m_chainState, Theme::Tone::Problem);
        m_chainState->setText(tr("无法校验审计链：%1").arg(UserMessages::error(error)));
        Q_EMIT verifyFinished(v);
        return;
    }
    const QString at = QDateTime::fromString(v.badAt, Qt::ISODateWithMs)
                           .toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    switch (v.state) {
    case AuditVerdict::State::Intact: {
        Theme::setTone(m_chainState, Theme::Tone::Success);
        QString text = tr("审计链完整：已校验 %1 条事件。").arg(v.events);
        if (v.legacyEvents > 0)
            text += tr("其中 %1 条写于密封之前，只由哈希链校验。").arg(v.legacyEvents);
        if (!v.keyChecked)
            text += tr("本窗口没有本厅密钥，未校验密钥校验码。");
        m_chainState->setText(text);
        break;
    }
    case AuditVerdict::State::Broken:
        Theme::setTone(m_chainState, Theme::Tone::Problem);
        m_chainState->setText(tr("审计链在第 %1 条事件（%2）处不符：%3")
                                  .arg(v.badId)
                                  .arg(at.isEmpty() ? v.badAt : at, reasonText(v.reason)));
        break;
    case AuditVerdict::State::Unsealed:
        Theme::setTone(m_chainState, Theme::Tone::Problem);
        m_chainState->setText(
            tr("审计链没有密封：%1 条事件都没有密钥校验码，从第 %2 条起无法证明"
               "未被改动。若这是启用本厅密钥之前的日志，请管理员核对后用 "
               "onewindow-cli audit seal 密封；若本厅曾经密封过，说明日志被人改写。")
                .arg(v.events)
                .arg(v.badId));
        break;
    case AuditVerdict::State::Cancelled:
        Theme::setTone(m_chainState, Theme::Tone::Normal);
        m_chainState->setText(tr("校验已取消（已校验 %1 条事件）。").arg(v.events));
        break;
    }
    Q_EMIT verifyFinished(v);
}

QString AuditWorkspace::reasonText(const QString &r)
{
    if (r == QLatin1String("changed"))
        return tr("该事件的内容被改动过。");
    if (r == QLatin1String("chain"))
        return tr("该事件与前一条事件接不上：之前有事件被删除，或有事件被插入、调换了顺序。");
    if (r == QLatin1String("mac-missing"))
        return tr("该事件缺少密钥校验码，而审计链在它之前已经密封。");
    if (r == QLatin1String("mac"))
        return tr("该事件的密钥校验码不符：它是伪造的，或从这里起整条链被重新计算过。");
    if (r == QLatin1String("after-checkpoint"))
        return tr("该事件在检查点之后，是绕过本程序追加的。");
    if (r == QLatin1String("tail-cut"))
        return tr("检查点记录的最后几条事件不见了：日志末尾被删除。");
    if (r == QLatin1String("checkpoint"))
        return tr("检查点与本厅密钥或事件不符：密钥不对，或检查点被改动过。");
    if (r == QLatin1String("checkpoint-missing"))
        return tr("检查点不见了。");
    return r;
}

void AuditWorkspace::exportCsv()
{
    const QString suggested =
        QStringLiteral("audit-%1.csv")
            .arg(m_services.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出审计日志"), suggested, tr("CSV 文件 (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditWorkspace::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->setText(tr("无法写入 %1：%2").arg(path, file.errorString()));
        return false;
    }
    // A long trail takes a while: say how far it got, and let it be cancelled.
    QProgressDialog progress(tr("正在导出审计日志…"), tr("取消"), 0, 0, this);
    progress.setObjectName(QStringLiteral("auditExportProgress"));
    progress.setWindowTitle(tr("导出审计日志"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto written =
        m_services.auditQuery().exportCsv(m_shownFilter, m_session, file, [&progress](qint64 rows) {
            progress.setLabelText(tr("正在导出审计日志：已写入 %1 条事件…").arg(rows));
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!written) {
        // Not audited, not kept: the file never appears.
        file.cancelWriting();
        m_message->setText(UserMessages::error(written.error()));
        return false;
    }
    if (!file.commit()) {
        m_message->setText(tr("无法写入 %1：%2").arg(path, file.errorString()));
        return false;
    }
    m_message->clear();
    Q_EMIT statusMessage(tr("已导出 %1 条事件到 %2").arg(written.value()).arg(path), 8000);
    return true;
}

} // namespace OneWindow
