#include "templates/RegionTable.h"

#include "resources/Resources.h"

#include <QHash>

namespace OneWindow {

RegionTable::RegionTable()
{
    for (const QStringList &row : Resources::table(QStringLiteral("regions")))
        if (row.size() >= 4)
            m_regions.append({row.at(0), row.at(1), row.at(2), row.at(3)});
}

const RegionTable &RegionTable::instance()
{
    static const RegionTable table;
    return table;
}

QStringList RegionTable::provinces() const
{
    QStringList list;
    for (const Region &r : m_regions)
        if (!list.contains(r.province))
            list << r.province;
    return list;
}

QStringList RegionTable::cities(const QString &province) const
{
    QStringList list;
    for (const Region &r : m_regions)
        if (r.province == province && !list.contains(r.city))
            list << r.city;
    return list;
}

QList<RegionTable::Region> RegionTable::districts(const QString &province,
                                                  const QString &city) const
{
    QList<Region> list;
    for (const Region &r : m_regions)
        if (r.province == province && r.city == city)
            list << r;
    return list;
}

RegionTable::Region RegionTable::find(const QString &code) const
{
    for (const Region &r : m_regions)
        if (r.code == code)
            return r;
    return {};
}

QVariantMap RegionTable::parseAddress(const QString &text) const
{
    const QString t = text.trimmed();
    // The longest "province city district" prefix wins; municipalities write
    // the city once ("北京市东城区").
    const Region *best = nullptr;
    int bestLength = 0;
    for (const Region &r : m_regions) {
        if (!t.startsWith(r.province))
            continue;
        QString rest = t.mid(r.province.size());
        int length = int(r.province.size());
        if (r.city != r.province) {
            if (!rest.startsWith(r.city))
                continue;
            rest = rest.mid(r.city.size());
            length += int(r.city.size());
        }
        if (!rest.startsWith(r.district))
            continue;
        length += int(r.district.size());
        if (length > bestLength) {
            best = &r;
            bestLength = length;
        }
    }
    QVariantMap value;
    if (!best) {
        value.insert(QStringLiteral("street"), t);
        return value;
    }
    value.insert(QStringLiteral("code"), best->code);
    value.insert(QStringLiteral("province"), best->province);
    value.insert(QStringLiteral("city"), best->city);
    value.insert(QStringLiteral("district"), best->district);
    value.insert(QStringLiteral("street"), t.mid(bestLength).trimmed());
    return value;
}

QString RegionTable::format(const QVariantMap &address)
{
    const QString province = address.value(QStringLiteral("province")).toString();
    QString city = address.value(QStringLiteral("city")).toString();
    if (city == province)
        city.clear();
    return province + city + address.value(QStringLiteral("district")).toString() +
           address.value(QStringLiteral("street")).toString();
}

} // namespace OneWindow
