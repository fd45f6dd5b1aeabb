#pragma once

#include "counter/fields/FieldEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace OneWindow {

// Province, city and district from the region-code table, then the street
// line. The value is {code, province, city, district, street}.
class AddressFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    AddressFieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void showProblems(const QMap<QString, QString> &parts) override;
    QWidget *firstInput() const override;
    QList<QWidget *> inputs() const override;

private:
    void fillCities();
    void fillDistricts();

    QComboBox *m_province;
    QComboBox *m_city;
    QComboBox *m_district;
    QLineEdit *m_street;
    QLabel *m_regionError;
    QLabel *m_streetError;
};

} // namespace OneWindow
