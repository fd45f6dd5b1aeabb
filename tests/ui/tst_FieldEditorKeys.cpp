// The keys a clerk saves in the intake's fields: a choice of a few options
// picked by the number shown beside each (in any input mode), an earlier answer
// completed from its pinyin initials, and a newborn's name that starts with the
// parent's family name.
#include "common/FixedClock.h"
#include "counter/IntakePage.h"
#include "counter/fields/FieldEditor.h"
#include "counter/fields/FieldEditorFactory.h"
#include "helpers/WidgetTyping.h"
#include "templates/TemplateCatalogue.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace OneWindow;

namespace {

// A hall's birth hospitals, the most frequent first.
const QStringList kHospitals = {
    QStringLiteral("四川大学华西第二医院"), QStringLiteral("成都市妇女儿童中心医院"),
    QStringLiteral("武侯区妇幼保健院"), QStringLiteral("四川省人民医院")};

// Every choice field of every template, those inside repeat groups included.
QList<const FieldDefinition *> choiceFields(const TemplateCatalogue &catalogue)
{
    QList<const FieldDefinition *> fields;
    for (const FormTemplate &form : catalogue.templates())
        for (const FieldDefinition &f : form.fields) {
            for (const FieldDefinition &child : f.children)
                if (child.type == FieldDefinition::Type::Choice ||
                    child.type == FieldDefinition::Type::MultiChoice)
                    fields << &child;
            if (f.type == FieldDefinition::Type::Choice ||
                f.type == FieldDefinition::Type::MultiChoice)
                fields << &f;
        }
    return fields;
}

// A window with one editor in it, active, the editor's input focused.
struct Host
{
    QWidget window;
    FieldEditor *editor = nullptr;
    QLineEdit *next = nullptr; // where Enter goes

    explicit Host(const FieldDefinition &field)
    {
        auto *layout = new QVBoxLayout(&window);
        editor = FieldEditorFactory::create(field, field.id, &window);
        layout->addWidget(editor);
        next = new QLineEdit(&window);
        next->setObjectName(QStringLiteral("next"));
        layout->addWidget(next);
        QWidget::setTabOrder(editor->firstInput(), next);
        window.show();
        window.activateWindow();
    }
};

VisitEvidence unread(const QString &name)
{
    VisitEvidence e;
    e.card.name = name;
    e.card.idNumber = QStringLiteral("510107199203150023"); // synthetic
    e.card.sex = Sex::Female;
    return e;
}

} // namespace

