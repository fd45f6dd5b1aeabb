#include "templates/TemplateLoader.h"

#include <QFile>
#include <functional>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace OneWindow {

namespace {

class Reader
{
public:
    Reader(const QString &file, QStringList *problems) : m_file(file), m_problems(problems) {}

    void problem(const QString &pointer, const QString &message)
    {
        m_problems->append(QStringLiteral("%1:%2: %3").arg(m_file, pointer, message));
    }

    Condition condition(const QJsonValue &v, const QString &pointer)
    {
        QString error;
        Condition c = Condition::fromJson(v, pointer, &error);
        if (!error.isEmpty()) {
            const int colon = error.indexOf(QLatin1String(": "));
            problem(error.left(colon), error.mid(colon + 2));
        }
        return c;
    }

    void parseField(const QJsonObject &o, const QString &pointer, const QString &page, FormTemplate &t)
    {
        FieldDefinition f;
        f.id = o.value(QLatin1String("id")).toString();
        f.page = page;
        f.pointer = pointer;
        if (f.id.isEmpty())
            problem(pointer + QStringLiteral("/id"), QStringLiteral("a field needs an id"));
        const QString type = o.value(QLatin1String("type")).toString();
        if (!FieldDefinition::typeFromKey(type, &f.type))
            problem(pointer + QStringLiteral("/type"),
                    QStringLiteral("unknown field type \"%1\"").arg(type));
        f.label = LocalizedText::fromJson(o.value(QLatin1String("label")));
        if (f.label.isEmpty())
            problem(pointer + QStringLiteral("/label"), QStringLiteral("a field needs a label"));
        f.help = LocalizedText::fromJson(o.value(QLatin1String("help")));
        f.required = o.value(QLatin1String("required")).toBool();
        if (o.contains(QLatin1String("requiredWhen"))) {
            f.requiredWhen = condition(o.value(QLatin1String("requiredWhen")),
                                       pointer + QStringLiteral("/requiredWhen"));
            // "requiredWhen": null means no extra rule, not "always required".
            f.hasRequiredWhen = !f.requiredWhen.isAlways();
        }
        f.visibleWhen =
            condition(o.value(QLatin1String("visibleWhen")), pointer + QStringLiteral("/visibleWhen"));
        f.pattern = o.value(QLatin1String("pattern")).toString();
        if (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid())
            problem(pointer + QStringLiteral("/pattern"), QStringLiteral("invalid regular expression"));
        f.patternMessage = LocalizedText::fromJson(o.value(QLatin1String("patternMessage")));
        f.minLength = o.value(QLatin1String("minLength")).toInt();
        f.maxLength = o.value(QLatin1String("maxLength")).toInt();
        if (o.contains(QLatin1String("minimum")) || o.contains(QLatin1String("maximum"))) {
            f.hasRange = true;
            f.minimum = o.value(QLatin1String("minimum")).toDouble(-1e18);
            f.maximum = o.value(QLatin1String("maximum")).toDouble(1e18);
        }
        f.dateRule = o.value(QLatin1String("dateRule")).toString();
        if (!f.dateRule.isEmpty() && f.dateRule != QLatin1String("not-future")
            && f.dateRule != QLatin1String("not-past"))
            problem(pointer + QStringLiteral("/dateRule"),
                    QStringLiteral("unknown date rule \"%1\"").arg(f.dateRule));
        f.maxAgeDays = o.value(QLatin1String("maxAgeDays")).toInt();
        const QJsonArray options = o.value(QLatin1String("options")).toArray();
        for (const QJsonValue &ov : options) {
            const QJsonObject oo = ov.toObject();
            f.options.append({oo.value(QLatin1String("value")).toString(),
                              LocalizedText::fromJson(oo.value(QLatin1String("label")))});
        }
        if ((f.type == FieldDefinition::Type::Choice || f.type == FieldDefinition::Type::MultiChoice)
            && f.options.isEmpty())
            problem(pointer + QStringLiteral("/options"), QStringLiteral("a choice needs options"));
        f.prefill = o.value(QLatin1String("prefill")).toString();
        f.readOnly = o.value(QLatin1String("readOnly")).toBool();
        f.defaultValue = o.value(QLatin1String("default")).toVariant().toString();
        if (!f.id.isEmpty() && t.field(f.id))
            problem(pointer + QStringLiteral("/id"), QStringLiteral("duplicate id \"%1\"").arg(f.id));
        t.fields.append(f);
    }

