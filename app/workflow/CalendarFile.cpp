#include "workflow/CalendarFile.h"

#include "common/PlainText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace OneWindow {

namespace {

// A holiday's name goes to the deadline screens and papers as it is: "" when it can,
// else why not (a NUL or control character, broken UTF-8, a direction override).
QString nameProblem(const QString &name)
{
    return PlainText::problem(name, PlainText::Lines::One, PlainText::kMaxName);
}

// A holiday period longer than this is a typing mistake, not an arrangement
// (the longest, Spring Festival, is 8 or 9 days).
constexpr int kLongestPeriod = 31;

struct ContentLine
{
    int line; // where the (possibly folded) line starts
    QString name;
    QHash<QString, QString> parameters;
    QString value;
};

// "NAME;PARAM=V;PARAM=V:VALUE" (RFC 5545 3.1); parameter values may be quoted.
bool splitContentLine(const QString &text, ContentLine *out)
{
    int colon = -1;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (text.at(i) == QLatin1Char(':') && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    const QStringList head = text.left(colon).split(QLatin1Char(';'));
    out->name = head.first().trimmed().toUpper();
    for (int i = 1; i < head.size(); ++i) {
        const int eq = int(head.at(i).indexOf(QLatin1Char('=')));
        if (eq > 0)
            out->parameters.insert(head.at(i).left(eq).trimmed().toUpper(),
                                   head.at(i).mid(eq + 1).remove(QLatin1Char('"')).trimmed());
    }
    out->value = text.mid(colon + 1);
    return !out->name.isEmpty();
}

QString unescapeText(const QString &value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QLatin1Char(' ') : next;
        } else {
            out += value.at(i);
        }
    }
    return out.trimmed();
}

// Which of the two a SUMMARY names; 0 when it says neither.
// 调休上班 holds both 休 and 班: a working day, so 班 is looked for first.
int kindFromSummary(const QString &summary)
{
    static const QRegularExpression work(QStringLiteral("班|\\bwork(ing)?\\s*day\\b|\\bwork\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rest(
        QStringLiteral("休|假|\\bholiday\\b|\\bday off\\b|\\boff\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (work.match(summary).hasMatch())
        return 2;
    if (rest.match(summary).hasMatch())
        return 1;
    return 0;
}

// "春节 休", "春节（补班）" -> "春节": the name without the marker.
QString nameFromSummary(const QString &summary)
{
    static const QRegularExpression marker(
        QStringLiteral("[（(\\[]?\\s*(调休上班|补班|上班|班|放假|休息|休|假)\\s*[）)\\]]?"));
    QString name = summary;
    name.remove(marker);
    name = name.trimmed();
    return name.isEmpty() ? summary : name;
}

} // namespace

CalendarFile CalendarFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CalendarFile broken;
        broken.m_fileName = path;
        broken.problem(0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return broken;
    }
    // Official lists are a few kilobytes; refuse to read a whole disk image.
    const QByteArray content = file.read(4 * 1024 * 1024);
    // By name first: a web page saved as holidays.ics is a broken calendar, not a TSV.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool ics = suffix == QLatin1String("ics") || suffix == QLatin1String("ical") ||
                     content.trimmed().left(15).toUpper() == "BEGIN:VCALENDAR";
    return parse(content, ics ? Format::ICalendar : Format::Tsv, path);
}

CalendarFile CalendarFile::parse(const QByteArray &content, Format format, const QString &fileName)
{
    CalendarFile file;
    file.m_format = format;
    file.m_fileName = fileName;
    file.m_sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    if (format == Format::Tsv)
        file.parseTsv(content);
    else
        file.parseICalendar(content);
    std::sort(file.m_days.begin(), file.m_days.end(),
              [](const Day &a, const Day &b) { return a.date < b.date; });
    if (file.m_days.isEmpty() && file.m_problems.isEmpty())
        file.problem(0, QStringLiteral("no holidays or make-up working days in the file"));
    else if (!file.m_days.isEmpty() && file.coveredYears().isEmpty())
        file.problem(0, QStringLiteral("only days of December: the file holds no year's"
                                       " arrangement (a year's arrangement lists its days from"
                                       " January to October)"));
    return file;
}

void CalendarFile::addDay(int line, const Day &day)
{
    if (day.workday && day.date.dayOfWeek() <= 5) {
        problem(line, QStringLiteral("%1 is a weekday: a make-up working day falls on a weekend")
                          .arg(day.date.toString(Qt::ISODate)));
        return;
    }
    for (const Day &known : std::as_const(m_days)) {
        if (known.date != day.date)
            continue;
        if (known.workday != day.workday)
            problem(line, QStringLiteral("%1 is listed both as a holiday and as a make-up working"
                                         " day")
                              .arg(day.date.toString(Qt::ISODate)));
        return; // the same day twice in one period list: once is enough
    }
    m_days.append(day);
}

QStringList CalendarFile::problemLines() const
{
    QStringList lines;
    for (const Problem &p : m_problems)
        lines << QStringLiteral("%1:%2: %3")
                     .arg(m_fileName.isEmpty() ? QStringLiteral("-") : m_fileName)
                     .arg(p.line)
                     .arg(p.message);
    return lines;
}

QList<int> CalendarFile::years() const
{
    QList<int> years;
    for (const Day &d : m_days)
        if (!years.contains(d.date.year()))
            years.append(d.date.year());
    std::sort(years.begin(), years.end());
    return years;
}

QList<int> CalendarFile::coveredYears() const
{
    QList<int> covered;
    for (const Day &d : m_days)
        if (d.date.month() < 12 && !covered.contains(d.date.year()))
            covered.append(d.date.year());
    std::sort(covered.begin(), covered.end());
    return covered;
}

int CalendarFile::arrangementOf(const QDate &day) const
{
    return coveredYears().contains(day.year()) ? day.year() : day.year() + 1;
}

void CalendarFile::parseTsv(const QByteArray &content)
{
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString text = QString::fromUtf8(lines.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = text.split(QLatin1Char('\t'));
        if (columns.size() < 2) {
            problem(
                lineNumber,
                QStringLiteral("expected DATE<TAB>holiday|workday[<TAB>name<TAB>English name]"));
            continue;
        }
        Day day;
        day.date = QDate::fromString(columns.at(0).trimmed(), Qt::ISODate);
        if (!day.date.isValid()) {
            problem(lineNumber,
                    QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(columns.at(0)));
            continue;
        }
        const QString kind = columns.at(1).trimmed();
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday")) {
            problem(lineNumber,
                    QStringLiteral("kind \"%1\" is neither holiday nor workday").arg(kind));
            continue;
        }
        day.workday = kind == QLatin1String("workday");
        day.name = columns.value(2).trimmed();
        day.nameEn = columns.value(3).trimmed();
        if (const QString why = nameProblem(day.name) + nameProblem(day.nameEn); !why.isEmpty()) {
            problem(lineNumber, QStringLiteral("the holiday's name %1").arg(why));
            continue;
        }
        addDay(lineNumber, day);
    }
}

