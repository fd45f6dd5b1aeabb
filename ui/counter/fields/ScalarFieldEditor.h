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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Options up to this many are numbered: one key picks one.
    static constexpr int kNumberedOptions = 9;

    // A date as the clerk typed it ("1108", "20261108") shown as it will be stored.
    void normalizeDate();
    // An option's label as the clerk sees it: "2 女".
    QString numbered(int index, const QString &label) const;
    // The option a typed key picks (its number or first character), or -1.
    int optionForKey(const QString &text) const;
    // The earlier answers the typed initials stand for; the hint names the one
    // Enter fills in.
    void showInitialsMatches(const QStringList &matches);

    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint;
    QLabel *m_error;
    QStringList m_suggestions;
    QStringList m_initialsMatches;
    int m_initialsChoice = 0;
};

} // namespace OneWindow
