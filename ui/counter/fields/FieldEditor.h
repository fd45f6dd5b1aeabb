#pragma once

#include "templates/FormTemplate.h"

#include <QDate>
#include <QMap>
#include <QVariant>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace OneWindow {

// The editor of one template field. Inputs are named "field_<key>" (compound
// fields: "field_<key>_<part>"), error labels "error_<key>[_<part>]", so tests
// and the clerk's keyboard find them the same way whatever the field type.
// Enter in an input, a check box or a button moves on to the next one; it
// never presses the button (Space does).
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    // `key` is the field id, or "<repeat>_<index>_<child>" inside a repeat group.
    FieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent = nullptr);

    const FieldDefinition &field() const { return m_field; }
    const QString &key() const { return m_key; }

    // The value as FieldValidator and IntakeService expect it; invalid when empty.
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;
    // Problems by part (see FieldValidator::validateParts); parts not listed are cleared.
    virtual void showProblems(const QMap<QString, QString> &parts) = 0;
    // Where the cursor goes when the clerk jumps to this field.
    virtual QWidget *firstInput() const = 0;
    // Every focus stop of the field in reading order (the intake chains them).
    virtual QList<QWidget *> inputs() const = 0;
    bool hasVisibleProblem() const;
    // The counter's date: a date typed as "1108" is the 8th of November of its year.
    virtual void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    // Answers to complete from as the clerk types, most likely first (text fields).
    virtual void setSuggestions(const QStringList &suggestions) { Q_UNUSED(suggestions) }

Q_SIGNALS:
    // The clerk changed `part` ("" for a simple field).
    void edited(const QString &part);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Enter moves on from `input`.
    void watch(QWidget *input);
    QLabel *makeErrorLabel(const QString &suffix);
    // The tight grid of a field made of parts (person, address): inputs side by side,
    // each part's error right under it.
    QGridLayout *makePartsGrid();
    // Object name of a part's input: "field_<key>_<part>", what tests look for.
    QString partName(const QString &part) const;
    static void setProblem(QLabel *label, const QString &problem);

private:
    const FieldDefinition &m_field;
    QString m_key;
    QList<QLabel *> m_errors;
    QDate m_today;
};

} // namespace OneWindow
