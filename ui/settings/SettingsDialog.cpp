#include "settings/SettingsDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "services/CounterSettings.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>

namespace OneWindow {

SettingsDialog::SettingsDialog(QSettings &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_session(session)
{
    m_ui->setupUi(this);
    const CounterSettings s = CounterSettings::load(store);
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
    const int index = m_ui->readerCombo->findData(s.readerPort);
    if (index >= 0)
        m_ui->readerCombo->setCurrentIndex(index);
    else
        m_ui->readerCombo->setEditText(s.readerPort);
    m_ui->hallKeyEdit->setText(s.hallKeyHex);
    m_ui->idleSpin->setValue(s.idleLockMinutes);
    if (session.role != Role::Administrator) {
        m_ui->messageLabel->setText(tr("只有管理员可以修改窗口设置。"));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::save()
{
    CounterSettings s;
    s.databaseUrl = m_ui->databaseEdit->text().trimmed();
    s.hallCode = m_ui->hallCodeEdit->text().trimmed();
    s.hallName = m_ui->hallNameEdit->text().trimmed();
    s.counterCode = m_ui->counterEdit->text().trimmed();
    const QString typed = m_ui->readerCombo->currentText();
    const QVariant data = m_ui->readerCombo->currentData();
    s.readerPort =
        data.isValid() && m_ui->readerCombo->itemText(m_ui->readerCombo->currentIndex()) == typed
            ? data.toString()
            : typed.trimmed();
    s.hallKeyHex = m_ui->hallKeyEdit->text().trimmed();
    s.idleLockMinutes = m_ui->idleSpin->value();
    const Status saved = s.save(m_store, m_session);
    if (!saved) {
        const QString &c = saved.error().code;
        QString message;
        if (c == QLatin1String("hall-code"))
            message = tr("大厅代码应为 2 至 12 位字母或数字。");
        else if (c == QLatin1String("counter-code"))
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
