#include "counter/OverrideDialog.h"

#include "common/Theme.h"
#include "ui_OverrideDialog.h"

#include <QPushButton>

namespace OneWindow {

OverrideDialog::OverrideDialog(const QStringList &problems, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OverrideDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("overrideDialog"));
    QStringList lines;
    for (const QString &p : problems)
        lines << QStringLiteral("⚠ ") + p;
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    // The usual reasons, to pick and complete; the clerk's own words are what counts.
    m_ui->presetCombo->addItem(tr("（常用理由）"), QString());
    for (const QString &preset :
         {tr("市民另行出示了有效的身份证明，已核对"), tr("本事项不要求有效期内的证件"),
          tr("读卡核验失败，已人工核对证件与本人"), tr("市民通过电子身份码核验，已核对本人")})
        m_ui->presetCombo->addItem(preset, preset);
    connect(m_ui->presetCombo, &QComboBox::activated, this, [this](int index) {
        const QString preset = m_ui->presetCombo->itemData(index).toString();
        if (preset.isEmpty())
            return;
        m_ui->overrideReasonEdit->setText(preset);
        m_ui->overrideReasonEdit->setFocus();
    });
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("仍予受理"));
    ok->setObjectName(QStringLiteral("confirmOverrideButton"));
    ok->setIcon(Theme::icon(QStringLiteral("stamp")));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("返回修改"));
    cancel->setObjectName(QStringLiteral("cancelOverrideButton"));
    cancel->setIcon(Theme::icon(QStringLiteral("arrow-left")));
    connect(m_ui->overrideReasonEdit, &QLineEdit::textChanged, this, &OverrideDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
    m_ui->overrideReasonEdit->setFocus();
}

OverrideDialog::~OverrideDialog() = default;

QString OverrideDialog::reason() const
{
    const QString text = m_ui->overrideReasonEdit->text().trimmed();
    return text.size() >= kMinimumReasonLength ? text : QString();
}

void OverrideDialog::revalidate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace OneWindow
