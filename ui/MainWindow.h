#pragma once

#include "casefile/CaseFile.h"
#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"

#include <QMainWindow>

class QAction;
class QLineEdit;
class QLabel;
class QStackedWidget;

namespace OneWindow {

class CaseFilePage;
class CounterServices;
class IdentityPanel;
class ChangeNotifier;
class IdleLock;
class PersonSearchModel;
class SerialCardReader;
class IntakePage;

// The counter screen: identity on the left; on the right the welcome page, the
// citizen's unified case file, or an intake in progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CounterServices &services, QWidget *parent = nullptr);
    IdleLock *idleLock() const { return m_idleLock; }

Q_SIGNALS:
    // Emitted once a case is stored and its receipt written.
    void caseAccepted(const QString &caseNumber, const QString &receiptPath);

public Q_SLOTS:
    void readCard();
    void enterIdentityManually();
    void lock();
    // A QR code's text from the wedge scanner, an image file or the camera.
    void handleScan(const QString &text);
    void scanImageFile();
    void openSettings();

private Q_SLOTS:
    void onCardRead(const OneWindow::CardIdentity &card);
    void onReadFailed(const QString &code);
    void startIntake(const QString &templateId);
    void acceptIntake();
    void backToCaseFile();

private:
    void openCaseFile();
    void showError(const QString &message);
    void clearCitizen();
    void openCaseByNumber(const QString &caseNumber);
    void openPersonById(qint64 personId);
    void showFile(const CaseFile &file);
    void onSharedChange(const QString &topic, const QString &key);
    void showNotice(const QString &message);
    static QString readerStatusText(const SerialCardReader &reader);

    CounterServices &m_services;
    IdentityPanel *m_identity;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    CaseFilePage *m_caseFile;
    IntakePage *m_intake;
    QAction *m_readCardAction;
    QLabel *m_readerStatus;
    QLineEdit *m_personSearch;
    PersonSearchModel *m_searchModel;
    QLabel *m_userStatus;
    IdleLock *m_idleLock;
    ChangeNotifier *m_changes = nullptr;
    CardIdentity m_card;
    QString m_cardSource = QStringLiteral("card"); // card, qr, manual
    QString m_intakeKey;     // one per intake: accepting it twice stores one case
    QString m_pendingMatter; // booked by an appointment code, started after the card
    QList<CardFlag> m_flags;
};

} // namespace OneWindow
