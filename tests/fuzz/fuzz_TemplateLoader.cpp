// libFuzzer target: an administrator's template folder is untrusted input, so
// any bytes must load without a crash, and a template the loader accepts must
// be usable: every rule evaluates, validation and the checklist run, and a
// template reported without problems has what the intake relies on.
#include "templates/FeeSchedule.h"
#include "templates/FieldValidator.h"
#include "templates/MaterialsChecklist.h"
#include "templates/TemplateLoader.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>
#include <cstdlib>

using namespace OneWindow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList problems;
    const FormTemplate t = TemplateLoader::load(json, QStringLiteral("fuzz.json"), &problems);
    for (const QString &p : problems)
        if (!p.startsWith(QLatin1String("fuzz.json:")))
            abort(); // every problem names the file and a pointer
    if (!problems.isEmpty())
        return 0;
    if (t.id.isEmpty() || t.version < 1 || t.pages.isEmpty() || t.steps.isEmpty())
        abort(); // accepted without what intake and acceptance need
    // Answers made of the template's own literals: every rule and check must run.
    QVariantMap values;
    for (const FieldDefinition &f : t.fields) {
        if (!f.options.isEmpty())
            values.insert(f.id, f.options.first().value);
        else if (!f.defaultValue.isEmpty())
            values.insert(f.id, f.defaultValue);
    }
    const QDate today(2026, 11, 24);
    FieldValidator::validateAll(t, values, today);
    FieldValidator::validateAll(t, QVariantMap(), today);
    MaterialsChecklist::compute(t, values, {QStringLiteral("id-card")});
    FeeSchedule::compute(t, values);
    return 0;
}
