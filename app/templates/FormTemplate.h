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
    enum class Type { Text, Number, Money, Date, Choice, MultiChoice, YesNo, Phone, IdNumber, Address };

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
    QList<FieldOption> options;
    QString prefill; // "identity.name", "identity.idNumber", "casefile.phone", ...
    bool readOnly = false;
    QString defaultValue;
    QString page;    // the page this field is on
    QString pointer; // where the template defines it, for messages

    static bool typeFromKey(const QString &key, Type *type);
    bool isRequired(const QVariantMap &values) const;
};

struct MaterialDefinition
{
    QString id;
    LocalizedText title;
    int count = 1;
    bool original = true;
    Condition requiredWhen;
    // Kinds of documents already held (card read, electronic licence, earlier
    // material) that satisfy this one without the citizen bringing paper.
    QStringList satisfiedBy;
    LocalizedText reason; // why it is needed, for the one-time notification
};

struct StepDefinition
{
    QString id;
    QString department;
    LocalizedText title;
    int workingDays = 0;  // promised time limit
    int statutoryDays = 0;
    QStringList after; // step ids this one waits for
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
    QList<PageDefinition> pages;
    QList<FieldDefinition> fields;
    QList<MaterialDefinition> materials;
    QList<StepDefinition> steps;
    QString sourceFile;

    const FieldDefinition *field(const QString &id) const;
    QStringList departments() const;
};

} // namespace OneWindow
