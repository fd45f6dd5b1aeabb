#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

// What the public tracking page may show of one case, and nothing more: no ID
// number, phone, address or birth date, the applicant's name masked (王*禾).
// Texts the page shows in both languages come as a pair (Chinese, English: the
// English is empty where the template has none, and the page then shows the Chinese).
struct TrackerView
{
    struct Text
    {
        QString zh;
        QString en;
    };
    struct Step
    {
        Text department;
        Text title;
        QString state; // CaseStates::key(StepState)
        QDate deadline;
        QDate doneOn; // invalid while not decided
    };

    QString caseNumber; // the receipt's own number, printed on it beside the code
    Text matter;
    QString applicant; // masked
    QString state;     // CaseStates::key(CaseState)
    QString result;    // CaseStates::key(CaseResult), "" until completed
    QDate acceptedOn;
    QDate promisedDate;
    QList<Step> steps;
    QList<Text> missing; // what the case waits for: asked for, or promised under 容缺
    // Where and when to collect: the hall and counter that accepted it, from the
    // day it was completed; once handed over, the day it was.
    QString hallName;
    QString counter;
    QDate collectFrom;
    QDate deliveredOn;
    // What the citizen may rate now: "visit" (the counter's service), "completion"
    // (the result), or "" for nothing.
    QString rating;
};

} // namespace OneWindow
