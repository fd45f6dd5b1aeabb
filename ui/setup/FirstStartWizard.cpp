#include "setup/FirstStartWizard.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "security/PasswordPolicy.h"
#include "services/AppServices.h"
#include "templates/TemplateCatalogue.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace OneWindow {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setTone(label, Theme::Tone::Problem);
    return label;
}

QLabel *namedLabel(QWidget *parent, const QString &name, QWidget *buddy = nullptr)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (buddy)
        label->setBuddy(buddy);
    return label;
}

} // namespace

FirstStartWizard::FirstStartWizard(AppServices &services, const Defaults &defaults, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_defaults(defaults)
{
    setObjectName(QStringLiteral("firstStartWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(HallPage, buildHallPage());
    setPage(AdminPage, buildAdminPage());
    setPage(KeyPage, buildKeyPage());
    setPage(TemplatesPage, buildTemplatesPage());
    setPage(DonePage, buildDonePage());
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    retranslate();
}

FirstStartWizard::~FirstStartWizard() = default;

QWizardPage *FirstStartWizard::buildHallPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("hallPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(namedLabel(page, QStringLiteral("hallIntro")));
    auto *form = new QFormLayout;
    m_hallCode = new QLineEdit(m_defaults.hallCode, page);
    m_hallCode->setObjectName(QStringLiteral("hallCodeEdit"));
    m_hallName = new QLineEdit(m_defaults.hallName, page);
    m_hallName->setObjectName(QStringLiteral("hallNameEdit"));
    // The provisioning file names the hall: the wizard shows it and keeps it.
    m_hallCode->setReadOnly(m_defaults.hallLocked);
    m_hallName->setReadOnly(m_defaults.hallLocked);
    form->addRow(namedLabel(page, QStringLiteral("hallCodeLabel"), m_hallCode), m_hallCode);
    form->addRow(namedLabel(page, QStringLiteral("hallNameLabel"), m_hallName), m_hallName);
    layout->addLayout(form);
    m_hallProblem = problemLabel(page, QStringLiteral("hallProblem"));
    layout->addWidget(m_hallProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstStartWizard::buildAdminPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("adminPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(namedLabel(page, QStringLiteral("adminIntro")));
    auto *form = new QFormLayout;
    m_adminLogin = new QLineEdit(page);
    m_adminLogin->setObjectName(QStringLiteral("adminLoginEdit"));
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("adminNameEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = new QLineEdit(page);
    m_passwordAgain->setObjectName(QStringLiteral("passwordAgainEdit"));
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    form->addRow(namedLabel(page, QStringLiteral("adminLoginLabel"), m_adminLogin), m_adminLogin);
    form->addRow(namedLabel(page, QStringLiteral("adminNameLabel"), m_adminName), m_adminName);
    form->addRow(namedLabel(page, QStringLiteral("passwordLabel"), m_password), m_password);
    form->addRow(namedLabel(page, QStringLiteral("passwordAgainLabel"), m_passwordAgain),
                 m_passwordAgain);
    layout->addLayout(form);
    m_adminProblem = problemLabel(page, QStringLiteral("adminProblem"));
    layout->addWidget(m_adminProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstStartWizard::buildKeyPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("keyPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(namedLabel(page, QStringLiteral("keyIntro")));
    const bool exists = QFileInfo::exists(m_defaults.keyFile);
    m_generateKey = new QRadioButton(page);
    m_generateKey->setObjectName(QStringLiteral("generateKeyRadio"));
    m_existingKey = new QRadioButton(page);
    m_existingKey->setObjectName(QStringLiteral("existingKeyRadio"));
    (exists ? m_existingKey : m_generateKey)->setChecked(true);
    layout->addWidget(m_generateKey);
    layout->addWidget(m_existingKey);
    auto *row = new QHBoxLayout;
    m_keyFile = new QLineEdit(m_defaults.keyFile, page);
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    auto *browse = new QPushButton(page);
    browse->setObjectName(QStringLiteral("browseKeyButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            m_generateKey->isChecked()
                ? QFileDialog::getSaveFileName(this, tr("新密钥文件保存到"), m_keyFile->text())
                : QFileDialog::getOpenFileName(this, tr("选择大厅密钥文件"), m_keyFile->text());
        if (!path.isEmpty())
            m_keyFile->setText(path);
    });
    auto *keyLabel = namedLabel(page, QStringLiteral("keyFileLabel"), m_keyFile);
    row->addWidget(keyLabel);
    row->addWidget(m_keyFile, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_keyProblem = problemLabel(page, QStringLiteral("keyProblem"));
    layout->addWidget(m_keyProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstStartWizard::buildTemplatesPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("templatesPage"));
    // Setting up the hall happens when this page is left: there is no way back.
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(namedLabel(page, QStringLiteral("templatesIntro")));
    m_templates = new QListWidget(page);
    m_templates->setObjectName(QStringLiteral("templateList"));
    for (const FormTemplate &t : m_services.catalogue().templates()) {
        auto *item = new QListWidgetItem(t.title.text(), m_templates);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_templates, 1);
    m_templatesProblem = problemLabel(page, QStringLiteral("templatesProblem"));
    layout->addWidget(m_templatesProblem);
    return page;
}

QWizardPage *FirstStartWizard::buildDonePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("donePage"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_summary = namedLabel(page, QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    return page;
}

void FirstStartWizard::retranslate()
{
    setWindowTitle(tr("一窗通 · 新大厅首次启动"));
    const auto set = [this](const char *name, const QString &text) {
        if (auto *label = findChild<QLabel *>(QLatin1String(name)))
            label->setText(text);
    };
    page(HallPage)->setTitle(tr("大厅"));
    set("hallIntro", tr("这是一个新的数据库，还没有任何账号。请先设置本大厅；设置完成后，"
                        "其他窗口连接同一数据库即可使用。不会生成任何演示数据。"));
    set("hallCodeLabel", tr("大厅代码(&H)"));
    set("hallNameLabel", tr("大厅名称(&N)"));
    page(AdminPage)->setTitle(tr("第一个管理员账号"));
    set("adminIntro", tr("管理员负责账号、窗口设置和事项模板。密码至少 %1 个字符。")
                          .arg(PasswordPolicy::kMinimumLength));
    set("adminLoginLabel", tr("登录名(&L)"));
    set("adminNameLabel", tr("姓名"));
    set("passwordLabel", tr("密码(&P)"));
    set("passwordAgainLabel", tr("再次输入密码"));
    page(KeyPage)->setTitle(tr("大厅二维码密钥"));
    set("keyIntro", tr("密钥为本大厅的二维码（回执、预约码）签名。它只生成一次，"
                       "写入一个文件；把这个文件复制到本大厅的每个窗口。请妥善保管。"));
    m_generateKey->setText(tr("生成新密钥并写入文件"));
    m_existingKey->setText(tr("使用已有的密钥文件"));
    set("keyFileLabel", tr("密钥文件(&F)"));
    findChild<QPushButton *>(QStringLiteral("browseKeyButton"))->setText(tr("浏览…"));
    page(TemplatesPage)->setTitle(tr("本大厅办理的事项"));
    set("templatesIntro", tr("勾选本大厅综合窗口受理的事项。以后可以由管理员调整。"));
    page(DonePage)->setTitle(tr("设置完成"));
    setButtonText(QWizard::CommitButton, tr("创建大厅"));
    setButtonText(QWizard::NextButton, tr("下一步(&N) >"));
    setButtonText(QWizard::BackButton, tr("< 上一步(&B)"));
    setButtonText(QWizard::FinishButton, tr("开始使用"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    for (int i = 0; i < m_templates->count(); ++i) {
        QListWidgetItem *item = m_templates->item(i);
        if (const FormTemplate *t =
                m_services.catalogue().find(item->data(Qt::UserRole).toString()))
            item->setText(t->title.text());
    }
    if (m_outcome.adminId != 0)
        m_summary->setText(
            tr("大厅 %1（%2）已设置，管理员 %3 可以登录。\n\n密钥文件：%4\n密钥指纹：%5\n\n"
               "请把密钥文件复制到本大厅的每个窗口，并在各窗口的配置文件中写明其位置"
               "（hall.key-file）。")
                .arg(m_request.hallName, m_request.hallCode, m_request.adminLogin,
                     m_request.keyFile, m_outcome.keyFingerprint));
}

void FirstStartWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

bool FirstStartWizard::showProblem(QLabel *where, const Status &status)
{
    where->setText(status ? QString() : UserMessages::error(status.error()));
    return status.ok();
}

bool FirstStartWizard::validateCurrentPage()
{
    switch (currentId()) {
    case HallPage:
        return showProblem(m_hallProblem,
                           HallSetup::checkHall(m_hallCode->text().trimmed(), m_hallName->text()));
    case AdminPage:
        if (m_password->text() != m_passwordAgain->text())
            return showProblem(m_adminProblem,
                               Status::failure(QStringLiteral("password-mismatch")));
        return showProblem(m_adminProblem, HallSetup::checkAdmin(m_adminLogin->text().trimmed(),
                                                                 m_password->text()));
    case KeyPage:
        return showProblem(m_keyProblem, HallSetup::checkKey(m_keyFile->text().trimmed(),
                                                             m_generateKey->isChecked()));
    case TemplatesPage:
        return runSetup();
    default:
        return QWizard::validateCurrentPage();
    }
}

bool FirstStartWizard::runSetup()
{
    HallSetup::Request request;
    request.hallCode = m_hallCode->text().trimmed();
    request.hallName = m_hallName->text().trimmed();
    request.adminLogin = m_adminLogin->text().trimmed();
    request.adminDisplayName = m_adminName->text().trimmed();
    request.adminPassword = m_password->text();
    request.keyFile = QFileInfo(m_keyFile->text().trimmed()).absoluteFilePath();
    request.generateKey = m_generateKey->isChecked();
    request.counterCode = m_services.options().counterCode;
    request.fastPasswordHash = m_services.options().fastPasswordHashes;
    QStringList chosen;
    for (int i = 0; i < m_templates->count(); ++i)
        if (m_templates->item(i)->checkState() == Qt::Checked)
            chosen << m_templates->item(i)->data(Qt::UserRole).toString();
    if (chosen.isEmpty())
        return showProblem(m_templatesProblem, Status::failure(QStringLiteral("no-templates")));
    // Every template chosen: the hall offers whatever ships, now and after upgrades.
    if (chosen.size() < m_templates->count())
        request.templateIds = chosen;
    auto done =
        HallSetup(m_services.database(), m_services.audit()).run(request, m_services.catalogue());
    if (!done)
        return showProblem(m_templatesProblem, Status(done.error()));
    m_request = request;
    m_request.adminPassword.clear(); // not kept longer than needed
    m_password->clear();
    m_passwordAgain->clear();
    m_outcome = done.value();
    retranslate();
    return true;
}

} // namespace OneWindow
