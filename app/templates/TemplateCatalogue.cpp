#include "templates/TemplateCatalogue.h"

#include "templates/TemplateLoader.h"
#include "templates/TemplatesLog.h"

#include <QDir>

namespace OneWindow {

void TemplateCatalogue::add(const FormTemplate &t)
{
    for (FormTemplate &existing : m_templates) {
        if (existing.id == t.id) {
            existing = t;
            return;
        }
    }
    m_templates.append(t);
}

void TemplateCatalogue::loadBuiltIn()
{
    loadFolder(QStringLiteral(":/forms"));
}

void TemplateCatalogue::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QStringList problems;
        const FormTemplate t = TemplateLoader::loadFile(dir.filePath(name), &problems);
        if (problems.isEmpty()) {
            add(t);
        } else {
            qCWarning(lcTemplates) << "refused template" << name << problems;
            m_problems << problems;
        }
    }
}

void TemplateCatalogue::restrictTo(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    m_templates.removeIf([&](const FormTemplate &t) { return !ids.contains(t.id); });
}

const FormTemplate *TemplateCatalogue::find(const QString &id) const
{
    for (const FormTemplate &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<const FormTemplate *> TemplateCatalogue::search(const QString &query) const
{
    QList<const FormTemplate *> found;
    const QString q = query.trimmed();
    for (const FormTemplate &t : m_templates) {
        bool hit = q.isEmpty() || t.id.contains(q, Qt::CaseInsensitive) || t.title.zh.contains(q) ||
                   t.title.en.contains(q, Qt::CaseInsensitive) ||
                   t.departments().join(QString()).contains(q);
        for (const QString &k : t.keywords)
            hit = hit || k.contains(q, Qt::CaseInsensitive);
        if (hit)
            found.append(&t);
    }
    return found;
}

} // namespace OneWindow
