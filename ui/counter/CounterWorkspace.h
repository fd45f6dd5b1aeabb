#pragma once

#include "casefile/CaseFile.h"
#include "intake/CounterVisit.h"
#include "ratings/Rating.h"
#include "security/Session.h"
#include "shell/Workspace.h"

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace OneWindow {

class AppServices;
class CaseFilePage;
class CasePanel;
class CitizenScreen;
class IdentityPanel;
class IntakePage;
class PersonSearchModel;
class SerialCardReader;

// The comprehensive counter: identity on the left; on the right the welcome
// page with the file search, the citizen's unified case file, or an intake in
// progress. Who is at the counter lives in the core (CounterVisit, with the
// evidence the core recorded of them); accepting and the receipt too
// (AcceptanceService), and the decision that a problem needs the clerk's
// reason. This workspace shows and asks.
class CounterWorkspace : public Workspace
{
    Q_OBJECT

public:
    CounterWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);
    ~CounterWorkspace() override;

    QString id() const override { return QStringLiteral("counter"); }
    QString title() const override;
    QList<QAction *> toolbarActions() const override { return m_actions; }
    QList<QWidget *> statusWidgets() const override;
    void leaving() override;

    const CounterVisit &visit() const { return m_visit; }
    // The screen facing the citizen, when the counter has one (CounterContext).
    CitizenScreen *citizenScreen() const { return m_citizen; }

Q_SIGNALS:
    // Emitted once a case is stored and its receipt written.
    void caseAccepted(const QString &caseNumber, const QString &receiptPath);

public Q_SLOTS:
    void readCard();
    void enterIdentityManually();
    // The citizen's visit ends ("next citizen"): the screen asks them for a rating.
    void nextCitizen();
    // A QR code's text from the wedge scanner, an image file or the camera.
    void handleScan(const QString &text);
    void scanImageFile();

private:
    QAction *addAction(const QString &icon, const QString &text, const QString &objectName,
                       const QKeySequence &key);
    // A card read the core recorded (EvidenceRecorder).
    void onCardRecorded(const VisitEvidence &evidence);
    void onReadFailed(const QString &code);
    // The core identified the citizen: their visit begins (or goes on), and the
    // citizen's screen shows them who the counter has.
    void identified();
    // A visit that ended here in the last minutes and was not offered yet goes to
    // the citizen's screen for a rating.
    void offerRating();
    // The citizen's choice from their screen, stored by the core.
    void storeRating(qint64 visitId, const RatingInput &input);
    // Accepting waits for the citizen's 确认无误 when the counter says so.
    bool needsCitizenConfirmation() const;
    void startIntake(const QString &templateId);
    void acceptIntake();
    void submitIntake(const IntakeRequest &request);
    // The core found problems that need the clerk's reason ("override-reason-missing",
    // its detail the flags): asks for it, then submits again with it.
    void askOverrideReason(const IntakeRequest &request, const QString &flags);
    void backToCaseFile();
    void openCase(const QString &caseNumber);
    void printReceipt();
    void openCaseFile();
    void openCaseByNumber(const QString &caseNumber);
    void openPersonById(qint64 personId);
    void showFile(const CaseFile &file);
    void clearCitizen();
    void onSharedChange(const QString &topic, const QString &key);
    void showError(const QString &message);
    void showNotice(const QString &message);
    void updateReaderStatus();
    static QString readerStatusText(const SerialCardReader &reader);

    AppServices &m_services;
    Session m_session;
    CounterVisit m_visit;
    IdentityPanel *m_identity;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    CaseFilePage *m_caseFile;
    IntakePage *m_intake;
    QWidget *m_casePage;
    CasePanel *m_casePanel;
    QLineEdit *m_personSearch;
    PersonSearchModel *m_searchModel;
    QLabel *m_readerStatus;
    QAction *m_readCardAction = nullptr;
    CitizenScreen *m_citizen = nullptr;
    // The intake the citizen's screen is asking about, submitted on their confirmation.
    std::optional<IntakeRequest> m_awaitingConfirmation;
    qint64 m_offeredVisit = 0;
    QList<QAction *> m_actions;
};

} // namespace OneWindow
