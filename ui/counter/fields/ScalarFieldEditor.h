#pragma once

#include "counter/fields/FieldEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace OneWindow {

// One input for a one-value field: a line (text, number, money, date, phone,
// ID number), a drop-down (choice), a check box (yes/no, attachment) or a
// list of check boxes (multiple choice).
class ScalarFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ScalarFieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void showProblems(const QMap<QString, QString> &parts) override;
    QWidget *firstInput() const override;
    QList<QWidget *> inputs() const override;
    void setSuggestions(const QStringList &suggestions) override;

private:
    // A date as the clerk typed it ("1108", "20261108") shown as it will be stored.
    void normalizeDate();

    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error;
};

} // namespace OneWindow