class tst_FieldEditorKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each option of a choice of up to nine shows its number and one key picks
    // it; each option of a multiple choice is ticked and unticked by its number.
    void everyChoiceTakesOneKey()
    {
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        int picked = 0;
        for (const FieldDefinition *field : choiceFields(catalogue)) {
            if (field->options.size() > 9)
                continue;
            Host host(*field);
            QVERIFY(QTest::qWaitForWindowActive(&host.window));
            QWidget *input = host.editor->firstInput();
            input->setFocus();
            QTRY_VERIFY(input->hasFocus());
            for (int i = 0; i < field->options.size(); ++i) {
                const QString key = QString::number(i + 1);
                const QString where = field->id + QLatin1Char('/') + field->options.at(i).value;
                if (auto *combo = qobject_cast<QComboBox *>(input)) {
                    const int row = combo->findData(field->options.at(i).value);
                    QVERIFY2(combo->itemText(row).startsWith(key + QLatin1Char(' ')),
                             qPrintable(where));
                    QTest::keyClick(combo, key.at(0).toLatin1());
                    QVERIFY2(host.editor->value().toString() == field->options.at(i).value,
                             qPrintable(where));
                } else {
                    auto *list = qobject_cast<QListWidget *>(input);
                    QVERIFY2(list, qPrintable(where));
                    QVERIFY(list->item(i)->text().startsWith(key + QLatin1Char(' ')));
                    QTest::keyClick(list, key.at(0).toLatin1());
                    QVERIFY2(
                        host.editor->value().toStringList().contains(field->options.at(i).value),
                        qPrintable(where));
                    QTest::keyClick(list, key.at(0).toLatin1());
                    QVERIFY2(
                        !host.editor->value().toStringList().contains(field->options.at(i).value),
                        qPrintable(where));
                }
                ++picked;
            }
        }
        QVERIFY(picked > 40);
        qInfo("%d options picked with one key each", picked);
    }

    // The option's first character still picks it; a number past the last
    // option picks nothing.
    void firstCharacterAndOutOfRange()
    {
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
        QVERIFY(newborn);
        const FieldDefinition *sex = nullptr;
        for (const FieldDefinition &f : newborn->fields)
            if (f.id == QLatin1String("child_sex"))
                sex = &f;
        QVERIFY(sex);
        Host host(*sex);
        QVERIFY(QTest::qWaitForWindowActive(&host.window));
        auto *combo = qobject_cast<QComboBox *>(host.editor->firstInput());
        QVERIFY(combo);
        combo->setFocus();
        Test::typeText(combo, QStringLiteral("女"));
        QCOMPARE(host.editor->value().toString(), QStringLiteral("female"));
        QTest::keyClick(combo, '9');
        QCOMPARE(host.editor->value().toString(), QStringLiteral("female"));
        QTest::keyClick(combo, '1');
        QCOMPARE(host.editor->value().toString(), QStringLiteral("male"));
    }

    // Latin letters that are the pinyin initials of an earlier answer: the hint
    // under the field names it, Down offers the next, Enter fills it in and moves on.
    void initialsCompleteAnEarlierAnswer()
    {
        FieldDefinition field;
        field.id = QStringLiteral("birth_hospital");
        field.type = FieldDefinition::Type::Text;
        field.completeFromHistory = true;
        Host host(field);
        host.editor->setSuggestions(kHospitals);
        QVERIFY(QTest::qWaitForWindowActive(&host.window));
        auto *line = host.window.findChild<QLineEdit *>(QStringLiteral("field_birth_hospital"));
        auto *hint = host.window.findChild<QLabel *>(QStringLiteral("hint_birth_hospital"));
        QVERIFY(line && hint);
        line->setFocus();
        QTRY_VERIFY(line->hasFocus());
        QVERIFY(hint->isHidden());

        QTest::keyClicks(line, QStringLiteral("hx"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(kHospitals.at(0)), qPrintable(hint->text()));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(line->text(), kHospitals.at(0));
        QCOMPARE(host.editor->value().toString(), kHospitals.at(0));
        QVERIFY(hint->isHidden());
        QTRY_VERIFY(host.next->hasFocus());

        // Several answers: Down goes through them, Up back.
        line->setFocus();
        line->clear();
        QTest::keyClick(line, 's');
        QVERIFY(hint->text().contains(kHospitals.at(0)));
        QTest::keyClick(line, Qt::Key_Down);
        QVERIFY2(hint->text().contains(kHospitals.at(3)), qPrintable(hint->text()));
        QTest::keyClick(line, Qt::Key_Down);
        QVERIFY2(hint->text().contains(kHospitals.at(1)), qPrintable(hint->text()));
        QTest::keyClick(line, Qt::Key_Up);
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(line->text(), kHospitals.at(3));

        // Initials nothing stands for stay as typed; so does an answer the clerk
        // types out, completed from its first characters as before.
        line->setFocus();
        line->clear();
        QTest::keyClicks(line, QStringLiteral("zz"));
        QVERIFY(hint->isHidden());
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(line->text(), QStringLiteral("zz"));
        line->setFocus();
        line->clear();
        Test::typeText(line, QStringLiteral("武"));
        QVERIFY(hint->isHidden());
        QCOMPARE(line->text(), kHospitals.at(2));
    }

    // The newborn's name starts with the applicant's family name, the cursor
    // after it: the clerk types only the given name, or types over it.
    void newbornNameStartsWithTheFamilyName_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("surname");
        QTest::newRow("one character") << QStringLiteral("周芳") << QStringLiteral("周");
        QTest::newRow("compound") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳");
        QTest::newRow("no family name to take") << QStringLiteral("阿依古丽·买买提") << QString();
    }

    void newbornNameStartsWithTheFamilyName()
    {
        QFETCH(QString, parent);
        QFETCH(QString, surname);
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        IntakePage page(clock);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.start(*catalogue.find(QStringLiteral("newborn")), unread(parent), Person());
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("field_child_name"));
        QVERIFY(name);
        QCOMPARE(name->text(), surname);
        // Arriving by Enter or Tab selects nothing: typing goes on after the name.
        name->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(!name->hasSelectedText());
        QCOMPARE(name->cursorPosition(), int(surname.size()));
        QVERIFY(Test::commitText(QStringLiteral("xiaohe"), QStringLiteral("小禾")));
        QCOMPARE(page.values().value(QStringLiteral("child_name")).toString(),
                 surname + QStringLiteral("小禾"));
        // Another family name: select it all and type the whole name.
        name->selectAll();
        QVERIFY(Test::commitText(QStringLiteral("lixiaohe"), QStringLiteral("李小禾")));
        QCOMPARE(page.values().value(QStringLiteral("child_name")).toString(),
                 QStringLiteral("李小禾"));
    }
};

QTEST_MAIN(tst_FieldEditorKeys)
#include "tst_FieldEditorKeys.moc"
