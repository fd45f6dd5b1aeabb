#include "counter/ManualIdentityDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "identity/IdNumber.h"
#include "ui_ManualIdentityDialog.h"

#include <QPushButton>

namespace OneWindow {

ManualIdentityDialog::ManualIdentityDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ManualIdentityDialog>())
    , m_today(today)
{
    m_ui->setupUi(this);
    m_ui->reasonCombo->addItem(tr("证件芯片损坏"), QStringLiteral("card-damaged"));
    m_ui->reasonCombo->addItem(tr("证件遗失，持临时身份证明"), QStringLiteral("card-lost"));
    m_ui->reasonCombo->addItem(tr("读卡器故障"), QStringLiteral("reader-fault"));
    m_ui->reasonCombo->addItem(tr("其他原因"), QStringLiteral("other"));
    connect(m_ui->idNumberEdit, &QLineEdit::textChanged, this, &ManualIdentityDialog::revalidate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ManualIdentityDialog::revalidate);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setIcon(Theme::icon(QStringLiteral("check")));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setIcon(Theme::icon(QStringLiteral("x")));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

ManualIdentityDialog::~ManualIdentityDialog() = default;

void ManualIdentityDialog::revalidate()
{
    const QString number = m_ui->idNumberEdit->text().trimmed();
    const IdNumberInfo info = IdNumber::check(number, m_today);
    QString status;
    if (number.isEmpty()) {
        status = tr("请输入18位号码（15位旧号码会自动升位）");
    } else if (info.valid) {
        status = tr("✓ 出生 %1，%2")
                     .arg(info.birth.toString(QStringLiteral("yyyy-MM-dd")),
                          UserMessages::sex(info.sex));
    } else if (info.error == QLatin1String("length") && number.size() < 18) {
        status = tr("已输入 %1 位").arg(number.size());
    } else {
        status = QStringLiteral("✗ ") + UserMessages::cardFlag(CardFlag{info.error, {}});
    }
    m_ui->idStatusLabel->setText(status);
    Theme::setTone(m_ui->idStatusLabel, number.isEmpty() ? Theme::Tone::Muted
                                        : info.valid     ? Theme::Tone::Success
                                                         : Theme::Tone::Problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(info.valid && !m_ui->nameEdit->text().trimmed().isEmpty());
}

CardIdentity ManualIdentityDialog::identity() const
{
    const IdNumberInfo info = IdNumber::check(m_ui->idNumberEdit->text(), m_today);
    CardIdentity card;
    card.kind = CardIdentity::Kind::Manual;
    card.idNumber = info.normalized;
    card.name = m_ui->nameEdit->text().trimmed();
    card.address = m_ui->addressEdit->text().trimmed();
    card.birth = info.birth;
    card.sex = info.sex;
    return card;
}

QString ManualIdentityDialog::reasonCode() const
{
    return m_ui->reasonCombo->currentData().toString();
}

} // namespace OneWindow
