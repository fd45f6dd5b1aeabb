#pragma once

#include "common/Result.h"
#include "ratings/Rating.h"
#include "security/Session.h"
#include "tracker/TrackerView.h"

#include <QByteArray>
#include <QString>

namespace OneWindow {

class CaseFileService;
class RatingService;
class Clock;
class TemplateCatalogue;

// The tracking page's one question: what may be shown for this code. Verifies the
// payload with the hall key (QrPayload::parse), loads the case through the core
// (CaseFileService::track, audited as a read by the tracker's own session, which
// has no user and no staff permission) and keeps only what TrackerView holds.
//
// Refusals, each shown as a page with nothing of the case:
//   "forged"       the signature does not match (forged, altered, another hall's)
//   "invalid"      not a code of ours, damaged, or from a newer OneWindow
//   "not-tracking" a valid code that names no case: an e-ID or appointment code,
//                  a document without a case
//   "expired"      the code's own expiry, or the case was handed over or withdrawn
//                  more than Options::closedDaysVisible days ago
//   "not-found"    signed by the hall, but no such case
//   "unavailable"  the database failed (logged by the caller, not shown)
class TrackerService
{
public:
    struct Options
    {
        QString hallName;
        // A finished case (delivered or withdrawn) stays visible this many days,
        // so the citizen sees it was handed over, then its code expires.
        int closedDaysVisible = 30;
    };

    TrackerService(CaseFileService &files, const TemplateCatalogue &catalogue, const Clock &clock,
                   const QByteArray &hallKey, const Options &options);

    Result<TrackerView> view(const QString &payloadText);
    // 好差评 from the citizen's phone: what view() refuses is refused the same way;
    // then RatingService::rateCase decides ("rating-closed", "already-rated", the
    // input's refusals).
    Result<Rating> rate(const QString &payloadText, const RatingInput &input);
    // Where ratings go; without it the page offers none.
    void setRatings(RatingService *ratings) { m_ratings = ratings; }

private:
    // The case a code opens, or the refusal.
    Result<QString> caseOf(const QString &payloadText) const;

    CaseFileService &m_files;
    RatingService *m_ratings = nullptr;
    const TemplateCatalogue &m_catalogue;
    const Clock &m_clock;
    QByteArray m_key;
    Options m_options;
    Session m_session = Session::tracker();
};

} // namespace OneWindow
