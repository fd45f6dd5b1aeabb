#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NonAcceptanceDialog;
}

namespace OneWindow {

// Asks the clerk why an application is not accepted (不予受理) and on what
// legal ground (行政许可法 Art. 32 offered, any other typed), and where to
// apply instead; OK only with a reason and a ground.
class NonAcceptanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NonAcceptanceDialog(QWidget *parent = nullptr);
    ~NonAcceptanceDialog() override;

    QString reason() const;
    // As printed: the statute's Chinese text, whatever language the window speaks.
    QString legalBasis() const;
    QString referTo() const;

private:
    void updateOk();

    std::unique_ptr<Ui::NonAcceptanceDialog> m_ui;
};

} // namespace OneWindow
