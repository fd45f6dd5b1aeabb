#include "templates/TemplateText.h"

#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

#include <QLocale>

namespace OneWindow {

bool TemplateText::english()
{
    return QLocale().language() == QLocale::English;
}

QString TemplateText::pick(const LocalizedText &text, const QString &stored)
{
    const QString &preferred = english() ? text.en : text.zh;
    return preferred.isEmpty() ? stored : preferred;
}

QString TemplateText::matter(const FormTemplate *form, const QString &stored)
{
    return form ? pick(form->title, stored) : stored;
}

QString TemplateText::step(const FormTemplate *form, const QString &stepKey,
                           const QString &department, const QString &stored)
{
    if (!form)
        return stored;
    for (const StepDefinition &s : form->steps)
        if (s.id == stepKey)
            return pick(s.title, stored);
    // Cases stored before their steps had keys: the department's step.
    for (const StepDefinition &s : form->steps)
        if (s.department == department)
            return pick(s.title, stored);
    return stored;
}

QString TemplateText::department(const FormTemplate *form, const QString &department)
{
    if (!form || !english())
        return department;
    const LocalizedText name = form->departmentName(department);
    return name.en.isEmpty() ? department : name.en;
}

QString TemplateText::material(const FormTemplate *form, const QString &materialId,
                               const QString &stored)
{
    if (const MaterialDefinition *m = form ? form->material(materialId) : nullptr)
        return pick(m->title, stored);
    return stored;
}

QString TemplateText::document(const TemplateCatalogue &catalogue, const QString &kind,
                               const QString &stored)
{
    if (!english()) // documents keep the title they were issued under
        return stored;
    for (const FormTemplate &t : catalogue.templates())
        if (const MaterialDefinition *m = t.material(kind))
            return pick(m->title, stored);
    for (const FormTemplate &t : catalogue.templates())
        for (const MaterialDefinition &m : t.materials)
            if (m.satisfiedBy.contains(kind))
                return pick(m.title, stored);
    return stored;
}

} // namespace OneWindow
