#include "settings/SettingsDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "services/ProvisioningFile.h"
#include "settings/PaperLayoutEditor.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScreen>
#include <QSerialPortInfo>
#include <QSettings>

namespace OneWindow {

namespace {

QString comboValue(const QComboBox *combo)
{
    const QString typed = combo->currentText();
    const QVariant data = combo->currentData();
    return data.isValid() && combo->itemText(combo->currentIndex()) == typed ? data.toString()
                                                                             : typed.trimmed();
}

void selectValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(value);
}

} // namespace

SettingsDialog::SettingsDialog(QSettings &store, const Session &session,
                               const ProvisioningFile &provisioning, AuditLog &audit,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_session(session)
    , m_audit(audit)
    , m_loaded(CounterSettings::load(store, provisioning))
{
    m_ui->setupUi(this);
    // Generated from the list of document kinds, so it is built here, not in the .ui file.
    m_paper = new PaperLayoutEditor(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->messageLabel), m_paper);
    const CounterSettings &s = m_loaded;
    m_ui->databaseEdit->setText(s.databaseUrl);
    m_ui->hallCodeEdit->setText(s.hallCode);
    m_ui->hallNameEdit->setText(s.hallName);
    m_ui->counterEdit->setText(s.counterCode);
    m_ui->readerCombo->addItem(tr("模拟读卡器（演示）"), QStringLiteral("simulator"));
    m_ui->readerCombo->addItem(tr("自动检测串口"), QStringLiteral("auto"));
    for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
        m_ui->readerCombo->addItem(port.systemLocation() + QStringLiteral("  ") +
                                       port.description(),
                                   port.systemLocation());
    selectValue(m_ui->readerCombo, s.readerPort);
    m_ui->hallKeyEdit->setText(s.hallKeyHex);
    m_ui->hallKeyFileEdit->setText(s.hallKeyFile);
    for (QComboBox *printers : {m_ui->receiptPrinterCombo, m_ui->notificationPrinterCombo}) {
        printers->addItem(tr("每次询问"), QString());
        for (const QString &name : QPrinterInfo::availablePrinterNames())
            printers->addItem(name, name);
    }
    selectValue(m_ui->receiptPrinterCombo, s.printers.value(QStringLiteral("receipt")));
    selectValue(m_ui->notificationPrinterCombo, s.printers.value(QStringLiteral("notification")));
    fillLanguages();
    m_ui->idleSpin->setValue(s.idleLockMinutes);
    m_ui->citizenScreenCombo->addItem(tr("不使用"), QString());
    m_ui->citizenScreenCombo->addItem(tr("普通窗口"), QStringLiteral("window"));
    for (int i = 0; i < QGuiApplication::screens().size() && i < 10; ++i)
        m_ui->citizenScreenCombo->addItem(
            tr("显示器 %1（%2）").arg(i).arg(QGuiApplication::screens().at(i)->name()),
            QString::number(i));
    selectValue(m_ui->citizenScreenCombo, s.citizenScreen);
    m_ui->citizenConfirmsCheck->setChecked(s.citizenConfirms);
    m_paper->setChoices(s.paper);

    const bool admin = session.role == Role::Administrator;
    if (!admin) {
        // Others see the set-up and may choose only their language.
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->databaseEdit),
              static_cast<QWidget *>(m_ui->hallCodeEdit),
              static_cast<QWidget *>(m_ui->hallNameEdit), static_cast<QWidget *>(m_ui->counterEdit),
              static_cast<QWidget *>(m_ui->readerCombo), static_cast<QWidget *>(m_ui->hallKeyEdit),
              static_cast<QWidget *>(m_ui->hallKeyFileEdit),
              static_cast<QWidget *>(m_ui->receiptPrinterCombo),
              static_cast<QWidget *>(m_ui->notificationPrinterCombo),
              static_cast<QWidget *>(m_ui->idleSpin),
              static_cast<QWidget *>(m_ui->citizenScreenCombo),
              static_cast<QWidget *>(m_ui->citizenConfirmsCheck), static_cast<QWidget *>(m_paper)})
            w->setEnabled(false);
        m_ui->messageLabel->setText(tr("只有管理员可以修改窗口设置；界面语言可以自行选择。"));
    }
    showProvisioned();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->languageCombo->count()
                                ? m_ui->languageCombo->currentData().toString()
                                : m_loaded.language;
    m_ui->languageCombo->clear();
    // Each language in its own words, so whoever reads only one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(current)));
}

