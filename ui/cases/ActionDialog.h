#pragma once

#include "identity/CardIdentity.h"
#include "workflow/ActionRequest.h"
#include "workflow/CaseSnapshot.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace OneWindow {

struct FormTemplate;

// Asks for what an action needs before it is taken: the missing materials and
// a note for a return, the procedure, reason and expected end of a special
// procedure, the legal reason of a refusal, the materials that arrived, the
// recipient of a handover, the reason of a withdrawal or reopening, the result
// of an approval. OK stays disabled until what the core requires is there.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(CaseAction action, qint64 stepId, const CaseSnapshot &snapshot,
                 const FormTemplate *form, const QDate &today, QWidget *parent = nullptr);

    // Whether this action asks anything (claim, release, complete do not).
    static bool needsInput(CaseAction action);
    ActionRequest request() const;
    // A handover to an agent: their card, read at the counter.
    void takeCard(const CardIdentity &card);
    bool wantsCard() const;

private:
    void addMaterials(const QStringList &ids, const FormTemplate *form);
    // Says that a refusal or a 退件 goes to the supervisor first.
    void decisionNote(QFormLayout *form);
    void validate();

    CaseAction m_action;
    qint64 m_stepId;
    int m_version;
    QLineEdit *m_result = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QListWidget *m_materials = nullptr;
    QComboBox *m_procedure = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_tracking = nullptr;
    QLabel *m_hint;
    QDialogButtonBox *m_box;
    QDate m_today;
};

} // namespace OneWindow
