#pragma once

#include "casefile/CaseFile.h"
#include "casefile/Person.h"
#include "common/Result.h"
#include "common/Theme.h"
#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"
#include "intake/CounterContext.h"
#include "intake/Draft.h"
#include "intake/VisitEvidence.h"
#include "security/Session.h"
#include "templates/FormTemplate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace OneWindow {

class AnswerHistory;
class Clock;
class DraftAutosaver;
class DraftService;
class DocumentService;
class EvidenceService;
class FieldEditor;
class PersonFieldEditor;

// Intake generated from a form template: one group per page, an editor per
// field (ui/fields), errors beside the fields as the clerk types, the
// materials checklist and the fees recomputed from the answers. Keyboard
// first: Enter moves on (past buttons and check boxes too; it never presses a
// button), Ctrl+PgDown / Ctrl+PgUp jump between pages, F3 in a person field
// reads that person's card (and moves on once it is read), F6 goes to the
// checklist where Space or Enter marks the current material received and moves
// to the next one, F7 marks every material received, F8 prints the one-time
// notification, F9 accepts, Esc goes back to the case file. A problem with the
// applicant's or a party's identity shows at the top, in plain words.
//
// The page shows what the core decided: the evidence it recorded of the
// applicant and of each party whose card was read (with the problems the core
// found), and the checklist by the core's rule of what is held (HeldDocuments).
// Acceptance derives both again from the database.
//
// With drafts attached, the answers are autosaved as a draft every few
// seconds after a change and at once on every page change, on a thread of
// their own; an intake started for a citizen with a draft of the same matter
// resumes it.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultAutosaveMs = 3000;

    explicit IntakePage(const Clock &clock, QWidget *parent = nullptr);
    ~IntakePage() override;

    // Drafts and the one-time notification: the drafts service, a writer of its
    // own, who is signed in and which counter this is.
    void attach(DraftService &drafts, std::unique_ptr<DraftAutosaver> autosaver,
                const Session &session, const CounterContext &counter);
    // The one-time notification is recorded and rendered by the documents service.
    void setDocuments(DocumentService *documents) { m_documents = documents; }
    // Where a resumed draft's party evidence is looked up.
    void setEvidence(EvidenceService *evidence) { m_evidence = evidence; }
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const { return m_autosaveMs; }
    // Completion of repeated answers (fields marked "complete": "history").
    void setAnswerHistory(const AnswerHistory *history) { m_history = history; }

    // `applicant`: the evidence the core recorded of the applicant at this visit.
    void start(const FormTemplate &form, const VisitEvidence &applicant, const Person &person);
    // As above, with the whole case file: reusable documents count as held,
    // people named in earlier cases are offered for person fields, and
    // "casefile.last" fields get the answers of the last case of this matter.
    void start(const FormTemplate &form, const VisitEvidence &applicant, const CaseFile &file);
    const FormTemplate *form() const { return m_form; }
    QVariantMap values() const;
    QStringList materialsReceived() const;
    QStringList missingMaterials() const;
    // What the file and this visit's evidence satisfy, by the core's rule (HeldDocuments).
    QSet<QString> heldDocuments() const;
    // The clerk waives the fees (a family on 低保, say): ticked, and why.
    bool waivingFees() const;
    QString feeWaiverReason() const;
    // Shows every problem at once (used when accepting fails validation).
    int showAllProblems();
    // A passing message under the title; a problem unless said otherwise.
    void showMessage(const QString &message, Theme::Tone tone = Theme::Tone::Problem);
    // What is still to receive, with the cursor on the checklist; the message
    // gives way once every material is received.
    void showMissingMaterials(const QString &message);
    // The applicant's identity problems, worded, shown at the top (with the
    // parties' problems) until the next start().
    void setIdentityProblems(const QStringList &problems);
    // Person field id -> the evidence of the card read for that party (a resumed
    // draft's included), for the request.
    QHash<QString, qint64> partyEvidence() const;
    // The problems the core found with the parties' cards, worded for the clerk.
    QStringList partyProblems() const;
    // Every field valid and every material received or on file.
    bool readyToAccept() const;
    // The checklist with the first material still to receive current (F6).
    void focusMaterials();
    // Every material still to receive marked received (F7).
    void markAllMaterialsReceived();
    // True when the draft was resumed at start().
    bool resumedDraft() const { return m_resumed; }
    // The intake key the drafts of this intake carry: the resumed draft's after
    // start() (empty when it had none), the visit's once set.
    QString intakeKey() const { return m_intakeKey; }
    void setIntakeKey(const QString &key) { m_intakeKey = key; }

    // A card read (recorded by the core) while a person field waits for one goes to
    // that field; returns false when no field was waiting (the card is the next citizen's).
    bool takeCard(const VisitEvidence &evidence);
    bool isWaitingForCard() const { return !m_waitingPerson.isNull(); }

    // Writes the draft now and waits for it (leaving the page, closing).
    void saveDraftNow(bool wait = false);
    // The case was accepted: the draft has served its purpose.
    void discardDraft();
    // Templates with a draft for this applicant (to mark them in the case file).
    QStringList draftTemplates(const QString &idNumber) const;
    // The applicant's drafts, newest first, after writing what is pending.
    QList<Draft> drafts(const QString &idNumber) const;
    // Records the one-time notification (its own number, a signed QR code) and
    // writes it to `path` on the counter's paper; fails like DocumentService.
    bool writeNotification(const QString &path, QString *error);
    // Proposes a decision not to accept (不予受理) for this applicant and matter:
    // the decision's number, or why not. Its notice prints once a supervisor
    // confirms it (from the citizen's file).
    Result<QString> recordNonAcceptance(const QString &reason, const QString &legalBasis,
                                        const QString &referTo);

