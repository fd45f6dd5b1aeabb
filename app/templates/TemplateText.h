#pragma once

#include "templates/LocalizedText.h"

#include <QString>

namespace OneWindow {

class TemplateCatalogue;
struct FormTemplate;

// What a stored case says (its matter, steps, departments and materials were
// stored in Chinese, as accepted) in the interface language: the template's
// words in that language wherever the template has them, else the stored
// words. `form` may be null (a matter no longer offered): the stored words then.
class TemplateText
{
public:
    static bool english();

    static QString matter(const FormTemplate *form, const QString &stored);
    // The step by its key, else the template's step of that department.
    static QString step(const FormTemplate *form, const QString &stepKey, const QString &department,
                        const QString &stored);
    // In Chinese the department's short name as stored (公安); in English its
    // English name where the template gives one.
    static QString department(const FormTemplate *form, const QString &department);
    // A material by its id in this template.
    static QString material(const FormTemplate *form, const QString &materialId,
                            const QString &stored);
    // A document on file by its kind, from whichever template names it (a
    // material id, or a kind that satisfies one, e.g. an electronic licence).
    static QString document(const TemplateCatalogue &catalogue, const QString &kind,
                            const QString &stored);

private:
    static QString pick(const LocalizedText &text, const QString &stored);
};

} // namespace OneWindow
