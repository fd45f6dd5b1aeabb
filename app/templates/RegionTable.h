#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

// The county-level divisions (GB/T 2260) behind the address field, read once
// from ":/data/regions.tsv": province, city, district, and the six-digit code.
class RegionTable
{
public:
    struct Region
    {
        QString code;
        QString province;
        QString city;
        QString district;
        bool isValid() const { return !code.isEmpty(); }
    };

    static const RegionTable &instance();

    const QList<Region> &regions() const { return m_regions; }
    QStringList provinces() const;
    QStringList cities(const QString &province) const;
    // Districts of a city, in code order.
    QList<Region> districts(const QString &province, const QString &city) const;
    Region find(const QString &code) const;

    // Splits a free-text address ("四川省成都市武侯区某某街1号") into its region
    // and the street line, as an address field value
    // {code, province, city, district, street}; an address whose region is not
    // recognised gives {street: text}.
    QVariantMap parseAddress(const QString &text) const;
    // The address as one line, for printing and for the text of older cases.
    static QString format(const QVariantMap &address);

private:
    RegionTable();

    QList<Region> m_regions;
};

} // namespace OneWindow
