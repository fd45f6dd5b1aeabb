#include "templates/TemplateLoader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace OneWindow {

namespace {

const QStringList kMaterialKinds = {
    QStringLiteral("id"),    QStringLiteral("certificate"), QStringLiteral("licence"),
    QStringLiteral("form"),  QStringLiteral("photo"),       QStringLiteral("contract"),
    QStringLiteral("proof"), QStringLiteral("other"),
};

const QStringList kPrefillSources = {
    QStringLiteral("identity.name"),       QStringLiteral("identity.surname"),
    QStringLiteral("identity.idNumber"),   QStringLiteral("identity.sex"),
    QStringLiteral("identity.parentRole"), QStringLiteral("identity.birth"),
    QStringLiteral("identity.address"),    QStringLiteral("identity.person"),
    QStringLiteral("casefile.phone"),      QStringLiteral("casefile.address"),
    QStringLiteral("casefile.last"),
};

// Above this many combinations the "can never hold" check gives up and
// assumes the rule can hold: it exists to catch mistakes, not to prove.
constexpr int kMaxCombinations = 20000;

class Reader
{
public:
    Reader(const QString &file, QStringList *problems)
        : m_file(file)
        , m_problems(problems)
    {}

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

    FieldDefinition parseField(const QJsonObject &o, const QString &pointer, const QString &page,
                               bool nested)
    {
        FieldDefinition f;
        f.id = o.value(QLatin1String("id")).toString();
        f.page = page;
        f.pointer = pointer;
        if (f.id.isEmpty())
            problem(pointer + QStringLiteral("/id"), QStringLiteral("a field needs an id"));
        else if (f.id.contains(QLatin1Char('.')))
            problem(pointer + QStringLiteral("/id"),
                    QStringLiteral("a field id may not contain \".\""));
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
        f.visibleWhen = condition(o.value(QLatin1String("visibleWhen")),
                                  pointer + QStringLiteral("/visibleWhen"));
        f.pattern = o.value(QLatin1String("pattern")).toString();
        if (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid())
            problem(pointer + QStringLiteral("/pattern"),
                    QStringLiteral("invalid regular expression"));
        f.patternMessage = LocalizedText::fromJson(o.value(QLatin1String("patternMessage")));
        f.minLength = o.value(QLatin1String("minLength")).toInt();
        f.maxLength = o.value(QLatin1String("maxLength")).toInt();
        if (o.contains(QLatin1String("minimum")) || o.contains(QLatin1String("maximum"))) {
            f.hasRange = true;
            f.minimum = o.value(QLatin1String("minimum")).toDouble(-1e18);
            f.maximum = o.value(QLatin1String("maximum")).toDouble(1e18);
            if (f.minimum > f.maximum)
                problem(pointer + QStringLiteral("/minimum"),
                        QStringLiteral("minimum is larger than maximum"));
        }
        f.dateRule = o.value(QLatin1String("dateRule")).toString();
        if (!f.dateRule.isEmpty() && f.dateRule != QLatin1String("not-future") &&
            f.dateRule != QLatin1String("not-past"))
            problem(pointer + QStringLiteral("/dateRule"),
                    QStringLiteral("unknown date rule \"%1\"").arg(f.dateRule));
        f.maxAgeDays = o.value(QLatin1String("maxAgeDays")).toInt();
        f.minAgeDays = o.value(QLatin1String("minAgeDays")).toInt();
        f.minAgeYears = o.value(QLatin1String("minAgeYears")).toInt();
        f.maxAgeYears = o.value(QLatin1String("maxAgeYears")).toInt();
        if (f.maxAgeYears > 0 && f.minAgeYears > f.maxAgeYears)
            problem(pointer + QStringLiteral("/minAgeYears"),
                    QStringLiteral("minAgeYears is larger than maxAgeYears"));
        f.dateBefore = o.value(QLatin1String("dateBefore")).toString();
        f.dateAfter = o.value(QLatin1String("dateAfter")).toString();
        const QJsonArray options = o.value(QLatin1String("options")).toArray();
        QSet<QString> optionValues;
        for (int i = 0; i < options.size(); ++i) {
            const QJsonObject oo = options.at(i).toObject();
            const QString value = oo.value(QLatin1String("value")).toString();
            if (value.isEmpty() || optionValues.contains(value))
                problem(pointer + QStringLiteral("/options/%1/value").arg(i),
                        QStringLiteral("an option needs a unique value"));
            optionValues.insert(value);
            f.options.append({value, LocalizedText::fromJson(oo.value(QLatin1String("label")))});
        }
        if ((f.type == FieldDefinition::Type::Choice ||
             f.type == FieldDefinition::Type::MultiChoice) &&
            f.options.isEmpty())
            problem(pointer + QStringLiteral("/options"), QStringLiteral("a choice needs options"));
        f.prefill = o.value(QLatin1String("prefill")).toString();
        if (!f.prefill.isEmpty() && !kPrefillSources.contains(f.prefill) &&
            !f.prefill.startsWith(QLatin1String("field.")))
            problem(pointer + QStringLiteral("/prefill"),
                    QStringLiteral("unknown prefill source \"%1\"").arg(f.prefill));
        f.readOnly = o.value(QLatin1String("readOnly")).toBool();
        f.defaultValue = o.value(QLatin1String("default")).toVariant().toString();
        const QString complete = o.value(QLatin1String("complete")).toString();
        if (complete == QLatin1String("history")) {
            if (f.type != FieldDefinition::Type::Text || nested)
                problem(pointer + QStringLiteral("/complete"),
                        QStringLiteral("only a text field outside a repeat group completes from "
                                       "the hall's history"));
            f.completeFromHistory = true;
        } else if (!complete.isEmpty()) {
            problem(pointer + QStringLiteral("/complete"),
                    QStringLiteral("unknown completion \"%1\"").arg(complete));
        }

        if (f.type == FieldDefinition::Type::Person) {
            f.personSex = o.value(QLatin1String("sex")).toString();
            if (!f.personSex.isEmpty() && f.personSex != QLatin1String("male") &&
                f.personSex != QLatin1String("female"))
                problem(pointer + QStringLiteral("/sex"),
                        QStringLiteral("sex is \"male\" or \"female\""));
            f.personRole = o.value(QLatin1String("role")).toString();
            f.personPhone = o.value(QLatin1String("withPhone")).toBool();
        }
        if (f.type == FieldDefinition::Type::Attachment) {
            f.material = o.value(QLatin1String("material")).toString();
            if (f.material.isEmpty())
                problem(pointer + QStringLiteral("/material"),
                        QStringLiteral("an attachment names the material it receives"));
        }
        if (f.type == FieldDefinition::Type::Repeat) {
            if (nested)
                problem(pointer + QStringLiteral("/type"),
                        QStringLiteral("a repeat group cannot hold another repeat group"));
            f.minItems = o.value(QLatin1String("minItems")).toInt();
            f.maxItems = o.value(QLatin1String("maxItems")).toInt();
            if (f.maxItems > 0 && f.minItems > f.maxItems)
                problem(pointer + QStringLiteral("/minItems"),
                        QStringLiteral("minItems is larger than maxItems"));
            f.itemLabel = LocalizedText::fromJson(o.value(QLatin1String("itemLabel")));
            const QJsonArray children = o.value(QLatin1String("fields")).toArray();
            if (children.isEmpty())
                problem(pointer + QStringLiteral("/fields"),
                        QStringLiteral("a repeat group needs fields"));
            for (int i = 0; i < children.size(); ++i) {
                FieldDefinition child =
                    parseField(children.at(i).toObject(),
                               pointer + QStringLiteral("/fields/%1").arg(i), page, true);
                if (!child.id.isEmpty() && f.child(child.id))
                    problem(child.pointer + QStringLiteral("/id"),
                            QStringLiteral("duplicate id \"%1\"").arg(child.id));
                f.children.append(child);
            }
        }
        return f;
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

    // The values a rule could meet for one field: the options of a choice,
    // yes and no, and for free fields the literals the rule names plus
    // something else; always also "not answered".
    static QVariantList candidates(const FieldDefinition *f, const QString &path,
                                   const Condition &c)
    {
        QVariantList values{QVariant()};
        if (f && path == f->id && f->type == FieldDefinition::Type::YesNo) {
            values << true << false;
            return values;
        }
        if (f && path == f->id && f->type == FieldDefinition::Type::Choice) {
            for (const FieldOption &o : f->options)
                values << o.value;
            return values;
        }
        if (f && path == f->id && f->type == FieldDefinition::Type::MultiChoice) {
            QStringList all;
            for (const FieldOption &o : f->options) {
                values << QVariant(QStringList{o.value});
                all << o.value;
            }
            values << QVariant(all);
            return values;
        }
        for (const auto &literal : c.literals()) {
            if (literal.first != path)
                continue;
            const QVariant v = literal.second;
            bool numeric = false;
            const double n = v.toString().toDouble(&numeric);
            if (numeric && v.typeId() != QMetaType::Bool)
                values << n - 1 << n << n + 1;
            else
                values << v;
        }
        values << QStringLiteral("\x01other");
        return values;
    }

    // False when no combination of answers makes the rule hold.
    static bool canHold(const Condition &c, const FormTemplate &t)
    {
        if (c.isAlways() || c.comparesFields())
            return true;
        QStringList paths;
        for (const auto &literal : c.literals())
            if (!paths.contains(literal.first))
                paths << literal.first;
        for (const QString &f : c.referencedFields())
            if (!paths.contains(f) && ![&] {
                    for (const QString &p : paths)
                        if (p.startsWith(f + QLatin1Char('.')))
                            return true;
                    return false;
                }())
                paths << f;
        QList<QVariantList> domains;
        qint64 combinations = 1;
        for (const QString &p : paths) {
            domains << candidates(t.field(p.section(QLatin1Char('.'), 0, 0)), p, c);
            combinations *= domains.constLast().size();
            if (combinations > kMaxCombinations)
                return true;
        }
        QList<int> at(paths.size(), 0);
        for (qint64 n = 0; n < combinations; ++n) {
            QVariantMap values;
            for (int i = 0; i < paths.size(); ++i) {
                const QVariant v = domains[i][at[i]];
                if (!v.isValid())
                    continue;
                const QStringList parts = paths[i].split(QLatin1Char('.'));
                if (parts.size() == 1) {
                    values.insert(parts.first(), v);
                } else {
                    QVariantMap inner = values.value(parts.first()).toMap();
                    inner.insert(parts.mid(1).join(QLatin1Char('.')), v);
                    values.insert(parts.first(), inner);
                }
            }
            if (c.evaluate(values))
                return true;
            for (int i = 0; i < at.size(); ++i) {
                if (++at[i] < domains[i].size())
                    break;
                at[i] = 0;
            }
        }
        return false;
    }

    // Every text a clerk or citizen reads is translated data: under these keys a
    // text needs its English beside the Chinese (a language-neutral plain
    // string, "A", is fine). One problem per text; a text already reported
    // by a specific check is not reported twice.
    void checkTranslations(const QJsonValue &value, const QString &pointer)
    {
        static const QStringList textKeys = {
            QStringLiteral("title"),  QStringLiteral("label"),
            QStringLiteral("help"),   QStringLiteral("message"),
            QStringLiteral("name"),   QStringLiteral("itemLabel"),
            QStringLiteral("reason"), QStringLiteral("patternMessage"),
            QStringLiteral("basis")};
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        const auto reported = [this](const QString &at) {
            const QString prefix = m_file + QLatin1Char(':') + at + QStringLiteral(": ");
            return std::any_of(m_problems->cbegin(), m_problems->cend(),
                               [&](const QString &p) { return p.startsWith(prefix); });
        };
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (int i = 0; i < a.size(); ++i)
                checkTranslations(a.at(i), pointer + QLatin1Char('/') + QString::number(i));
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = pointer + QLatin1Char('/') + it.key();
            if (!textKeys.contains(it.key())) {
                checkTranslations(it.value(), at);
                continue;
            }
            if (it.value().isString()) {
                if (han.match(it.value().toString()).hasMatch() && !reported(at))
                    problem(at, QStringLiteral("Chinese only: write {\"zh\": ..., \"en\": ...}"));
            } else if (it.value().isObject()) {
                const QJsonObject text = it.value().toObject();
                if (text.contains(QLatin1String("zh")) || text.contains(QLatin1String("en"))) {
                    if (!text.value(QLatin1String("zh")).toString().isEmpty() &&
                        text.value(QLatin1String("en")).toString().trimmed().isEmpty() &&
                        !reported(at))
                        problem(at, QStringLiteral(
                                        "no English text: write {\"zh\": ..., \"en\": ...}"));
                } else {
                    checkTranslations(it.value(), at); // an object that is not a text
                }
            } else {
                checkTranslations(it.value(), at);
            }
        }
    }

private:
    QString m_file;
    QStringList *m_problems;
};

} // namespace

