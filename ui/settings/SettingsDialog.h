#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace OneWindow {

class PaperLayoutEditor;

// The administrator's set-up of this counter: database, hall, counter number,
// card reader port, QR key, idle lock, the paper for each kind of document. Saved through
// CounterSettings, which refuses anyone but an administrator; takes effect at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings &store, const Session &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

private:
    void save();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSettings &m_store;
    Session m_session;
    PaperLayoutEditor *m_paper;
};

} // namespace OneWindow
