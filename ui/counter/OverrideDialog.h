#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class OverrideDialog;
}

namespace OneWindow {

// Accepting despite a problem with the identity (an expired card, a wrong check
// digit, a manual entry, an e-ID code) is an explicit decision: the dialog
// lists the problems in plain words and accepts only with the clerk's reason,
// which goes on the case for the supervisor's review.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinimumReasonLength = 4;

    OverrideDialog(const QStringList &problems, QWidget *parent = nullptr);
    ~OverrideDialog() override;

    // The reason as the clerk gave it, trimmed; empty until it is long enough.
    QString reason() const;

private:
    void revalidate();

    std::unique_ptr<Ui::OverrideDialog> m_ui;
};

} // namespace OneWindow
