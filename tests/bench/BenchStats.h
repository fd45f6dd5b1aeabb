#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QtGlobal>

#include <algorithm>

#include <sys/resource.h>

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

// A benchmark's last line: its figures as one JSON object, with the process's
// peak resident memory so far (`peak_rss_mb`) beside them.
inline QByteArray line(QJsonObject figures)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    figures.insert(QStringLiteral("peak_rss_mb"), round2(double(usage.ru_maxrss) / 1024.0));
    return QJsonDocument(figures).toJson(QJsonDocument::Compact);
}

} // namespace OneWindow::BenchStats
