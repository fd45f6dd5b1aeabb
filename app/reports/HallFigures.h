#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace OneWindow {

// The hall's figures over a range of its days (both ends included), as a
// supervisor reports them upward: what the counters took in, how the
// departments worked, how long results wait for collection. Counts over the
// range, except where a member says "now".
struct HallFigures
{
    // One bar of a breakdown: a counter, a clerk or a matter.
    struct Share
    {
        QString key;   // counter code, clerk's account id, matter code ("" when not recorded)
        QString label; // what the hall calls it
        int count = 0;
    };
    struct Day
    {
        QDate day;
        int accepted = 0;
        int completedOnTime = 0; // by the promised date
        int completedLate = 0;
    };
    struct Department
    {
        QString department;
        // Now: the steps its inbox lists, due within two working days, past due.
        int open = 0;
        int dueSoon = 0;
        int overdue = 0;
        // In the range: decisions on its steps (approved, returned for a
        // supplement, refused once confirmed) and of those the returns and
        // refusals; calendar days its steps stood paused.
        int decisions = 0;
        int returned = 0;
        int refused = 0;
        int pausedDays = 0;
    };

    // Time at the counter over the visits of a counter, a matter or the hall:
    // started in the range and ended, from identification to the visit's end.
    struct Handling
    {
        QString key;   // counter code or matter (template id; "" for a visit with no case)
        QString label; // what the hall calls it
        int visits = 0;
        int medianSeconds = 0; // nearest rank: the ceil(n/2)-th shortest
        int p90Seconds = 0;    // nearest rank: the ceil(0.9 n)-th shortest
    };
    // The ratings (好差评) of a counter, a clerk, a matter or the hall.
    struct Ratings
    {
        QString key; // counter code, clerk's account id, matter (template id; "" none)
        QString label;
        // How many of each level, indexed by RatingLevel: 非常满意 first.
        std::array<int, 5> levels{};

        int total() const
        {
            int n = 0;
            for (int c : levels)
                n += c;
            return n;
        }
        // 非常满意, 满意 and 基本满意.
        int satisfied() const { return levels[0] + levels[1] + levels[2]; }
        // 不满意 and 非常不满意.
        int poor() const { return levels[3] + levels[4]; }
        // satisfied() / total(); 0 with no ratings (check total()).
        double satisfactionRate() const { return total() > 0 ? double(satisfied()) / total() : 0; }
    };

    // A number a click can open: which figure, broken down by what, and the
    // value of that breakdown ("" with Dimension::All).
    enum class Figure
    {
        Accepted,
        CompletedOnTime,
        CompletedLate,
        Open,
        DueSoon,
        Overdue,
        Returned,
        Refused,
        AwaitingCollection,
        PoorRatings,      // 不满意 and 非常不满意 given in the range, of a case
        OverdueFollowUps, // now: open follow-ups past their day, of a rated case
    };
    enum class Dimension
    {
        All,
        Counter,
        Clerk,
        Matter,
        Day,
        Department,
        Level, // a rating level's key (poor ratings only)
    };
    // A case behind a number, newest first.
    struct Case
    {
        QString caseNumber;
        QString title;
        QString state;
        QDateTime acceptedAt;
    };

    QDate from;
    QDate to;
    QDate today; // what "now" was measured against

    int accepted = 0;
    int notifications = 0;  // 一次性告知书 issued
    int nonAcceptances = 0; // 不予受理 decisions issued
    QList<Share> byCounter; // most first
    QList<Share> byClerk;
    QList<Share> byMatter;
    QList<Day> days; // every day of the range, in order
    int completedOnTime = 0;
    int completedLate = 0;
    QList<Department> departments; // most overdue first
    // Now: results completed and not yet handed over, and for how many days.
    int awaitingCollection = 0;
    int collectionWaitMedianDays = 0;
    int collectionWaitLongestDays = 0;

    // Visits started in the range and ended: time at the counter, overall, by
    // counter and by matter (a visit counts once under each matter it
    // touched), most visits first; how they ended (Visit::outcomeKeys order).
    Handling handling;
    QList<Handling> handlingByCounter;
    QList<Handling> handlingByMatter;
    QList<Share> visitOutcomes; // key: outcome key, label empty

    // Ratings given in the range (both stages), the hall's and by counter,
    // clerk and matter, most ratings first.
    Ratings ratings;
    QList<Ratings> ratingsByCounter;
    QList<Ratings> ratingsByClerk;
    QList<Ratings> ratingsByMatter;

    // Follow-ups (整改): open and overdue now (due before today), opened and
    // closed in the range.
    int followUpsOpen = 0;
    int followUpsOverdue = 0;
    int followUpsOpened = 0;
    int followUpsClosed = 0;
};

} // namespace OneWindow
