#include "counter/fields/AddressFieldEditor.h"

#include "templates/RegionTable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace OneWindow {

AddressFieldEditor::AddressFieldEditor(const FieldDefinition &field, const QString &key,
                                       QWidget *parent)
    : FieldEditor(field, key, parent)
{
    auto *layout = makePartsGrid();
    m_province = new QComboBox(this);
    m_province->setObjectName(partName(QStringLiteral("province")));
    m_province->addItem(tr("（省）"), QString());
    for (const QString &p : RegionTable::instance().provinces())
        m_province->addItem(p, p);
    m_city = new QComboBox(this);
    m_city->setObjectName(partName(QStringLiteral("city")));
    m_district = new QComboBox(this);
    m_district->setObjectName(partName(QStringLiteral("district")));
    m_street = new QLineEdit(this);
    m_street->setObjectName(partName(QStringLiteral("street")));
    m_street->setPlaceholderText(tr("街道、小区、门牌号"));
    if (field.maxLength > 0)
        m_street->setMaxLength(field.maxLength);
    for (QWidget *w : {static_cast<QWidget *>(m_province), static_cast<QWidget *>(m_city),
                       static_cast<QWidget *>(m_district), static_cast<QWidget *>(m_street)}) {
        w->setEnabled(!field.readOnly);
        watch(w);
    }
    layout->addWidget(m_province, 0, 0);
    layout->addWidget(m_city, 0, 1);
    layout->addWidget(m_district, 0, 2);
    layout->addWidget(m_street, 1, 0, 1, 3);
    m_regionError = makeErrorLabel(QStringLiteral("_region"));
    m_streetError = makeErrorLabel(QStringLiteral("_street"));
    layout->addWidget(m_regionError, 2, 0, 1, 3);
    layout->addWidget(m_streetError, 3, 0, 1, 3);
    fillCities();

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillCities();
        Q_EMIT edited(QStringLiteral("region"));
    });
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        fillDistricts();
        Q_EMIT edited(QStringLiteral("region"));
    });
    connect(m_district, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("region")); });
    connect(m_street, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("street")); });
}

void AddressFieldEditor::fillCities()
{
    const QSignalBlocker block(m_city);
    m_city->clear();
    m_city->addItem(tr("（市）"), QString());
    for (const QString &c : RegionTable::instance().cities(m_province->currentData().toString()))
        m_city->addItem(c, c);
    // A municipality has one city level: pick it so the clerk goes on to the district.
    if (m_city->count() == 2)
        m_city->setCurrentIndex(1);
    fillDistricts();
}

void AddressFieldEditor::fillDistricts()
{
    const QSignalBlocker block(m_district);
    m_district->clear();
    m_district->addItem(tr("（区县）"), QString());
    for (const RegionTable::Region &r : RegionTable::instance().districts(
             m_province->currentData().toString(), m_city->currentData().toString()))
        m_district->addItem(r.district, r.code);
}

QVariant AddressFieldEditor::value() const
{
    QVariantMap v;
    const QString code = m_district->currentData().toString();
    if (!code.isEmpty()) {
        v.insert(QStringLiteral("code"), code);
        v.insert(QStringLiteral("province"), m_province->currentData().toString());
        v.insert(QStringLiteral("city"), m_city->currentData().toString());
        v.insert(QStringLiteral("district"), m_district->currentText());
    }
    const QString street = m_street->text().trimmed();
    if (!street.isEmpty())
        v.insert(QStringLiteral("street"), street);
    return v.isEmpty() ? QVariant() : QVariant(v);
}

void AddressFieldEditor::setValue(const QVariant &value)
{
    const QVariantMap v = value.typeId() == QMetaType::QString
                              ? RegionTable::instance().parseAddress(value.toString())
                              : value.toMap();
    const RegionTable::Region r =
        RegionTable::instance().find(v.value(QStringLiteral("code")).toString());
    const QSignalBlocker a(m_province);
    const QSignalBlocker b(m_city);
    const QSignalBlocker c(m_district);
    m_province->setCurrentIndex(qMax(0, m_province->findData(r.province)));
    fillCities();
    m_city->setCurrentIndex(qMax(0, m_city->findData(r.city)));
    fillDistricts();
    m_district->setCurrentIndex(qMax(0, m_district->findData(r.code)));
    m_street->setText(v.value(QStringLiteral("street")).toString());
}

void AddressFieldEditor::showProblems(const QMap<QString, QString> &parts)
{
    setProblem(m_regionError, parts.value(QStringLiteral("region")));
    setProblem(m_streetError, parts.value(QStringLiteral("street")));
}

QWidget *AddressFieldEditor::firstInput() const
{
    return m_province->currentIndex() > 0 ? static_cast<QWidget *>(m_street) : m_province;
}

} // namespace OneWindow

namespace OneWindow {

QList<QWidget *> AddressFieldEditor::inputs() const
{
    return {m_province, m_city, m_district, m_street};
}

} // namespace OneWindow
