#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// An official holiday list as an administrator gets it: the project's TSV
// (resources/data/calendar.tsv's format) or an iCalendar file (.ics) as
// calendar publishers offer them. Every problem names its line; a file with a
// problem is not imported at all.
//
// In an .ics file each VEVENT is one holiday period or one make-up working
// day: DTSTART and DTEND are dates (VALUE=DATE, DTEND exclusive as RFC 5545
// says; without DTEND one day). Which of the two it is comes from
// X-ONEWINDOW-KIND (holiday or workday) when present, else from SUMMARY:
// 班 (补班, 上班) or "work" means a make-up working day, 休 or 假 or
// "holiday"/"day off" a rest day. An event that says neither is a problem.
class CalendarFile
{
public:
    enum class Format
    {
        Tsv,
        ICalendar
    };

    struct Day
    {
        QDate date;
        bool workday = false; // a make-up working day; else a holiday (rest day)
        QString name;
        QString nameEn;
    };

    struct Problem
    {
        int line = 0; // 1-based; 0 for the file as a whole
        QString message;
    };

    static CalendarFile parse(const QByteArray &content, Format format,
                              const QString &fileName = QString());
    // iCalendar for a .ics or .ical file or one starting with BEGIN:VCALENDAR, else TSV.
    static CalendarFile load(const QString &path);

    bool ok() const { return m_problems.isEmpty() && !m_days.isEmpty(); }
    Format format() const { return m_format; }
    QString fileName() const { return m_fileName; }
    QByteArray sha256() const { return m_sha256; }
    // Sorted by date, one entry per date.
    const QList<Day> &days() const { return m_days; }
    const QList<Problem> &problems() const { return m_problems; }
    // "FILE:LINE: message", one per problem (and "no days" for an empty file).
    QStringList problemLines() const;
    // The years the file lists days for, ascending.
    QList<int> years() const;
    // The years whose arrangement the file holds, ascending: those it lists a day
    // for between January and November. An arrangement may begin in the last days
    // of the December before (2008, 2012, 2019 and 2023 did): such days alone do
    // not make the file cover that December's year.
    QList<int> coveredYears() const;
    // The year whose arrangement `day` belongs to: its own year when the file
    // covers it, else the next (a December day of the following New Year).
    int arrangementOf(const QDate &day) const;

private:
    void problem(int line, const QString &message) { m_problems.append({line, message}); }
    void addDay(int line, const Day &day);
    void parseTsv(const QByteArray &content);
    void parseICalendar(const QByteArray &content);

    Format m_format = Format::Tsv;
    QString m_fileName;
    QByteArray m_sha256;
    QList<Day> m_days;
    QList<Problem> m_problems;
};

} // namespace OneWindow
