#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

struct CounterSettings;

// How an administrator sets up a counter without touching it: one file,
// /etc/onewindow/counter.conf (or --config FILE), copied to every counter of a
// hall. "KEY = VALUE" lines, '#' or ';' starts a comment line, UTF-8:
//
//   database = postgresql://counter@db.hall.example:5432/onewindow
//   hall.code = 510107
//   hall.name = 武侯区政务服务中心
//   counter = A01
//   hall.key-file = /etc/onewindow/hall.key
//   printer.receipt = Counter-A01
//   printer.notification = Counter-A01
//   reader = auto
//   language = zh
//   idle-lock = 5
//
// What the file sets wins over the settings dialog, which shows it locked;
// the command line wins over both. Every problem names its line.
class ProvisioningFile
{
public:
    struct Problem
    {
        int line = 0; // 1-based; 0 for the file as a whole
        QString message;
    };

    // /etc/onewindow/counter.conf; on Windows %ProgramData%\OneWindow\counter.conf.
    static QString defaultPath();
    static QStringList knownKeys();
    // The kinds of printed document a printer can be set for.
    static QStringList printerKinds();

    static ProvisioningFile parse(const QByteArray &content, const QString &fileName);
    // A missing file is a problem here; callers decide whether a file must exist.
    static ProvisioningFile load(const QString &path);

    bool ok() const { return m_problems.isEmpty(); }
    QString fileName() const { return m_fileName; }
    const QList<Problem> &problems() const { return m_problems; }
    // "FILE:LINE: message", one per problem.
    QStringList problemLines() const;

    bool has(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    int lineOf(const QString &key) const { return m_lines.value(key); }
    // The keys the file sets, in the order of the file.
    const QStringList &keys() const { return m_order; }

    // Puts the file's values over `settings` and records which they were.
    void applyTo(CounterSettings &settings) const;

private:
    void problem(int line, const QString &message) { m_problems.append({line, message}); }
    QString checkValue(const QString &key, const QString &value) const;

    QString m_fileName;
    QHash<QString, QString> m_values;
    QHash<QString, int> m_lines;
    QStringList m_order;
    QList<Problem> m_problems;
};

} // namespace OneWindow
