#include "intake/IntakeSummary.h"

#include "intake/IntakeService.h"
#include "templates/FeeSchedule.h"
#include "templates/FormTemplate.h"

namespace OneWindow {

IntakeSummary IntakeSummary::build(const IntakeService &intake, const FormTemplate &form,
                                   const QVariantMap &values, const QStringList &materialsReceived,
                                   bool feesWaived)
{
    IntakeSummary s;
    s.matter = form.title.zh;
    s.matterEn = form.title.en;
    const CaseRecord plan = intake.plan(form, values);
    for (const SubCase &step : plan.subCases) {
        QString titleEn;
        for (const StepDefinition &d : form.steps)
            if (d.id == step.stepKey)
                titleEn = d.title.en;
        s.steps.append(
            {form.departmentName(step.department).zh, step.title, titleEn, step.deadline});
    }
    s.promised = plan.deadline;
    for (const MaterialDefinition &m : form.materials)
        if (materialsReceived.contains(m.id)) {
            s.materials << m.title.zh;
            s.materialsEn << m.title.en;
        }
    s.fees = FeeSchedule::total(FeeSchedule::compute(form, values));
    s.feesWaived = feesWaived && s.fees > 0;
    return s;
}

} // namespace OneWindow
