// 不予受理 at the counter: the dialog asks for a reason and a legal ground
// (OK only with both; the paper gets the statute's Chinese text); the intake
// page proposes the decision to the supervisor and prints nothing; once
// confirmed, the citizen's file prints its notice from what was stored.
#include "common/ReceiptPreviewDialog.h"
#include "counter/CaseFilePage.h"
#include "counter/IntakePage.h"
#include "counter/NonAcceptanceDialog.h"
#include "documents/DocumentRepository.h"
#include "helpers/PdfInspection.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/IdNumber.h"
#include "intake/EvidenceService.h"
#include "review/ReviewService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace OneWindow;

class tst_NonAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogNeedsReasonAndGround()
    {
        NonAcceptanceDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("不属于本中心职权范围"));
        QVERIFY(!ok->isEnabled());
        auto *ground = dialog.findChild<QComboBox *>(QStringLiteral("groundCombo"));
        ground->setCurrentIndex(1);
        QVERIFY(ok->isEnabled());
        // Whatever the window's language, the paper gets the statute in Chinese.
        QVERIFY(dialog.legalBasis().startsWith(QStringLiteral("《中华人民共和国行政许可法》")));
        QVERIFY(dialog.legalBasis().contains(QStringLiteral("第（二）项")));
        ground->setEditText(QStringLiteral("《某某条例》第八条"));
        QCOMPARE(dialog.legalBasis(), QStringLiteral("《某某条例》第八条"));
    }

    // At the counter in the real window: the clerk refuses an intake (不予受理); it
    // goes to the supervisor, nothing is printed. The citizen's file lists it as
    // waiting; once another supervisor confirmed it, its notice prints from there,
    // written from what was stored.
    void refusalAtTheCounterWaitsThenPrintsFromTheFile()
    {
        TestCounter counter;
        QVERIFY2(counter.start(), qPrintable(counter.error()));
        QVERIFY(counter.signIn(QStringLiteral("clerk01")));
        const FormTemplate *form =
            counter.services().catalogue().find(QStringLiteral("marriage-appointment"));
        QVERIFY(form);
        const CardIdentity card = counter.people().citizen(20);
        counter.openWindow();
        counter.readCard(card);
        auto *stack = counter.find<QStackedWidget>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseFilePage"));
        auto *box = counter.find<QGroupBox>(QStringLiteral("nonAcceptanceBox"));
        QVERIFY(!box->isVisible()); // nothing refused yet
        counter.find<CaseFilePage>(QStringLiteral("caseFilePage"))
            ->selectMatter(QStringLiteral("marriage-appointment"));
        QTest::mouseClick(counter.find<QPushButton>(QStringLiteral("startIntakeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("intakePage"));
        const int papersBefore =
            counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                             " WHERE action = 'document-print'"));
        // The dialog is modal: filled and confirmed once it shows.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<NonAcceptanceDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning() << "no non-acceptance dialog";
                return;
            }
            Test::typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                           QStringLiteral("婚姻登记由户籍所在地婚姻登记机关办理"));
            dialog->findChild<QComboBox *>(QStringLiteral("groundCombo"))->setCurrentIndex(1);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(counter.find<QPushButton>(QStringLiteral("nonAcceptanceButton")),
                          Qt::LeftButton);
        auto *message = counter.find<QLabel>(QStringLiteral("intakeMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("已报值班长确认")));
        // Recorded as a proposal, with its number; no paper, no preview.
        const QString number =
            counter.services()
                .database()
                .scalar(QStringLiteral("SELECT number FROM documents WHERE kind = 'non-acceptance'"
                                       " AND subject = ?"),
                        {card.idNumber})
                .value()
                .toString();
        QVERIFY(!number.isEmpty());
        QVERIFY(message->text().contains(number));
        auto row = DocumentRepository(counter.services().database()).findByNumber(number);
        QCOMPARE(row->kind, DocumentKind::NonAcceptance);
        QCOMPARE(row->issuedBy, counter.session().displayName);
        QVERIFY(!counter.windowWidget()->findChild<ReceiptPreviewDialog *>());
        QCOMPARE(counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                                  " WHERE action = 'document-print'")),
                 papersBefore);

        // Back in the citizen's file: it waits for the supervisor, nothing to print.
        QTest::mouseClick(counter.find<QPushButton>(QStringLiteral("cancelIntakeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseFilePage"));
        auto *list = counter.find<QListWidget>(QStringLiteral("nonAcceptanceList"));
        auto *print = counter.find<QPushButton>(QStringLiteral("printNonAcceptanceButton"));
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(number));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("待值班长确认")));
        QVERIFY(!print->isEnabled());

        // Another supervisor confirms it (the review workspace is tst_LifecycleWorkspaces').
        const Session clerk = counter.session();
        QVERIFY(counter.signIn(QStringLiteral("super01")));
        auto decisions = counter.services().review().queue(ReviewScope::Decisions, true,
                                                           QStringLiteral("non-acceptance"), 10, 0,
                                                           counter.session());
        QCOMPARE(decisions->size(), 1);
        QCOMPARE(decisions->first().subject, number);
        QVERIFY(counter.services()
                    .review()
                    .decide(decisions->first().id, true, {}, counter.session())
                    .ok());
        counter.services().setSession(clerk);

        // The clerk reads the card again: the notice prints from the file.
        counter.readCard(card);
        QTRY_VERIFY(list->count() == 1 && list->item(0)->text().contains(QStringLiteral("已确认")));
        QVERIFY(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        ReceiptPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = counter.windowWidget()->findChild<ReceiptPreviewDialog *>()));
        const QString path = QDir(counter.services().counter().receiptsFolder)
                                 .filePath(number + QStringLiteral(".pdf"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                                  " WHERE action = 'document-print'"
                                                  " AND subject = ?"),
                                   {number}),
                 1);
        preview->close();
        counter.closeWindow();
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const Test::PdfInspection pdf(path);
        QVERIFY(pdf.textLines().contains(QStringLiteral("不予受理通知书")));
        QVERIFY(pdf.compactText().contains(QStringLiteral("申请事项：") + form->title.zh));
        QVERIFY(pdf.compactText().contains(QStringLiteral("婚姻登记由户籍所在地婚姻登记机关办理")));
        QVERIFY(pdf.compactText().contains(IdNumber::masked(card.idNumber)));
        QVERIFY(!pdf.containsAnywhere(card.idNumber));
    }
};

QTEST_MAIN(tst_NonAcceptance)
#include "tst_NonAcceptance.moc"
