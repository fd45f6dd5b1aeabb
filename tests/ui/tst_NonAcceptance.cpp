// 不予受理 at the counter: the dialog asks for a reason and a legal ground
// (OK only with both; the paper gets the statute's Chinese text), the intake
// page records the decision and writes its notice from what was stored.
#include "counter/IntakePage.h"
#include "counter/NonAcceptanceDialog.h"
#include "documents/DocumentRepository.h"
#include "helpers/PdfInspection.h"
#include "helpers/TestCounter.h"
#include "identity/IdNumber.h"
#include "intake/EvidenceService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

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

    void intakePageRecordsAndPrints()
    {
        TestCounter counter;
        QVERIFY2(counter.start(), qPrintable(counter.error()));
        QVERIFY(counter.signIn(QStringLiteral("clerk01")));
        const FormTemplate *form =
            counter.services().catalogue().find(QStringLiteral("marriage-appointment"));
        QVERIFY(form);
        const CardIdentity card = counter.people().citizen(20);
        IntakePage page(counter.services().clock());
        counter.attachIntake(page);
        page.start(*form,
                   counter.services().evidence().recordCardRead(card, counter.session()).value(),
                   Person());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("nonAcceptanceButton")));
        QString path;
        auto number = page.recordNonAcceptance(
            QStringLiteral("婚姻登记由户籍所在地婚姻登记机关办理"),
            QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项"),
            QStringLiteral("户籍所在地婚姻登记机关"), &path);
        QVERIFY2(number.ok(), qPrintable(number.error().code));
        auto row = DocumentRepository(counter.services().database()).findByNumber(number.value());
        QVERIFY(row.ok());
        QCOMPARE(row->kind, DocumentKind::NonAcceptance);
        QCOMPARE(row->issuedBy, counter.session().displayName);
        QVERIFY(QFile::exists(path));
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
