#include "users/UsersWorkspace.h"

#include "common/Clock.h"
#include "common/RoleText.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "security/UserAdminService.h"
#include "services/AppServices.h"
#include "users/AccountDialog.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OneWindow {

UsersWorkspace::UsersWorkspace(AppServices &services, const Session &session, QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(Theme::icon(QStringLiteral("plus")), tr("新建账号"), this);
    create->setObjectName(QStringLiteral("createAccountButton"));
    m_toggle = new QPushButton(Theme::icon(QStringLiteral("x")), tr("停用"), this);
    m_toggle->setObjectName(QStringLiteral("toggleAccountButton"));
    auto *reset = new QPushButton(Theme::icon(QStringLiteral("lock")), tr("重置密码"), this);
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *role = new QPushButton(Theme::icon(QStringLiteral("settings")), tr("修改角色"), this);
    role->setObjectName(QStringLiteral("changeRoleButton"));
    for (QPushButton *b : {create, m_toggle, reset, role})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("用户名"), tr("姓名"), tr("角色"), tr("部门"), tr("状态"), tr("密码")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *rules = new QGroupBox(tr("大厅规则"), this);
    auto *form = new QFormLayout(rules);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // numbers, not lines of text
    m_failures = new QSpinBox(rules);
    m_failures->setObjectName(QStringLiteral("maxFailuresSpin"));
    m_failures->setRange(1, 20);
    m_minutes = new QSpinBox(rules);
    m_minutes->setObjectName(QStringLiteral("lockoutMinutesSpin"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" 分钟"));
    m_sample = new QSpinBox(rules);
    m_sample->setObjectName(QStringLiteral("samplePercentSpin"));
    m_sample->setRange(0, 100);
    m_sample->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("连续密码错误次数（锁定账号）"), m_failures);
    form->addRow(tr("锁定时长"), m_minutes);
    form->addRow(tr("普通办件随机抽查比例"), m_sample);
    m_followUpDays = new QSpinBox(rules);
    m_followUpDays->setObjectName(QStringLiteral("followUpDaysSpin"));
    m_followUpDays->setRange(1, 30);
    m_followUpDays->setSuffix(tr(" 个工作日"));
    form->addRow(tr("差评整改期限"), m_followUpDays);
    auto *save = new QPushButton(Theme::icon(QStringLiteral("save")), tr("保存规则"), rules);
    save->setObjectName(QStringLiteral("saveRulesButton"));
    form->addRow(QString(), save);
    // Where the receipts' QR codes point (the tracking page), the same at every counter.
    m_trackerUrl = new QLineEdit(rules);
    m_trackerUrl->setObjectName(QStringLiteral("trackerBaseUrlEdit"));
    m_trackerUrl->setPlaceholderText(QStringLiteral("https://"));
    m_trackerUrl->setMinimumWidth(320);
    form->addRow(tr("办件查询页地址（回执二维码）"), m_trackerUrl);
    auto *saveUrl = new QPushButton(Theme::icon(QStringLiteral("save")), tr("保存地址"), rules);
    saveUrl->setObjectName(QStringLiteral("saveTrackerUrlButton"));
    form->addRow(QString(), saveUrl);
    layout->addWidget(rules);

    connect(create, &QPushButton::clicked, this, &UsersWorkspace::create);
    connect(m_toggle, &QPushButton::clicked, this, &UsersWorkspace::toggleActive);
    connect(reset, &QPushButton::clicked, this, &UsersWorkspace::resetPassword);
    connect(role, &QPushButton::clicked, this, &UsersWorkspace::changeRole);
    connect(save, &QPushButton::clicked, this, &UsersWorkspace::saveSettings);
    connect(saveUrl, &QPushButton::clicked, this, &UsersWorkspace::saveTrackerUrl);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool active = row >= 0 && m_table->item(row, 4)->data(Qt::UserRole).toBool();
        m_toggle->setText(active ? tr("停用") : tr("启用"));
    });
    refresh();
}

QString UsersWorkspace::title() const
{
    return tr("账号管理");
}

void UsersWorkspace::entered()
{
    refresh();
}

