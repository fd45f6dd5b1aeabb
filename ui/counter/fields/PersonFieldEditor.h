#pragma once

#include "counter/fields/FieldEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OneWindow {

struct CardIdentity;

// A party of the case (the other parent, a seller, a legal representative):
// identified by reading their card, by choosing someone from the citizen's
// file, or by typing name and ID number. The value is
// {name, idNumber, phone, source: card|casefile|typed}.
class PersonFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    PersonFieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void showProblems(const QMap<QString, QString> &parts) override;
    QWidget *firstInput() const override;
    QList<QWidget *> inputs() const override;

    // People named in the citizen's earlier cases, offered in a drop-down.
    void setKnownPeople(const QList<QVariantMap> &people);
    void fillFromCard(const CardIdentity &card);
    bool readFromCard() const { return m_source == QLatin1String("card"); }

Q_SIGNALS:
    // The clerk asked to read this person's card (button or F3 in the field).
    void cardRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_phone = nullptr;
    QPushButton *m_read = nullptr;
    QComboBox *m_known = nullptr;
    QLabel *m_wholeError;
    QLabel *m_nameError;
    QLabel *m_idError;
    QLabel *m_phoneError = nullptr;
    QString m_source = QStringLiteral("typed");
    QList<QVariantMap> m_people;
};

} // namespace OneWindow
