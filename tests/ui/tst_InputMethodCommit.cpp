// Chinese reaches the counter through an input method (fcitx5 or ibus on Debian):
// the platform sends the composing pinyin and then a commit to the focused widget,
// and only to a widget that says it takes input methods. Every free-text input of
// every shipped template, the search boxes and the reasons take a commit.
#include "cases/ActionDialog.h"
#include "counter/ManualIdentityDialog.h"
#include "counter/NonAcceptanceDialog.h"
#include "counter/OverrideDialog.h"
#include "counter/fields/FieldEditor.h"
#include "counter/fields/FieldEditorFactory.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "shell/MainWindow.h"
#include "templates/TemplateCatalogue.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace OneWindow;
using OneWindow::Test::commitText;

namespace {

const QString kPinyin = QStringLiteral("sichuan");
const QString kCommitted = QStringLiteral("四川");

// The text an input shows, for the kinds of text input the counter has.
QString textOf(QWidget *w)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentText();
    return {};
}

// A free-text input: one a clerk may type Chinese into (no validator or mask
// keeps it to digits, dates or an ID number).
bool takesFreeText(QWidget *w)
{
    if (!w->isEnabled())
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly() && !line->validator() && line->inputMask().isEmpty();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->isEditable() && !combo->lineEdit()->validator();
    return false;
}

// Focuses `w` and commits through the input method; what the input shows then.
QString commitInto(QWidget *w)
{
    w->setFocus();
    if (!QTest::qWaitFor([w] { return w->hasFocus(); }, 1000))
        return QStringLiteral("<no focus>");
    if (!commitText(kPinyin, kCommitted))
        return QStringLiteral("<refuses input methods>");
    return textOf(w);
}

} // namespace

