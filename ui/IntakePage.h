#pragma once

#include "casefile/Person.h"
#include "identity/CardIdentity.h"
#include "templates/FormTemplate.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace OneWindow {

class Clock;

// Intake generated from a form template: one group per page, a widget per
// field, errors beside the fields as the clerk types, and the materials
// checklist recomputed from the answers. Keyboard first: Enter moves on,
// F9 accepts, Esc goes back to the case file.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    explicit IntakePage(const Clock &clock, QWidget *parent = nullptr);

    void start(const FormTemplate &form, const CardIdentity &applicant, const Person &person,
               const QSet<QString> &heldDocuments);
    const FormTemplate *form() const { return m_form; }
    QVariantMap values() const;
    QStringList materialsReceived() const;
    QSet<QString> heldDocuments() const { return m_held; }
    // Shows every problem at once (used when accepting fails validation).
    int showAllProblems();
    void showMessage(const QString &message);

Q_SIGNALS:
    void acceptRequested();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldWidgets
    {
        const FieldDefinition *field = nullptr;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *createEditor(const FieldDefinition &field, QWidget *parent);
    void setEditorValue(const FieldWidgets &w, const QVariant &value);
    QVariant editorValue(const FieldWidgets &w) const;
    void onEdited(const QString &fieldId);
    void refresh();
    void clearForm();

    const Clock &m_clock;
    const FormTemplate *m_form = nullptr;
    QSet<QString> m_held;
    QLabel *m_title;
    QLabel *m_message;
    QVBoxLayout *m_pagesLayout;
    QWidget *m_pagesHost;
    QListWidget *m_materials;
    QPushButton *m_accept;
    QPushButton *m_cancel;
    QList<FieldWidgets> m_fields;
    QSet<QString> m_touched;
    QHash<QString, bool> m_materialTicks;
    bool m_loading = false;
};

} // namespace OneWindow
