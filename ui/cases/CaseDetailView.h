#pragma once

#include "workflow/CaseSnapshot.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QHBoxLayout;

namespace OneWindow {

struct FormTemplate;

// One case, as any workspace shows it: its state and both promised and
// statutory dates, every department's step (who holds it, how long it has
// left), what the selected step's department needs (the fields the template
// gives it, the materials received), what the case still waits for (material,
// a procedure, a decision waiting for the supervisor, or one sent back with
// their comment), and its history. A pure view: it is handed the case and the actions the signed-in
// user may take, and says which one was asked for.
class CaseDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    // `form` gives labels and material names (null: keys are shown as they are).
    // `actions`: what the user may do, per step id (0: the case as a whole).
    void show(const CaseSnapshot &snapshot, const FormTemplate *form, int pausedDays,
              const QHash<qint64, QList<CaseAction>> &actions);
    void clear();
    const CaseSnapshot &snapshot() const { return m_snapshot; }
    // The step selected in the steps table, 0 when none.
    qint64 selectedStep() const;
    bool selectStep(qint64 stepId);

Q_SIGNALS:
    void actionRequested(OneWindow::CaseAction action, qint64 stepId);

private:
    void showStep(qint64 stepId);
    void rebuildButtons();
    QString materialTitle(const QString &id) const;
    QString stepDepartment(const SubCase &step) const;
    QString fieldValue(const QString &fieldId) const;

    CaseSnapshot m_snapshot;
    const FormTemplate *m_form = nullptr;
    QHash<qint64, QList<CaseAction>> m_actions;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_waiting;
    QTableWidget *m_steps;
    QTableWidget *m_fields;
    QLabel *m_materials;
    QTreeWidget *m_history;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_actionButtons;
};

} // namespace OneWindow
