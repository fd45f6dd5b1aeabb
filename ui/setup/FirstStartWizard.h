#pragma once

#include "services/HallSetup.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace OneWindow {

class AppServices;

// A new hall's first start, on a database without accounts: the hall's code
// and name, the first administrator, the hall key (a new one written to a file
// to copy to every counter, or an existing file) and the matters the hall
// offers. Nothing demo. The work is HallSetup's, as for `hall init`; the pages
// check each step with it before moving on.
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        HallPage,
        AdminPage,
        KeyPage,
        TemplatesPage,
        DonePage
    };

    struct Defaults
    {
        QString hallCode;
        QString hallName;
        QString keyFile;         // where a new key goes, or the existing file
        bool hallLocked = false; // code and name come from the provisioning file
    };

    FirstStartWizard(AppServices &services, const Defaults &defaults, QWidget *parent = nullptr);
    ~FirstStartWizard() override;

    // After the wizard was accepted: what was set up.
    const HallSetup::Request &request() const { return m_request; }
    const HallSetup::Outcome &outcome() const { return m_outcome; }

    // Each page's check; false with the message on the page when it fails.
    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWizardPage *buildHallPage();
    QWizardPage *buildAdminPage();
    QWizardPage *buildKeyPage();
    QWizardPage *buildTemplatesPage();
    QWizardPage *buildDonePage();
    void retranslate();
    bool showProblem(QLabel *where, const Status &status);
    bool runSetup();

    AppServices &m_services;
    Defaults m_defaults;
    HallSetup::Request m_request;
    HallSetup::Outcome m_outcome;

    QLineEdit *m_hallCode;
    QLineEdit *m_hallName;
    QLabel *m_hallProblem;
    QLineEdit *m_adminLogin;
    QLineEdit *m_adminName;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QLabel *m_adminProblem;
    QRadioButton *m_generateKey;
    QRadioButton *m_existingKey;
    QLineEdit *m_keyFile;
    QLabel *m_keyProblem;
    QListWidget *m_templates;
    QLabel *m_templatesProblem;
    QLabel *m_summary;
    QList<QLabel *> m_labels; // texts set by retranslate(), in build order
};

} // namespace OneWindow
