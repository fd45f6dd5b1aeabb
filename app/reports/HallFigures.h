#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

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
    };
    enum class Dimension
    {
        All,
        Counter,
        Clerk,
        Matter,
        Day,
        Department,
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
};

} // namespace OneWindow