// Values from the provisioning file: shown, locked, and where they come from.
void SettingsDialog::showProvisioned()
{
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("database"), m_ui->databaseEdit},
        {QStringLiteral("hall.code"), m_ui->hallCodeEdit},
        {QStringLiteral("hall.name"), m_ui->hallNameEdit},
        {QStringLiteral("counter"), m_ui->counterEdit},
        {QStringLiteral("reader"), m_ui->readerCombo},
        {QStringLiteral("hall.key-file"), m_ui->hallKeyFileEdit},
        {QStringLiteral("printer.receipt"), m_ui->receiptPrinterCombo},
        {QStringLiteral("printer.notification"), m_ui->notificationPrinterCombo},
        {QStringLiteral("language"), m_ui->languageCombo},
        {QStringLiteral("idle-lock"), m_ui->idleSpin},
    };
    for (auto it = m_loaded.fromFile.cbegin(); it != m_loaded.fromFile.cend(); ++it) {
        QWidget *w = widgets.value(it.key());
        if (!w)
            continue;
        w->setEnabled(false);
        w->setProperty("provisioned", true);
        w->setToolTip(
            tr("由配置文件 %1 第 %2 行设定").arg(m_loaded.provisioningFile).arg(it.value()));
        // The typed key is meaningless once the file names a key file.
        if (it.key() == QLatin1String("hall.key-file")) {
            m_ui->hallKeyEdit->setEnabled(false);
            m_ui->hallKeyEdit->setProperty("provisioned", true);
        }
    }
    m_ui->provisioningLabel->setVisible(!m_loaded.fromFile.isEmpty());
    m_ui->provisioningLabel->setText(
        tr("灰色的项目由配置文件 %1 设定，只能在该文件中修改。").arg(m_loaded.provisioningFile));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->readerCombo->setItemText(0, tr("模拟读卡器（演示）"));
        m_ui->readerCombo->setItemText(1, tr("自动检测串口"));
        m_ui->receiptPrinterCombo->setItemText(0, tr("每次询问"));
        m_ui->notificationPrinterCombo->setItemText(0, tr("每次询问"));
        showProvisioned();
    }
    QDialog::changeEvent(event);
}

CounterSettings SettingsDialog::fromForm() const
{
    CounterSettings s = m_loaded; // keeps fromFile, so provisioned values are not written
    s.databaseUrl = m_ui->databaseEdit->text().trimmed();
    s.hallCode = m_ui->hallCodeEdit->text().trimmed();
    s.hallName = m_ui->hallNameEdit->text().trimmed();
    s.counterCode = m_ui->counterEdit->text().trimmed();
    s.readerPort = comboValue(m_ui->readerCombo);
    s.hallKeyHex = m_ui->hallKeyEdit->text().trimmed();
    s.hallKeyFile = m_ui->hallKeyFileEdit->text().trimmed();
    s.printers.clear();
    if (const QString p = comboValue(m_ui->receiptPrinterCombo); !p.isEmpty())
        s.printers.insert(QStringLiteral("receipt"), p);
    if (const QString p = comboValue(m_ui->notificationPrinterCombo); !p.isEmpty())
        s.printers.insert(QStringLiteral("notification"), p);
    s.language = m_ui->languageCombo->currentData().toString();
    s.idleLockMinutes = m_ui->idleSpin->value();
    s.citizenScreen = comboValue(m_ui->citizenScreenCombo);
    s.citizenConfirms = m_ui->citizenConfirmsCheck->isChecked();
    s.paper = m_paper->choices();
    return s;
}

void SettingsDialog::save()
{
    const CounterSettings s = fromForm();
    CounterSettings sameButLanguage = s;
    sameButLanguage.language = m_loaded.language;
    m_changedMore = sameButLanguage.databaseUrl != m_loaded.databaseUrl ||
                    sameButLanguage.hallCode != m_loaded.hallCode ||
                    sameButLanguage.hallName != m_loaded.hallName ||
                    sameButLanguage.counterCode != m_loaded.counterCode ||
                    sameButLanguage.readerPort != m_loaded.readerPort ||
                    sameButLanguage.hallKeyHex != m_loaded.hallKeyHex ||
                    sameButLanguage.hallKeyFile != m_loaded.hallKeyFile ||
                    sameButLanguage.printers != m_loaded.printers ||
                    !(sameButLanguage.paper == m_loaded.paper) ||
                    sameButLanguage.idleLockMinutes != m_loaded.idleLockMinutes ||
                    sameButLanguage.citizenScreen != m_loaded.citizenScreen ||
                    sameButLanguage.citizenConfirms != m_loaded.citizenConfirms;
    const Status saved = m_session.role == Role::Administrator ? s.save(m_store, m_session, m_audit)
                         : s.language != m_loaded.language
                             ? s.saveLanguage(m_store, m_session, m_audit)
                             : Status::success();
    if (!saved) {
        const QString &c = saved.error().code;
        QString message;
        if (c == QLatin1String("counter-code"))
            message = tr("窗口编号应为 1 至 8 位字母或数字。");
        else if (c == QLatin1String("hall-key"))
            message = tr("密钥应为 32 至 128 位十六进制字符。");
        else
            message = UserMessages::error(saved.error());
        m_ui->messageLabel->setText(message);
        Theme::setTone(m_ui->messageLabel, Theme::Tone::Problem);
        return;
    }
    accept();
}

} // namespace OneWindow
