#pragma once

#include "templates/Condition.h"
#include "templates/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

struct FieldOption
{
    QString value;
    LocalizedText label;
};

struct FieldDefinition
{
    enum class Type
    {
        Text,
        Number,
        Money,
        Date,
        Choice,
        MultiChoice,
        YesNo,
        Phone,
        IdNumber,
        Address,    // {code, province, city, district, street}
        Person,     // {name, idNumber, phone, source}: a party of the case
        Repeat,     // a list of items, each a map of the sub-fields
        Attachment, // a material handed in at the counter (true when received)
    };

    QString id;
    Type type = Type::Text;
    LocalizedText label;
    LocalizedText help;
    bool required = false;
    Condition requiredWhen; // required also when this holds (Always = no extra rule)
    bool hasRequiredWhen = false;
    Condition visibleWhen;
    QString pattern;              // a regular expression the whole value must match
    LocalizedText patternMessage; // what to tell the clerk when it does not
    int minLength = 0;
    int maxLength = 0; // 0: no limit
    double minimum = 0;
    double maximum = 0;
    bool hasRange = false;
    // Date rules: "not-future", "not-past"; maxAgeDays limits how far back a date may be.
    QString dateRule;
    int maxAgeDays = 0;
    int minAgeDays = 0; // at least this many days before today (e.g. six months' residence)
    // Age in whole years on today's date, for a birth date (0: no limit).
    int minAgeYears = 0;
    int maxAgeYears = 0;
    // Another date field this one must be strictly before / after.
    QString dateBefore;
    QString dateAfter;
    QList<FieldOption> options;
    // "identity.name", "casefile.address", "casefile.last", "field.<id>", ...
    QString prefill;
    // Offer the answers this field got in the hall's earlier cases of the
    // matter, most frequent first (a birth hospital); never for personal data.
    bool completeFromHistory = false;
    bool readOnly = false;
    QString defaultValue;
    // Person: the sex the ID number must show ("male", "female"), the role's name.
    QString personSex;
    QString personRole;
    bool personPhone = false;
    // Repeat: the item's fields and how many items.
    QList<FieldDefinition> children;
    int minItems = 0;
    int maxItems = 0; // 0: no limit
    LocalizedText itemLabel;
    // Attachment: the material it receives.
    QString material;
    QString page;    // the page this field is on
    QString pointer; // where the template defines it, for messages

    static bool typeFromKey(const QString &key, Type *type);
    static QString typeKey(Type type);
    bool isRequired(const QVariantMap &values) const;
    const FieldDefinition *child(const QString &id) const;
};

// A rule across fields: when `when` holds, `check` must hold too, or `field`
// shows `message` (e.g. the marriage date after both birth dates).
struct CrossFieldRule
{
    QString id;
    Condition when;
    Condition check;
    QString field;
    LocalizedText message;
};

struct MaterialDefinition
{
    QString id;
    LocalizedText title;
    // certificate, licence, id, form, photo, contract, proof, other
    QString kind = QStringLiteral("other");
    int count = 1;
    bool original = true;
    Condition requiredWhen;
    // Kinds of documents already held (card read, electronic licence, earlier
    // material) that satisfy this one without the citizen bringing paper.
    QStringList satisfiedBy;
    LocalizedText reason; // why it is needed, for the one-time notification
    // 容缺: may follow after acceptance under the citizen's signed commitment.
    bool mayFollow = false;
};

struct FeeDefinition
{
    QString id;
    LocalizedText title;
    QString department;
    double amount = 0; // yuan, fixed part
    double rate = 0;   // share of `baseField` (e.g. 0.01 deed tax)
    QString baseField; // a number or money field
    Condition when;
    LocalizedText basis; // the legal basis or the reason for the fee
};

struct StepDefinition
{
    QString id;
    QString department;
    LocalizedText title;
    int workingDays = 0; // promised time limit
    int statutoryDays = 0;
    QStringList after;    // step ids this one waits for (a join when several)
    QStringList receives; // field ids this department gets
    // Only when this holds (a service the citizen may decline, e.g. the medical
    // insurance of a newborn); a step left out is done for the steps after it.
    Condition when;
};

struct DepartmentDefinition
{
    QString id; // what steps name, e.g. "公安"
    LocalizedText name;
};

struct PageDefinition
{
    QString id;
    LocalizedText title;
};

// A matter or 一件事 bundle as data: what intake asks, which materials it
// needs, and which departments work it.
struct FormTemplate
{
    QString id;
    int version = 0;
    QString matterCode;
    bool bundle = false;
    LocalizedText title;
    LocalizedText help;
    QStringList keywords; // search words and pinyin initials
    QString lifeEvent;
    QList<DepartmentDefinition> departmentList;
    QList<PageDefinition> pages;
    QList<FieldDefinition> fields;
    QList<CrossFieldRule> rules;
    QList<MaterialDefinition> materials;
    QList<StepDefinition> steps;
    QList<FeeDefinition> fees;
    QString sourceFile;

    const FieldDefinition *field(const QString &id) const;
    const MaterialDefinition *material(const QString &id) const;
    QStringList departments() const;
    // The department's full name in the interface language (the id if unknown).
    LocalizedText departmentName(const QString &id) const;
};

} // namespace OneWindow
