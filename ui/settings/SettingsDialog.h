#pragma once

#include "security/Session.h"
#include "services/CounterSettings.h"

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace OneWindow {

class AuditLog;
class PaperLayoutEditor;
class ProvisioningFile;

// The set-up of this counter: database, hall, counter number, card reader,
// QR key or key file, printers, the paper for each kind of document,
// interface language, idle lock. Saved through
// CounterSettings, which refuses anyone but an administrator; anyone may
// choose the language. What the provisioning file sets is shown, locked, with
// its file and line. Takes effect at the next start, except the language,
// which the window switches at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `audit`: where the core records each change (CounterSettings::save).
    SettingsDialog(QSettings &store, const Session &session, const ProvisioningFile &provisioning,
                   AuditLog &audit, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // After accept: whether anything but the language changed (a restart applies it).
    bool changedMoreThanLanguage() const { return m_changedMore; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void fillLanguages();
    void showProvisioned();
    CounterSettings fromForm() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSettings &m_store;
    Session m_session;
    AuditLog &m_audit;
    CounterSettings m_loaded;
    bool m_changedMore = false;
    PaperLayoutEditor *m_paper = nullptr;
};

} // namespace OneWindow
