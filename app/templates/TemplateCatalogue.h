#pragma once

#include "templates/FormTemplate.h"

#include <QList>
#include <QStringList>

namespace OneWindow {

// Every template the counter offers: the ones compiled in (":/forms") and, if
// given, an administrator's folder whose files replace compiled ones with the
// same id. A broken file is refused with its problems and the rest still work.
class TemplateCatalogue
{
public:
    void loadBuiltIn();
    void loadFolder(const QString &folder);
    // Keeps only the templates with these ids (the matters a hall chose to offer
    // at its first start); an empty list keeps every template.
    void restrictTo(const QStringList &ids);

    const QList<FormTemplate> &templates() const { return m_templates; }
    const QStringList &problems() const { return m_problems; }
    const FormTemplate *find(const QString &id) const;
    // Templates whose title (either language), id or keywords contain `query`.
    QList<const FormTemplate *> search(const QString &query) const;

private:
    void add(const FormTemplate &t);

    QList<FormTemplate> m_templates;
    QStringList m_problems;
};

} // namespace OneWindow