void UsersWorkspace::refresh()
{
    const QString keep = selectedLogin();
    auto accounts = m_services.users().list(m_session);
    m_table->setRowCount(0);
    if (!accounts) {
        showResult(UserMessages::error(accounts.error()), false);
        return;
    }
    const QDateTime now = m_services.clock().now();
    for (const UserAccount &a : accounts.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString state = a.active ? tr("启用") : tr("已停用");
        if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state += tr("（锁定至 %1）")
                         .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        const QStringList cells = {a.username,
                                   a.displayName,
                                   RoleText::text(a.role),
                                   a.department,
                                   state,
                                   a.mustChangePassword ? tr("一次性密码，待修改") : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, 4)->setData(Qt::UserRole, a.active);
        if (a.username == keep)
            m_table->selectRow(row);
    }
    auto rules = m_services.hallSettings();
    if (rules) {
        m_failures->setValue(rules->maxFailedSignIns);
        m_minutes->setValue(rules->lockoutMinutes);
        m_sample->setValue(rules->reviewSamplePercent);
        m_followUpDays->setValue(rules->followUpDays);
    }
    if (auto url = m_services.trackerBaseUrl())
        m_trackerUrl->setText(url.value());
}

QString UsersWorkspace::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void UsersWorkspace::showResult(const QString &text, bool ok)
{
    Theme::setTone(m_message, ok ? Theme::Tone::Success : Theme::Tone::Problem);
    m_message->setText(text);
}

void UsersWorkspace::showOneTime(const QString &login, const QString &password)
{
    // Shown once, here: it is stored only as a hash.
    showResult(
        tr("%1 的一次性密码：%2（首次登录时须修改；此密码只显示这一次）").arg(login, password),
        true);
}

void UsersWorkspace::create()
{
    AccountDialog dialog(true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    UserAdminService::NewAccount a;
    a.username = dialog.login();
    a.displayName = dialog.displayName();
    a.role = dialog.role();
    a.department = dialog.department();
    auto created = m_services.users().create(a, {}, true, m_session);
    if (!created) {
        showResult(UserMessages::error(created.error()), false);
        return;
    }
    refresh();
    showOneTime(a.username.trimmed(), created.value());
}

void UsersWorkspace::toggleActive()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const bool active = m_table->item(m_table->currentRow(), 4)->data(Qt::UserRole).toBool();
    const Status s = m_services.users().setActive(login, !active, m_session);
    if (!s) {
        showResult(UserMessages::error(s.error()), false);
        return;
    }
    refresh();
    showResult(active ? tr("已停用 %1。").arg(login) : tr("已启用 %1。").arg(login), true);
}

void UsersWorkspace::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    auto reset = m_services.users().resetPassword(login, m_session);
    if (!reset) {
        showResult(UserMessages::error(reset.error()), false);
        return;
    }
    refresh();
    showOneTime(login, reset.value());
}

void UsersWorkspace::changeRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    AccountDialog dialog(false, this);
    dialog.setDepartment(m_table->item(m_table->currentRow(), 3)->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s =
        m_services.users().setRole(login, dialog.role(), dialog.department(), m_session);
    if (!s) {
        showResult(UserMessages::error(s.error()), false);
        return;
    }
    refresh();
    showResult(tr("已修改 %1 的角色。").arg(login), true);
}

void UsersWorkspace::saveSettings()
{
    HallSettings::Values v;
    v.maxFailedSignIns = m_failures->value();
    v.lockoutMinutes = m_minutes->value();
    v.reviewSamplePercent = m_sample->value();
    v.followUpDays = m_followUpDays->value();
    const Status s = m_services.saveHallSettings(v, m_session);
    showResult(s ? tr("规则已保存。") : UserMessages::error(s.error()), s.ok());
}

void UsersWorkspace::saveTrackerUrl()
{
    const Status s = m_services.setTrackerBaseUrl(m_trackerUrl->text(), m_session);
    if (s)
        if (auto url = m_services.trackerBaseUrl())
            m_trackerUrl->setText(url.value());
    showResult(s ? tr("地址已保存，此后打印的回执二维码指向该地址。")
                 : UserMessages::error(s.error()),
               s.ok());
}

} // namespace OneWindow