    void checkSteps(const FormTemplate &t)
    {
        QHash<QString, int> index;
        for (int i = 0; i < t.steps.size(); ++i)
            index.insert(t.steps[i].id, i);
        for (int i = 0; i < t.steps.size(); ++i)
            for (const QString &a : t.steps[i].after)
                if (!index.contains(a))
                    problem(QStringLiteral("/steps/%1/after").arg(i),
                            QStringLiteral("unknown step \"%1\"").arg(a));
        // Depth-first search for a cycle in the "after" relation. The step
        // reported is one on the cycle, not merely one that leads into it.
        QHash<QString, int> state; // 1 visiting, 2 done
        QString cycleStep;
        std::function<bool(const QString &)> visit = [&](const QString &id) {
            if (state.value(id) == 1) {
                cycleStep = id;
                return true;
            }
            if (state.value(id) == 2 || !index.contains(id))
                return false;
            state[id] = 1;
            for (const QString &a : t.steps[index[id]].after)
                if (visit(a))
                    return true;
            state[id] = 2;
            return false;
        };
        for (int i = 0; i < t.steps.size(); ++i) {
            if (visit(t.steps[i].id)) {
                problem(QStringLiteral("/steps/%1").arg(index.value(cycleStep)),
                        QStringLiteral("the steps wait for each other in a cycle"));
                break;
            }
        }
    }

private:
    QString m_file;
    QStringList *m_problems;
};

} // namespace