class tst_InputMethodCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every field of every template, in its editor: each free-text input takes
    // the commit, and every text, address and person field has one that does.
    void everyTemplateField()
    {
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        QVERIFY(!catalogue.templates().isEmpty());
        int committed = 0;
        for (const FormTemplate &form : catalogue.templates()) {
            for (const FieldDefinition &field : form.fields) {
                QWidget window;
                auto *layout = new QVBoxLayout(&window);
                FieldEditor *editor = FieldEditorFactory::create(field, field.id, &window);
                QVERIFY(editor);
                layout->addWidget(editor);
                window.show();
                window.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&window));
                // A list's items: one added, so its inputs exist.
                if (auto *add = window.findChild<QPushButton *>(QStringLiteral("field_") +
                                                                field.id + QStringLiteral("_add")))
                    QTest::mouseClick(add, Qt::LeftButton);
                int took = 0;
                for (QWidget *input : editor->inputs()) {
                    if (!takesFreeText(input))
                        continue;
                    const QString where = form.id + QLatin1Char('/') + field.id + QLatin1Char('/') +
                                          input->metaObject()->className();
                    QCOMPARE(commitInto(input).right(kCommitted.size()), kCommitted);
                    QVERIFY2(textOf(input).endsWith(kCommitted), qPrintable(where));
                    ++took;
                }
                // Read-only fields come from the card or the file, never typed.
                const bool chinese =
                    !field.readOnly &&
                    ((field.type == FieldDefinition::Type::Text && field.pattern.isEmpty()) ||
                     field.type == FieldDefinition::Type::Address ||
                     field.type == FieldDefinition::Type::Person);
                if (chinese)
                    QVERIFY2(took > 0, qPrintable(form.id + QLatin1Char('/') + field.id +
                                                  QStringLiteral(": no input takes Chinese")));
                committed += took;
            }
        }
        qInfo("input-method commits into %d template inputs", committed);
    }

    // The helper can tell when nothing would arrive: a choice that is not
    // editable takes no input method (its options are picked with keys instead).
    void aFixedChoiceTakesNoInputMethod()
    {
        QComboBox combo;
        combo.addItems({QStringLiteral("男"), QStringLiteral("女")});
        combo.show();
        combo.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&combo));
        QCOMPARE(commitInto(&combo), QStringLiteral("<refuses input methods>"));
    }

    // The manual identity's name and address, typed when a card cannot be read.
    void manualIdentity()
    {
        ManualIdentityDialog dialog(QDate(2026, 11, 24));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (const char *name : {"nameEdit", "addressEdit"}) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(edit, name);
            QCOMPARE(commitInto(edit), kCommitted);
        }
    }

    // Every reason a clerk, an officer or a supervisor writes down: why an
    // application is not accepted, why a card problem is overridden, why a step
    // is returned, refused, closed unsupplied, withdrawn or reopened.
    void reasons()
    {
        QStringList reached;
        const auto everyInput = [&reached](QDialog &dialog, const QString &what) {
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            int took = 0;
            for (QWidget *input : dialog.findChildren<QWidget *>()) {
                if (!input->isVisible() || !takesFreeText(input))
                    continue;
                QCOMPARE(commitInto(input).right(kCommitted.size()), kCommitted);
                reached << what + QLatin1Char('/') + input->objectName();
                ++took;
            }
            QVERIFY2(took > 0, qPrintable(what + QStringLiteral(": no input takes Chinese")));
        };
        {
            NonAcceptanceDialog dialog;
            everyInput(dialog, QStringLiteral("non-acceptance"));
        }
        {
            OverrideDialog dialog({QStringLiteral("证件已过期")});
            everyInput(dialog, QStringLiteral("override"));
        }
        for (const CaseAction action :
             {CaseAction::Return, CaseAction::Refuse, CaseAction::ReturnFile, CaseAction::Withdraw,
              CaseAction::Reopen}) {
            ActionDialog dialog(action, 1, CaseSnapshot(), nullptr, QDate(2026, 11, 24));
            everyInput(dialog, QString::number(int(action)));
            QVERIFY2(dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                     "an action against the citizen without a reason");
        }
        for (const QString &name : {QStringLiteral("non-acceptance/reasonEdit"),
                                    QStringLiteral("override/overrideReasonEdit")})
            QVERIFY2(reached.contains(name), qPrintable(reached.join(QLatin1Char(' '))));
        qInfo("input-method commits into %lld reason inputs", qint64(reached.size()));
    }

    // The counter's search boxes in the real window: a person by name, a matter
    // by its Chinese title.
    void searchBoxes()
    {
        TestCounter counter;
        QVERIFY2(counter.start(), qPrintable(counter.error()));
        QVERIFY2(counter.signIn(QStringLiteral("clerk01")), qPrintable(counter.error()));
        MainWindow *window = counter.openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *person = counter.find<QLineEdit>(QStringLiteral("personSearchEdit"));
        QCOMPARE(commitInto(person), kCommitted);
        counter.reader()->placeCard(counter.people().citizen(1));
        QTest::keyClick(window, Qt::Key_F2);
        auto *matter = counter.find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        QTRY_VERIFY(matter->isVisible());
        QCOMPARE(commitInto(matter), kCommitted);

        // A matter that owes fees, found by its Chinese title: the reason for
        // waiving them.
        auto *matters = counter.find<QListWidget>(QStringLiteral("matterList"));
        matter->clear();
        QVERIFY(commitText(QStringLiteral("ershoufang"), QStringLiteral("二手房")));
        QTRY_VERIFY(matters->currentItem() &&
                    matters->currentItem()->data(Qt::UserRole).toString() ==
                        QLatin1String("property-transfer"));
        QTest::keyClick(matter, Qt::Key_Return);
        auto *waive = counter.find<QCheckBox>(QStringLiteral("feeWaiverCheck"));
        QTRY_VERIFY(waive->isVisible());
        waive->setChecked(true);
        QCOMPARE(commitInto(counter.find<QLineEdit>(QStringLiteral("feeWaiverReason"))),
                 kCommitted);
        counter.closeWindow();
    }
};

QTEST_MAIN(tst_InputMethodCommit)
#include "tst_InputMethodCommit.moc"
