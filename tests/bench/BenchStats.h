#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

// The few numbers every benchmark reports, computed one way.
namespace OneWindow::BenchStats {

// The value below which `p` (0..1) of the samples lie (nearest rank); 0 when empty.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at =
        qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(at);
}

inline double round2(double v)
{
    return double(qRound64(v * 100)) / 100.0;
}

// splitmix64: reproducible picks from a seed.
inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace OneWindow::BenchStats