FormTemplate TemplateLoader::load(const QByteArray &json, const QString &fileName, QStringList *problems)
{
    Reader r(fileName, problems);
    FormTemplate t;
    t.sourceFile = fileName;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.problem(QString(), QStringLiteral("invalid JSON at offset %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
        return t;
    }
    if (!doc.isObject()) {
        r.problem(QString(), QStringLiteral("a template is a JSON object"));
        return t;
    }
    const QJsonObject o = doc.object();
    t.id = o.value(QLatin1String("id")).toString();
    if (t.id.isEmpty())
        r.problem(QStringLiteral("/id"), QStringLiteral("a template needs an id"));
    t.version = o.value(QLatin1String("version")).toInt();
    if (t.version < 1)
        r.problem(QStringLiteral("/version"), QStringLiteral("version must be a whole number from 1"));
    t.matterCode = o.value(QLatin1String("matterCode")).toString(t.id);
    t.bundle = o.value(QLatin1String("bundle")).toBool();
    t.title = LocalizedText::fromJson(o.value(QLatin1String("title")));
    if (t.title.zh.isEmpty())
        r.problem(QStringLiteral("/title"), QStringLiteral("a template needs a Chinese title"));
    t.help = LocalizedText::fromJson(o.value(QLatin1String("help")));
    for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
        t.keywords << k.toString();
    t.lifeEvent = o.value(QLatin1String("lifeEvent")).toString();

    const QJsonArray pages = o.value(QLatin1String("pages")).toArray();
    if (pages.isEmpty())
        r.problem(QStringLiteral("/pages"), QStringLiteral("a template needs at least one page"));
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject po = pages.at(p).toObject();
        PageDefinition page{po.value(QLatin1String("id")).toString(QString::number(p)),
                            LocalizedText::fromJson(po.value(QLatin1String("title")))};
        t.pages.append(page);
        const QJsonArray fields = po.value(QLatin1String("fields")).toArray();
        for (int i = 0; i < fields.size(); ++i)
            r.parseField(fields.at(i).toObject(), QStringLiteral("/pages/%1/fields/%2").arg(p).arg(i),
                         page.id, t);
    }

    const QJsonArray materials = o.value(QLatin1String("materials")).toArray();
    QSet<QString> materialIds;
    for (int i = 0; i < materials.size(); ++i) {
        const QJsonObject mo = materials.at(i).toObject();
        const QString pointer = QStringLiteral("/materials/%1").arg(i);
        MaterialDefinition m;
        m.id = mo.value(QLatin1String("id")).toString();
        if (m.id.isEmpty() || materialIds.contains(m.id))
            r.problem(pointer + QStringLiteral("/id"), QStringLiteral("a material needs a unique id"));
        materialIds.insert(m.id);
        m.title = LocalizedText::fromJson(mo.value(QLatin1String("title")));
        m.count = mo.value(QLatin1String("count")).toInt(1);
        if (m.count < 1)
            r.problem(pointer + QStringLiteral("/count"), QStringLiteral("count must be at least 1"));
        m.original = mo.value(QLatin1String("original")).toBool(true);
        m.requiredWhen = r.condition(mo.value(QLatin1String("requiredWhen")),
                                     pointer + QStringLiteral("/requiredWhen"));
        for (const QJsonValue &s : mo.value(QLatin1String("satisfiedBy")).toArray())
            m.satisfiedBy << s.toString();
        m.reason = LocalizedText::fromJson(mo.value(QLatin1String("reason")));
        t.materials.append(m);
    }

    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        r.problem(QStringLiteral("/steps"), QStringLiteral("a template needs at least one department step"));
    QSet<QString> stepIds;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject so = steps.at(i).toObject();
        const QString pointer = QStringLiteral("/steps/%1").arg(i);
        StepDefinition s;
        s.id = so.value(QLatin1String("id")).toString();
        // "after" names steps by id, so an id must be there and be unique.
        if (s.id.isEmpty() || stepIds.contains(s.id))
            r.problem(pointer + QStringLiteral("/id"), QStringLiteral("a step needs a unique id"));
        stepIds.insert(s.id);
        s.department = so.value(QLatin1String("department")).toString();
        if (s.department.isEmpty())
            r.problem(pointer + QStringLiteral("/department"), QStringLiteral("a step needs a department"));
        s.title = LocalizedText::fromJson(so.value(QLatin1String("title")));
        s.workingDays = so.value(QLatin1String("workingDays")).toInt();
        s.statutoryDays = so.value(QLatin1String("statutoryDays")).toInt(s.workingDays);
        if (s.workingDays < 1)
            r.problem(pointer + QStringLiteral("/workingDays"), QStringLiteral("a time limit of at least one working day"));
        for (const QJsonValue &a : so.value(QLatin1String("after")).toArray())
            s.after << a.toString();
        t.steps.append(s);
    }
    r.checkSteps(t);

    // Rules may only look at fields the template has.
    auto checkRefs = [&](const Condition &c, const QString &pointer) {
        for (const QString &f : c.referencedFields())
            if (!t.field(f))
                r.problem(pointer, QStringLiteral("condition on missing field \"%1\"").arg(f));
    };
    for (const FieldDefinition &f : t.fields) {
        checkRefs(f.visibleWhen, f.pointer + QStringLiteral("/visibleWhen"));
        checkRefs(f.requiredWhen, f.pointer + QStringLiteral("/requiredWhen"));
    }
    for (int i = 0; i < t.materials.size(); ++i)
        checkRefs(t.materials[i].requiredWhen, QStringLiteral("/materials/%1/requiredWhen").arg(i));
    return t;
}

FormTemplate TemplateLoader::loadFile(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("%1:: cannot read the file (%2)").arg(path, file.errorString()));
        return FormTemplate();
    }
    return load(file.readAll(), path, problems);
}

} // namespace OneWindow
