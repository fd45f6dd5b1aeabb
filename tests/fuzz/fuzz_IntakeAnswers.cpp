// libFuzzer target: the answers file of `onewindow-cli intake accept` comes from
// another system (an online pre-application), so any bytes must be read without a
// crash. A file read without problems must be what the core is asked to accept: a
// valid ID number, a name, and answers the window's checks pass.
#include "FuzzInvariant.h"
#include "identity/IdNumber.h"
#include "intake/IntakeAnswers.h"
#include "templates/FieldValidator.h"
#include "templates/TemplateCatalogue.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;
using OneWindow::Fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TemplateCatalogue catalogue = [] {
        TemplateCatalogue c;
        c.loadBuiltIn();
        return c;
    }();
    static const FormTemplate *form = catalogue.find(QStringLiteral("newborn"));
    if (!form)
        fail("check 1");
    static const QDate today(2026, 11, 24);
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));

    const IntakeAnswers shape = IntakeAnswers::read(json, nullptr, today);
    const IntakeAnswers answers = IntakeAnswers::read(json, form, today);
    if (shape.isObject() != answers.isObject() || shape.isObject() == !shape.notJson().isEmpty())
        fail("either a JSON object or a reason why not");
    for (const IntakeAnswers::Problem &p : answers.problems())
        if (p.message.isEmpty())
            fail("check 2");
    if (!answers.ok())
        return 0;
    const IntakeRequest &r = answers.request();
    if (r.form != form || r.applicant.kind != CardIdentity::Kind::Manual)
        fail("a file never claims a card was read");
    if (!IdNumber::check(r.applicant.idNumber, today).valid || r.applicant.name.isEmpty() ||
        r.applicant.name != r.applicant.name.trimmed())
        fail("check 3");
    if (!FieldValidator::validateAll(*form, r.values, today).isEmpty())
        fail("check 4");
    return 0;
}