void CalendarFile::parseICalendar(const QByteArray &content)
{
    // Unfold (RFC 5545 3.1): a line starting with a space or tab continues the one before.
    QList<QPair<int, QString>> unfolded;
    const QList<QByteArray> raw = content.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        QString text = QString::fromUtf8(raw.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if ((text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) &&
            !unfolded.isEmpty()) {
            unfolded.last().second += text.mid(1);
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        unfolded.append({i + 1, text});
    }
    if (unfolded.isEmpty() ||
        unfolded.first().second.trimmed().toUpper() != QLatin1String("BEGIN:VCALENDAR")) {
        problem(unfolded.isEmpty() ? 1 : unfolded.first().first,
                QStringLiteral("not an iCalendar file: it must start with BEGIN:VCALENDAR"));
        return;
    }

    bool inEvent = false;
    bool ended = false;
    int eventLine = 0;
    QList<ContentLine> event;
    const auto finishEvent = [&]() {
        const ContentLine *start = nullptr;
        const ContentLine *end = nullptr;
        const ContentLine *duration = nullptr;
        const ContentLine *summary = nullptr;
        const ContentLine *kind = nullptr;
        for (const ContentLine &c : std::as_const(event)) {
            if (c.name == QLatin1String("DTSTART"))
                start = &c;
            else if (c.name == QLatin1String("DTEND"))
                end = &c;
            else if (c.name == QLatin1String("DURATION"))
                duration = &c;
            else if (c.name == QLatin1String("SUMMARY"))
                summary = &c;
            else if (c.name == QLatin1String("X-ONEWINDOW-KIND"))
                kind = &c;
        }
        const auto dateOf = [&](const ContentLine &c, const char *what) -> QDate {
            const QString v = c.value.trimmed();
            if (v.contains(QLatin1Char('T')) ||
                c.parameters.value(QStringLiteral("VALUE"))
                        .compare(QLatin1String("DATE-TIME"), Qt::CaseInsensitive) == 0) {
                problem(c.line, QStringLiteral("%1 is a date and time; holiday lists use whole"
                                               " days (VALUE=DATE)")
                                    .arg(QLatin1String(what)));
                return {};
            }
            const QDate d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
            if (!d.isValid())
                problem(c.line, QStringLiteral("%1 \"%2\" is not a date (YYYYMMDD)")
                                    .arg(QLatin1String(what), v));
            return d;
        };
        if (!start) {
            problem(eventLine, QStringLiteral("VEVENT without DTSTART"));
            return;
        }
        const QDate first = dateOf(*start, "DTSTART");
        if (!first.isValid())
            return;
        QDate last = first;
        if (end) {
            const QDate exclusive = dateOf(*end, "DTEND");
            if (!exclusive.isValid())
                return;
            if (exclusive <= first) {
                problem(end->line, QStringLiteral("DTEND is not after DTSTART"));
                return;
            }
            last = exclusive.addDays(-1);
        } else if (duration) {
            static const QRegularExpression days(QStringLiteral("^P(\\d{1,3})D$"));
            const auto m = days.match(duration->value.trimmed().toUpper());
            if (!m.hasMatch() || m.captured(1).toInt() < 1) {
                problem(duration->line,
                        QStringLiteral("DURATION \"%1\" is not a whole number of days (PnD)")
                            .arg(duration->value.trimmed()));
                return;
            }
            last = first.addDays(m.captured(1).toInt() - 1);
        }
        if (first.daysTo(last) >= kLongestPeriod) {
            problem(start->line, QStringLiteral("a period of %1 days is too long for a holiday")
                                     .arg(first.daysTo(last) + 1));
            return;
        }
        const QString title = summary ? unescapeText(summary->value) : QString();
        bool workday = false;
        if (kind) {
            const QString k = kind->value.trimmed().toLower();
            if (k != QLatin1String("holiday") && k != QLatin1String("workday")) {
                problem(kind->line,
                        QStringLiteral("X-ONEWINDOW-KIND \"%1\" is neither holiday nor workday")
                            .arg(kind->value.trimmed()));
                return;
            }
            workday = k == QLatin1String("workday");
        } else {
            const int fromSummary = kindFromSummary(title);
            if (fromSummary == 0) {
                problem(summary ? summary->line : eventLine,
                        QStringLiteral("cannot tell a holiday from a make-up working day: SUMMARY"
                                       " \"%1\" says neither 休 nor 班 (or set"
                                       " X-ONEWINDOW-KIND)")
                            .arg(title));
                return;
            }
            workday = fromSummary == 2;
        }
        if (const QString why = nameProblem(nameFromSummary(title)); !why.isEmpty()) {
            problem(summary ? summary->line : eventLine,
                    QStringLiteral("the holiday's name %1").arg(why));
            return;
        }
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            Day day;
            day.date = d;
            day.workday = workday;
            day.name = nameFromSummary(title);
            addDay(start->line, day);
        }
    };

    for (int i = 1; i < unfolded.size(); ++i) {
        const int lineNumber = unfolded.at(i).first;
        ContentLine c;
        c.line = lineNumber;
        if (!splitContentLine(unfolded.at(i).second, &c)) {
            problem(lineNumber, QStringLiteral("not a NAME:VALUE line"));
            continue;
        }
        if (ended) {
            problem(lineNumber, QStringLiteral("content after END:VCALENDAR"));
            break;
        }
        const QString value = c.value.trimmed().toUpper();
        if (c.name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            if (inEvent)
                problem(lineNumber, QStringLiteral("BEGIN:VEVENT inside another VEVENT"));
            inEvent = true;
            eventLine = lineNumber;
            event.clear();
        } else if (c.name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            if (!inEvent)
                problem(lineNumber, QStringLiteral("END:VEVENT without BEGIN:VEVENT"));
            else
                finishEvent();
            inEvent = false;
        } else if (c.name == QLatin1String("END") && value == QLatin1String("VCALENDAR")) {
            if (inEvent)
                problem(lineNumber, QStringLiteral("END:VCALENDAR inside a VEVENT"));
            ended = true;
        } else if (inEvent) {
            event.append(c);
        }
    }
    if (!ended)
        problem(unfolded.last().first, QStringLiteral("the file ends without END:VCALENDAR"));
}

} // namespace OneWindow
