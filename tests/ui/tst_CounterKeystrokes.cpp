// How many keys the counter costs: a returning parent's newborn bundle from the
// card read to the printed receipt, driven through the real window with key
// events only (no mouse, no setFocus, no setters), every key counted, typed
// characters included. Prints the count and the share of fields filled without
// typing; the figures go to docs/performance.md.
#include "common/ReceiptPreviewDialog.h"
#include "counter/CounterWorkspace.h"
#include "counter/fields/FieldEditor.h"
#include "helpers/TestCounter.h"
#include "identity/SimulatedCardReader.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace OneWindow;

namespace {

// The scenario: what the parents bring and say.
const QString kChildName = QStringLiteral("王小禾");
const QString kChildSex = QStringLiteral("女"); // the option's text, as the clerk types it
const QString kBirthDate = QStringLiteral("1108");
const QString kHospital = QStringLiteral("成都市妇女儿童中心医院");
const QString kCertificate = QStringLiteral("Q510012345");
// The clerk finds the matter by its pinyin initials, typing until it is on top.
const QString kMatterInitials = QStringLiteral("xsecs");
constexpr int kGoalKeys = 40;
constexpr double kGoalUntypedShare = 0.60;

} // namespace

class tst_CounterKeystrokes : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;
    int m_keys = 0;
    int m_typed = 0;
    QSet<QString> m_typedFields; // fields that got at least one typed character
    QStringList m_log;           // every key, typed runs together: "F2 x Enter ..."
    bool m_typing = false;

    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }

    // The field a widget belongs to, "" outside the intake's fields.
    static QString fieldOf(QWidget *w)
    {
        for (; w; w = w->parentWidget())
            if (auto *editor = qobject_cast<FieldEditor *>(w))
                return editor->field().id;
        return {};
    }

    // One key, to whatever has the focus, as a keyboard would deliver it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focus();
        QVERIFY2(target, "nothing has the focus");
        ++m_keys;
        m_log << QKeySequence(int(key) | int(modifiers)).toString();
        m_typing = false;
        QTest::keyClick(target, key, modifiers);
    }

    // One character: ASCII as its key, Chinese as an input method commits it.
    void typeChar(QChar ch)
    {
        QWidget *target = focus();
        QVERIFY2(target, "nothing has the focus");
        ++m_keys;
        ++m_typed;
        if (m_typing)
            m_log.last() += ch;
        else
            m_log << QString(ch);
        m_typing = true;
        const QString field = fieldOf(target);
        if (!field.isEmpty())
            m_typedFields.insert(field);
        if (ch.unicode() < 128)
            QTest::keyClick(target, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    void type(const QString &text)
    {
        for (const QChar ch : text)
            typeChar(ch);
    }

    // Enter until the cursor is in `objectName` (each Enter counted).
    void moveTo(const QString &objectName)
    {
        for (int guard = 0; guard < 25; ++guard) {
            if (focus() && focus()->objectName() == objectName)
                return;
            press(Qt::Key_Return);
        }
        QFAIL(qPrintable(QStringLiteral("Enter never reached %1 (focus on %2)")
                             .arg(objectName, focus() ? focus()->objectName() : QString())));
    }

    QString currentPage() const
    {
        return m_counter.find<QStackedWidget>(QStringLiteral("pageStack"))
            ->currentWidget()
            ->objectName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
    }

    void returningParentsNewbornBundle()
    {
        // A parent the hall knows (a file with earlier cases, a phone and an
        // address on file), the other parent with their own card.
        const CardIdentity parent = m_counter.busiestCitizen();
        QVERIFY(!parent.isEmpty());
        const CardIdentity otherParent = m_counter.people().citizen(300);

        // The card on the reader; F2 reads it (a polling reader needs no key).
        m_counter.reader()->placeCard(parent);
        press(Qt::Key_F2);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));

        // The matter: initials until the newborn bundle is the chosen one, Enter.
        auto *matters = m_counter.find<QListWidget>(QStringLiteral("matterList"));
        const auto chosen = [matters] {
            return matters->currentItem() &&
                   matters->currentItem()->data(Qt::UserRole).toString() ==
                       QLatin1String("newborn");
        };
        QCOMPARE(focus()->objectName(), QStringLiteral("matterSearchEdit"));
        for (int i = 0; i < kMatterInitials.size() && !(i > 0 && chosen()); ++i)
            typeChar(kMatterInitials.at(i));
        QVERIFY(chosen());
        press(Qt::Key_Return);
        QTRY_COMPARE(currentPage(), QStringLiteral("intakePage"));

        // The other parent: their card on the reader, F3 in their field. The
        // cursor then moves on by itself to the next thing to fill in.
        moveTo(QStringLiteral("field_other_parent_name"));
        m_counter.reader()->placeCard(otherParent);
        press(Qt::Key_F3);
        QTRY_COMPARE(m_counter.find<QLineEdit>(QStringLiteral("field_other_parent_id"))->text(),
                     otherParent.idNumber);

        moveTo(QStringLiteral("field_child_name"));
        type(kChildName);
        moveTo(QStringLiteral("field_child_sex"));
        type(kChildSex);
        moveTo(QStringLiteral("field_child_birth_date"));
        type(kBirthDate);
        moveTo(QStringLiteral("field_birth_hospital"));
        // Characters until the hall's history completes the name.
        auto *hospital = m_counter.find<QLineEdit>(QStringLiteral("field_birth_hospital"));
        for (int i = 0; i < kHospital.size() && hospital->text() != kHospital; ++i)
            typeChar(kHospital.at(i));
        QCOMPARE(hospital->text(), kHospital);
        moveTo(QStringLiteral("field_birth_certificate_no"));
        type(kCertificate);

        // Every material handed over: F6 to the checklist, one key per material.
        press(Qt::Key_F6);
        auto *materials = m_counter.find<QListWidget>(QStringLiteral("materialsList"));
        QCOMPARE(focus(), materials);
        const auto toReceive = [materials] {
            int n = 0;
            for (int i = 0; i < materials->count(); ++i)
                n += (materials->item(i)->flags() & Qt::ItemIsUserCheckable) &&
                             materials->item(i)->checkState() != Qt::Checked
                         ? 1
                         : 0;
            return n;
        };
        const int handedOver = toReceive();
        QVERIFY(handedOver > 0);
        for (int guard = 0; toReceive() > 0 && guard < materials->count(); ++guard)
            press(Qt::Key_Space);
        QCOMPARE(toReceive(), 0);

        // Accept; the receipt preview opens with Print focused: one key prints it.
        QSignalSpy accepted(m_counter.window()->workspace<CounterWorkspace>(),
                            &CounterWorkspace::caseAccepted);
        press(Qt::Key_F9);
        QTRY_COMPARE(accepted.count(), 1);
        ReceiptPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_counter.window()->findChild<ReceiptPreviewDialog *>()) &&
                    preview->isVisible());
        const QString printedPdf = QDir(m_counter.folder()).filePath(QStringLiteral("printed.pdf"));
        preview->setOutputFile(printedPdf); // the counter's printer, for the test: a file
        QSignalSpy printed(preview, &ReceiptPreviewDialog::printed);
        QTRY_VERIFY(preview->isAncestorOf(focus()));
        press(Qt::Key_Return);
        QTRY_COMPARE(printed.count(), 1);
        QCOMPARE(printed.at(0).at(0).toBool(), true);
        QVERIFY(QFileInfo(printedPdf).size() > 0);

        // What was stored is what the parents said.
        const QString caseNumber = accepted.at(0).at(0).toString();
        auto stored = m_counter.services().database().scalar(
            QStringLiteral("SELECT form_data FROM cases WHERE case_number = ?"), {caseNumber});
        QVERIFY(stored.ok());
        const QJsonObject form =
            QJsonDocument::fromJson(stored.value().toString().toUtf8()).object();
        QCOMPARE(form.value(QStringLiteral("child_name")).toString(), kChildName);
        QCOMPARE(form.value(QStringLiteral("child_sex")).toString(), QStringLiteral("female"));
        QCOMPARE(form.value(QStringLiteral("child_birth_date")).toString(),
                 QDate(TestCounter::kDefaultNow.date().year(), 11, 8).toString(Qt::ISODate));
        QCOMPARE(form.value(QStringLiteral("birth_hospital")).toString(), kHospital);
        QCOMPARE(form.value(QStringLiteral("birth_certificate_no")).toString(), kCertificate);
        QCOMPARE(form.value(QStringLiteral("other_parent"))
                     .toObject()
                     .value(QStringLiteral("idNumber"))
                     .toString(),
                 otherParent.idNumber);
        QCOMPARE(
            m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM materials m JOIN cases c ON"
                                               " c.id = m.case_id WHERE c.case_number = ?"
                                               " AND m.source = 'counter'"),
                                {caseNumber}),
            handedOver);

        // The fields the case holds, and those the clerk typed nothing into.
        int untyped = 0;
        for (auto it = form.constBegin(); it != form.constEnd(); ++it)
            untyped += m_typedFields.contains(it.key()) ? 0 : 1;
        const double share = double(untyped) / double(form.size());
        const QString summary =
            QStringLiteral("KEYSTROKES newborn bundle, card read to printed receipt: %1 keys"
                           " (%2 typed characters, %3 other keys); %4 of %5 fields (%6 %)"
                           " filled without typing; typed into: %7; keys: %8")
                .arg(m_keys)
                .arg(m_typed)
                .arg(m_keys - m_typed)
                .arg(untyped)
                .arg(form.size())
                .arg(qRound(share * 100))
                .arg(QStringList(m_typedFields.values()).join(QLatin1Char(',')))
                .arg(m_log.join(QLatin1Char(' ')));
        qInfo().noquote() << summary;
        printf("%s\n", qPrintable(summary));
        QVERIFY2(share >= kGoalUntypedShare, qPrintable(summary));
        QVERIFY2(m_keys <= kGoalKeys, qPrintable(summary));
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterKeystrokes)
#include "tst_CounterKeystrokes.moc"
