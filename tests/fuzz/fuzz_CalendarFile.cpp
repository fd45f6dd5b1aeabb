// libFuzzer target: an official holiday list comes from a publisher's web site or an
// administrator's editor, so any bytes must parse without a crash, in either format.
// A file the parser accepts must be what the import relies on: one sorted entry per
// date, names without control characters or broken UTF-8, and every problem naming
// the file and a line that exists.
#include "FuzzInvariant.h"
#include "workflow/CalendarFile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;
using OneWindow::Fuzz::fail;

namespace {

bool printable(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the format; the rest is the file.
    const auto format = data[0] & 1 ? CalendarFile::Format::ICalendar : CalendarFile::Format::Tsv;
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const CalendarFile file = CalendarFile::parse(content, format, QStringLiteral("fuzz.cal"));
    const int lines = int(content.count('\n')) + 1;
    for (const CalendarFile::Problem &p : file.problems())
        if (p.line < 0 || p.line > lines || p.message.isEmpty())
            fail("a problem must point at a line of the file");
    for (const QString &line : file.problemLines())
        if (!line.startsWith(QLatin1String("fuzz.cal:")))
            fail("check 1");
    if (!file.ok())
        return 0;
    const QList<CalendarFile::Day> &days = file.days();
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (!days.at(i).date.isValid() || (i > 0 && !(days.at(i - 1).date < days.at(i).date)))
            fail("sorted, one entry per date");
        if (days.at(i).workday && days.at(i).date.dayOfWeek() <= 5)
            fail("a make-up working day on a weekday was accepted");
        if (!printable(days.at(i).name) || !printable(days.at(i).nameEn))
            fail("a name the hall's screens and papers would show broken");
        const int year = file.arrangementOf(days.at(i).date);
        if (year != days.at(i).date.year() && year != days.at(i).date.year() + 1)
            fail("check 2");
    }
    if (file.coveredYears().isEmpty())
        fail("accepted without a year's arrangement");
    for (int y : file.coveredYears())
        if (!file.years().contains(y))
            fail("check 3");
    return 0;
}