FormTemplate TemplateLoader::load(const QByteArray &json, const QString &fileName,
                                  QStringList *problems)
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
        r.problem(QStringLiteral("/version"),
                  QStringLiteral("version must be a whole number from 1"));
    t.matterCode = o.value(QLatin1String("matterCode")).toString(t.id);
    t.bundle = o.value(QLatin1String("bundle")).toBool();
    t.title = LocalizedText::fromJson(o.value(QLatin1String("title")));
    if (t.title.zh.isEmpty())
        r.problem(QStringLiteral("/title"), QStringLiteral("a template needs a Chinese title"));
    t.help = LocalizedText::fromJson(o.value(QLatin1String("help")));
    for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
        t.keywords << k.toString();
    t.lifeEvent = o.value(QLatin1String("lifeEvent")).toString();

    const QJsonArray departments = o.value(QLatin1String("departments")).toArray();
    for (int i = 0; i < departments.size(); ++i) {
        const QJsonObject d = departments.at(i).toObject();
        DepartmentDefinition dept{d.value(QLatin1String("id")).toString(),
                                  LocalizedText::fromJson(d.value(QLatin1String("name")))};
        if (dept.id.isEmpty())
            r.problem(QStringLiteral("/departments/%1/id").arg(i),
                      QStringLiteral("a department needs an id"));
        t.departmentList.append(dept);
    }

    const QJsonArray pages = o.value(QLatin1String("pages")).toArray();
    if (pages.isEmpty())
        r.problem(QStringLiteral("/pages"), QStringLiteral("a template needs at least one page"));
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject po = pages.at(p).toObject();
        PageDefinition page{po.value(QLatin1String("id")).toString(QString::number(p)),
                            LocalizedText::fromJson(po.value(QLatin1String("title")))};
        t.pages.append(page);
        const QJsonArray fields = po.value(QLatin1String("fields")).toArray();
        for (int i = 0; i < fields.size(); ++i) {
            const FieldDefinition f =
                r.parseField(fields.at(i).toObject(),
                             QStringLiteral("/pages/%1/fields/%2").arg(p).arg(i), page.id, false);
            if (!f.id.isEmpty() && t.field(f.id))
                r.problem(f.pointer + QStringLiteral("/id"),
                          QStringLiteral("duplicate id \"%1\"").arg(f.id));
            t.fields.append(f);
        }
    }

    const QJsonArray rules = o.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject ro = rules.at(i).toObject();
        const QString pointer = QStringLiteral("/rules/%1").arg(i);
        CrossFieldRule rule;
        rule.id = ro.value(QLatin1String("id")).toString(QString::number(i));
        rule.when = r.condition(ro.value(QLatin1String("when")), pointer + QStringLiteral("/when"));
        if (!ro.value(QLatin1String("check")).isObject())
            r.problem(pointer + QStringLiteral("/check"), QStringLiteral("a rule needs a check"));
        else
            rule.check =
                r.condition(ro.value(QLatin1String("check")), pointer + QStringLiteral("/check"));
        rule.field = ro.value(QLatin1String("field")).toString();
        if (!t.field(rule.field))
            r.problem(pointer + QStringLiteral("/field"),
                      QStringLiteral("a rule shows its message at a field of the template"));
        rule.message = LocalizedText::fromJson(ro.value(QLatin1String("message")));
        if (rule.message.zh.isEmpty() || rule.message.en.isEmpty())
            r.problem(pointer + QStringLiteral("/message"),
                      QStringLiteral("a rule needs a message in Chinese and English"));
        t.rules.append(rule);
    }

    const QJsonArray materials = o.value(QLatin1String("materials")).toArray();
    QSet<QString> materialIds;
    for (int i = 0; i < materials.size(); ++i) {
        const QJsonObject mo = materials.at(i).toObject();
        const QString pointer = QStringLiteral("/materials/%1").arg(i);
        MaterialDefinition m;
        m.id = mo.value(QLatin1String("id")).toString();
        if (m.id.isEmpty() || materialIds.contains(m.id))
            r.problem(pointer + QStringLiteral("/id"),
                      QStringLiteral("a material needs a unique id"));
        materialIds.insert(m.id);
        m.title = LocalizedText::fromJson(mo.value(QLatin1String("title")));
        m.kind = mo.value(QLatin1String("kind")).toString(QStringLiteral("other"));
        if (!kMaterialKinds.contains(m.kind))
            r.problem(pointer + QStringLiteral("/kind"),
                      QStringLiteral("unknown material kind \"%1\"").arg(m.kind));
        m.count = mo.value(QLatin1String("count")).toInt(1);
        if (m.count < 1)
            r.problem(pointer + QStringLiteral("/count"),
                      QStringLiteral("count must be at least 1"));
        m.original = mo.value(QLatin1String("original")).toBool(true);
        m.requiredWhen = r.condition(mo.value(QLatin1String("requiredWhen")),
                                     pointer + QStringLiteral("/requiredWhen"));
        for (const QJsonValue &s : mo.value(QLatin1String("satisfiedBy")).toArray())
            m.satisfiedBy << s.toString();
        m.reason = LocalizedText::fromJson(mo.value(QLatin1String("reason")));
        m.mayFollow = mo.value(QLatin1String("mayFollow")).toBool(false);
        if (m.mayFollow && m.kind == QLatin1String("id"))
            r.problem(pointer + QStringLiteral("/mayFollow"),
                      QStringLiteral("an identity document cannot follow: it is checked at"
                                     " acceptance"));
        t.materials.append(m);
    }

    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        r.problem(QStringLiteral("/steps"),
                  QStringLiteral("a template needs at least one department step"));
    QSet<QString> stepIds;
    QSet<QString> knownDepartments;
    for (const DepartmentDefinition &d : t.departmentList)
        knownDepartments.insert(d.id);
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
            r.problem(pointer + QStringLiteral("/department"),
                      QStringLiteral("a step needs a department"));
        else if (!knownDepartments.isEmpty() && !knownDepartments.contains(s.department))
            r.problem(pointer + QStringLiteral("/department"),
                      QStringLiteral("department \"%1\" is not in /departments").arg(s.department));
        s.title = LocalizedText::fromJson(so.value(QLatin1String("title")));
        s.workingDays = so.value(QLatin1String("workingDays")).toInt();
        s.statutoryDays = so.value(QLatin1String("statutoryDays")).toInt(s.workingDays);
        if (s.workingDays < 1)
            r.problem(pointer + QStringLiteral("/workingDays"),
                      QStringLiteral("a time limit of at least one working day"));
        else if (s.statutoryDays < s.workingDays)
            r.problem(pointer + QStringLiteral("/statutoryDays"),
                      QStringLiteral("the statutory limit is shorter than the promised one"));
        for (const QJsonValue &a : so.value(QLatin1String("after")).toArray())
            s.after << a.toString();
        s.when = r.condition(so.value(QLatin1String("when")), pointer + QStringLiteral("/when"));
        const QJsonArray receives = so.value(QLatin1String("receives")).toArray();
        for (int k = 0; k < receives.size(); ++k) {
            s.receives << receives.at(k).toString();
            if (!t.field(s.receives.constLast()))
                r.problem(pointer + QStringLiteral("/receives/%1").arg(k),
                          QStringLiteral("unknown field \"%1\"").arg(s.receives.constLast()));
        }
        t.steps.append(s);
    }
    r.checkSteps(t);

    const QJsonArray fees = o.value(QLatin1String("fees")).toArray();
    for (int i = 0; i < fees.size(); ++i) {
        const QJsonObject fo = fees.at(i).toObject();
        const QString pointer = QStringLiteral("/fees/%1").arg(i);
        FeeDefinition fee;
        fee.id = fo.value(QLatin1String("id")).toString(QString::number(i));
        fee.title = LocalizedText::fromJson(fo.value(QLatin1String("title")));
        if (fee.title.isEmpty())
            r.problem(pointer + QStringLiteral("/title"), QStringLiteral("a fee needs a title"));
        fee.department = fo.value(QLatin1String("department")).toString();
        if (!t.departments().contains(fee.department))
            r.problem(pointer + QStringLiteral("/department"),
                      QStringLiteral("a fee is charged by a department of the steps"));
        fee.amount = fo.value(QLatin1String("amount")).toDouble();
        fee.rate = fo.value(QLatin1String("rate")).toDouble();
        fee.baseField = fo.value(QLatin1String("baseField")).toString();
        if (fee.amount < 0 || fee.rate < 0)
            r.problem(pointer, QStringLiteral("a fee cannot be negative"));
        if (fee.rate > 0) {
            const FieldDefinition *base = t.field(fee.baseField);
            if (!base || (base->type != FieldDefinition::Type::Money &&
                          base->type != FieldDefinition::Type::Number))
                r.problem(pointer + QStringLiteral("/baseField"),
                          QStringLiteral("a rate applies to a number or money field"));
        }
        fee.when = r.condition(fo.value(QLatin1String("when")), pointer + QStringLiteral("/when"));
        fee.basis = LocalizedText::fromJson(fo.value(QLatin1String("basis")));
        t.fees.append(fee);
    }

    // Rules may only look at fields the template has.
    auto checkRefs = [&](const Condition &c, const QString &pointer) {
        for (const QString &f : c.referencedFields())
            if (!t.field(f))
                r.problem(pointer, QStringLiteral("condition on missing field \"%1\"").arg(f));
    };
    auto checkField = [&](const FieldDefinition &f, const FieldDefinition *parent) {
        checkRefs(f.visibleWhen, f.pointer + QStringLiteral("/visibleWhen"));
        checkRefs(f.requiredWhen, f.pointer + QStringLiteral("/requiredWhen"));
        for (const auto &[key, other] : {qMakePair(QStringLiteral("dateBefore"), f.dateBefore),
                                         qMakePair(QStringLiteral("dateAfter"), f.dateAfter)}) {
            if (other.isEmpty())
                continue;
            const FieldDefinition *target = parent ? parent->child(other) : nullptr;
            if (!target)
                target = t.field(other);
            if (!target || target->type != FieldDefinition::Type::Date)
                r.problem(f.pointer + QLatin1Char('/') + key,
                          QStringLiteral("\"%1\" is not a date field").arg(other));
        }
        if (f.prefill.startsWith(QLatin1String("field."))) {
            const QString source = f.prefill.mid(6);
            if (!t.field(source) || source == f.id)
                r.problem(f.pointer + QStringLiteral("/prefill"),
                          QStringLiteral("prefill from missing field \"%1\"").arg(source));
        }
        if (f.type == FieldDefinition::Type::Attachment && !f.material.isEmpty() &&
            !t.material(f.material))
            r.problem(f.pointer + QStringLiteral("/material"),
                      QStringLiteral("unknown material \"%1\"").arg(f.material));
    };
    for (const FieldDefinition &f : t.fields) {
        checkField(f, nullptr);
        for (const FieldDefinition &c : f.children)
            checkField(c, &f);
    }
    for (int i = 0; i < t.rules.size(); ++i) {
        checkRefs(t.rules[i].when, QStringLiteral("/rules/%1/when").arg(i));
        checkRefs(t.rules[i].check, QStringLiteral("/rules/%1/check").arg(i));
    }
    for (int i = 0; i < t.fees.size(); ++i)
        checkRefs(t.fees[i].when, QStringLiteral("/fees/%1/when").arg(i));
    for (int i = 0; i < t.steps.size(); ++i)
        checkRefs(t.steps[i].when, QStringLiteral("/steps/%1/when").arg(i));
    for (int i = 0; i < t.materials.size(); ++i) {
        const QString pointer = QStringLiteral("/materials/%1/requiredWhen").arg(i);
        const int before = int(problems->size());
        checkRefs(t.materials[i].requiredWhen, pointer);
        if (problems->size() == before && !Reader::canHold(t.materials[i].requiredWhen, t))
            r.problem(
                pointer,
                QStringLiteral("the rule can never be met: the material would never be asked for"));
    }
    r.checkTranslations(o, QString());
    return t;
}

FormTemplate TemplateLoader::loadFile(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(
            QStringLiteral("%1:: cannot read the file (%2)").arg(path, file.errorString()));
        return FormTemplate();
    }
    return load(file.readAll(), path, problems);
}

} // namespace OneWindow
