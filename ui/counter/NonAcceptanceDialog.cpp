#include "counter/NonAcceptanceDialog.h"

#include "ui_NonAcceptanceDialog.h"

#include <QPushButton>

namespace OneWindow {

NonAcceptanceDialog::NonAcceptanceDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NonAcceptanceDialog>())
{
    m_ui->setupUi(this);
    // Shown in the window's language; the data is what the paper prints.
    m_ui->groundCombo->addItem(
        tr("行政许可法第三十二条第一款第（一）项：申请事项依法不需要取得行政许可"),
        QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（一）项：申请事项依法"
                       "不需要取得行政许可"));
    m_ui->groundCombo->addItem(
        tr("行政许可法第三十二条第一款第（二）项：申请事项依法不属于本机关职权范围"),
        QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项：申请事项依法"
                       "不属于本行政机关职权范围"));
    m_ui->groundCombo->setCurrentIndex(-1);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &NonAcceptanceDialog::updateOk);
    connect(m_ui->groundCombo, &QComboBox::currentTextChanged, this,
            &NonAcceptanceDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

NonAcceptanceDialog::~NonAcceptanceDialog() = default;

QString NonAcceptanceDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().simplified();
}

QString NonAcceptanceDialog::legalBasis() const
{
    const int i = m_ui->groundCombo->currentIndex();
    if (i >= 0 && m_ui->groundCombo->itemText(i) == m_ui->groundCombo->currentText())
        return m_ui->groundCombo->itemData(i).toString();
    return m_ui->groundCombo->currentText().simplified();
}

QString NonAcceptanceDialog::referTo() const
{
    return m_ui->referToEdit->text().trimmed();
}

void NonAcceptanceDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!reason().isEmpty() && !legalBasis().isEmpty());
}

} // namespace OneWindow
