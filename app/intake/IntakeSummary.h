#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace OneWindow {

class IntakeService;
struct FormTemplate;

// What the citizen confirms on their screen before the clerk accepts (确认无误):
// the matter, each department's step and the date it is promised by, the
// materials handed over and the fees, as acceptance would record them today.
// Both languages: the screen faces citizens who may read either.
struct IntakeSummary
{
    struct Step
    {
        QString department;
        QString title;   // Chinese
        QString titleEn; // English, "" when the template has none
        QDate promised;
    };

    QString matter;
    QString matterEn;
    QList<Step> steps;
    QDate promised; // the whole case
    QStringList materials;
    QStringList materialsEn;
    double fees = 0;
    bool feesWaived = false;

    static IntakeSummary build(const IntakeService &intake, const FormTemplate &form,
                               const QVariantMap &values, const QStringList &materialsReceived,
                               bool feesWaived);
};

} // namespace OneWindow
