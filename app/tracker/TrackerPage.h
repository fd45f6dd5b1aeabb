#pragma once

#include "tracker/TrackerView.h"

#include <QByteArray>
#include <QString>

namespace OneWindow {

// The tracking page's HTML: mobile first, Chinese with the English below it, no
// scripts, no inline style (the stylesheet is its own route, so the CSP allows
// 'self' only). Every text from the case or the template is HTML-escaped. The
// words go through QCoreApplication::translate ("TrackerPage"); the page shows
// the Chinese and the English source texts together, whatever the locale.
class TrackerPage
{
public:
    static QString stylesheetPath() { return QStringLiteral("/static/tracker.css"); }

    // `rateAction`: where the rating form posts to (the page's own path + "/rate");
    // the form shows only when the view says something may be rated.
    static QByteArray render(const TrackerView &view, const QString &rateAction = {});
    // After a rating was posted: thanks, or why it was not taken (RatingService's
    // and TrackerService's refusal codes), with the way back to `casePath`.
    static QByteArray rated(const QString &refusal, const QString &casePath);
    // A code that opens nothing: only why, never anything of a case. `reason` is
    // one of TrackerService's refusal codes.
    static QByteArray refusal(const QString &reason);
    // A page of the server itself: "/" (the baseline of the benchmark), 404, 405,
    // 413, 414, 429.
    static QByteArray home();
    static QByteArray error(int status);
    static QByteArray stylesheet();

    static QString stateText(const QString &caseState, bool english);
    static QString stepText(const QString &stepState, bool english);
};

} // namespace OneWindow
