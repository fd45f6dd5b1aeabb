#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

// The hall at a glance for the supervisor on duty.
struct Dashboard
{
    struct Department
    {
        QString department;
        int open = 0;    // the steps its inbox lists, decisions awaiting the supervisor too
        int held = 0;    // of those, claimed by an officer
        int dueSoon = 0; // due within two working days
        int overdue = 0; // past their promised date, the clock running
    };

    QDate day;
    int acceptedToday = 0;
    int completedToday = 0;
    int deliveredToday = 0;
    int open = 0; // accepted, in progress, paused
    int awaitingSupplement = 0;
    int specialProcedure = 0;
    int readyForCollection = 0; // completed, not yet handed over
    int overdueCases = 0;       // open, the clock running, promised date passed
    int reviewOpen = 0;
    int overdueCommitments = 0;
    QList<Department> departments; // most overdue first
};

} // namespace OneWindow