Q_SIGNALS:
    void acceptRequested();
    void cancelled();
    // A person field wants a card read (MainWindow triggers the reader).
    void personCardRequested();
    void draftSaved(const QDateTime &at);
    // The notification PDF was written (and its draft saved).
    void notificationPrinted(const QString &path);
    // A decision not to accept was proposed to the supervisor.
    void nonAcceptanceProposed(const QString &number);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPages();
    // Chains every focus stop in reading order: the fields top to bottom, the
    // checklist, then the buttons.
    void applyTabOrder();
    void updatePageIndicator();
    // The next visible, editable field without an answer after `after` (from the
    // start when null); its first input gets the focus. False when none is left.
    bool focusNextEmpty(FieldEditor *after);
    // Whether the clerk changed any part of the field in this intake.
    bool typedIn(const QString &fieldId) const;
    // Marks the current material received and moves to the next one to receive.
    void receiveCurrentMaterial(bool toggle);
    void selectNextMaterialToReceive(int from);
    void onEdited(FieldEditor *editor, const QString &part);
    void refresh();
    void clearForm();
    void markDirty();
    void onFocusChanged(QWidget *now);
    void goToPage(int delta);
    void printNotification();
    void refuseIntake();
    void showIdentityProblems();
    // The evidence a resumed draft names for its parties, looked up in the core.
    void restorePartyEvidence(const QHash<QString, qint64> &ids);
    Draft currentDraft() const;
    FieldEditor *editorOf(const QString &fieldId) const;

    const Clock &m_clock;
    DraftService *m_drafts = nullptr;
    DocumentService *m_documents = nullptr;
    EvidenceService *m_evidence = nullptr;
    Session m_session;
    CounterContext m_counter;
    std::unique_ptr<DraftAutosaver> m_autosaver;
    const FormTemplate *m_form = nullptr;
    CardIdentity m_applicant;
    VisitEvidence m_applicantEvidence;
    qint64 m_personId = 0;
    QList<FileDocument> m_fileDocuments;
    QStringList m_applicantProblems;
    const AnswerHistory *m_history = nullptr;
    QLabel *m_title;
    QLabel *m_pagesLabel;
    QLabel *m_identityProblem;
    QLabel *m_message;
    QLabel *m_draftStatus;
    QScrollArea *m_scroll;
    QVBoxLayout *m_pagesLayout;
    QWidget *m_pagesHost;
    QListWidget *m_materials;
    QPushButton *m_allMaterials;
    QLabel *m_fees;
    QCheckBox *m_waiveFees;
    QLineEdit *m_waiverReason;
    QPushButton *m_accept;
    QPushButton *m_notify;
    QPushButton *m_refuse;
    QPushButton *m_cancel;
    QTimer *m_autosaveTimer;
    int m_autosaveMs = kDefaultAutosaveMs;
    QList<FieldEditor *> m_editors;
    QHash<FieldEditor *, QLabel *> m_labels;
    QList<QWidget *> m_pageBoxes;
    int m_currentPage = 0;
    QSet<QString> m_touched; // "field/part"; "field/*" shows every part
    // Fields prefilled with a beginning (a family name) to go on from, by field id.
    QHash<QString, QString> m_beginnings;
    QHash<QString, bool> m_materialTicks;
    QPointer<PersonFieldEditor> m_waitingPerson;
    QHash<QString, VisitEvidence> m_partyEvidence; // person field id -> its card read
    QStringList m_notifiedMissing;
    bool m_loading = false;
    bool m_missingMaterialsShown = false;
    bool m_dirty = false;
    bool m_resumed = false;
    QString m_intakeKey;
};

} // namespace OneWindow
