// Fills in every shipped matter through the generated intake widgets for a
// synthetic citizen and accepts it; checks drafts (resume, discard), the
// one-time notification, and that killing the process loses at most the
// autosave interval.
#include "casefile/CaseFileService.h"
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "counter/IntakePage.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/DraftService.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeService.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "services/AppServices.h"
#include "storage/Database.h"
#include "templates/FeeSchedule.h"
#include "templates/FieldValidator.h"
#include "templates/MaterialsChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OneWindow;
using OneWindow::Test::typeText;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));

QVariantMap address(const QString &province, const QString &city, const QString &district,
                    const QString &street)
{
    return {{"province", province}, {"city", city}, {"district", district}, {"street", street}};
}

QVariantMap person(const CardIdentity &c, const QString &phone = QString())
{
    QVariantMap p{{"name", c.name}, {"idNumber", c.idNumber}};
    if (!phone.isEmpty())
        p.insert("phone", phone);
    return p;
}

} // namespace

class tst_IntakeMatters : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;
    AppServices *m_services = nullptr;

    template <typename T> static T *widget(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    static bool selectText(QComboBox *combo, const QString &text)
    {
        const int i = combo->findText(text);
        if (i < 0)
            return false;
        combo->setCurrentIndex(i);
        return true;
    }

    // Types `value` into the field's widgets the way a clerk would.
    static bool fill(QWidget *page, const QString &key, const QVariant &value)
    {
        const QString name = QStringLiteral("field_") + key;
        if (auto *line = page->findChild<QLineEdit *>(name)) {
            line->setFocus();
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Delete);
            typeText(line, value.toString());
            return line->text() == value.toString();
        }
        if (auto *combo = page->findChild<QComboBox *>(name)) {
            combo->setFocus();
            const int i = combo->findData(value.toString());
            combo->setCurrentIndex(i);
            return i >= 0;
        }
        if (auto *box = page->findChild<QCheckBox *>(name)) {
            box->setChecked(value.toBool());
            return true;
        }
        if (auto *list = page->findChild<QListWidget *>(name)) {
            const QStringList picked = value.toStringList();
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(
                    picked.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
            return true;
        }
        if (auto *province = page->findChild<QComboBox *>(name + QStringLiteral("_province"))) {
            const QVariantMap a = value.toMap();
            return selectText(province, a.value("province").toString()) &&
                   selectText(page->findChild<QComboBox *>(name + QStringLiteral("_city")),
                              a.value("city").toString()) &&
                   selectText(page->findChild<QComboBox *>(name + QStringLiteral("_district")),
                              a.value("district").toString()) &&
                   fill(page, key + QStringLiteral("_street"), a.value("street"));
        }
        if (page->findChild<QLineEdit *>(name + QStringLiteral("_name"))) {
            const QVariantMap p = value.toMap();
            bool ok = fill(page, key + QStringLiteral("_name"), p.value("name")) &&
                      fill(page, key + QStringLiteral("_id"), p.value("idNumber"));
            if (p.contains("phone"))
                ok = ok && fill(page, key + QStringLiteral("_phone"), p.value("phone"));
            return ok;
        }
        if (auto *add = page->findChild<QPushButton *>(name + QStringLiteral("_add"))) {
            const QVariantList items = value.toList();
            for (int i = 0; i < items.size(); ++i) {
                if (!page->findChild<QGroupBox *>(QStringLiteral("%1_%2").arg(name).arg(i)))
                    QTest::mouseClick(add, Qt::LeftButton);
                const QVariantMap item = items.at(i).toMap();
                for (auto it = item.cbegin(); it != item.cend(); ++it)
                    if (!fill(page, QStringLiteral("%1_%2_%3").arg(key).arg(i).arg(it.key()),
                              it.value()))
                        return false;
            }
            return true;
        }
        qWarning() << "no editor for" << key;
        return false;
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(
            100); // widgets added to a shown page appear, and are laid out, on later passes
        w->grab().save(dir + QLatin1Char('/') + name);
    }

    // Every checkable material handed in at the counter.
    static void tickAllMaterials(QWidget *page)
    {
        auto *materials = page->findChild<QListWidget *>(QStringLiteral("materialsList"));
        for (int i = 0; i < materials->count(); ++i)
            if (materials->item(i)->flags() & Qt::ItemIsUserCheckable)
                materials->item(i)->setCheckState(Qt::Checked);
    }

    IntakeRequest request(const IntakePage &page, const VisitEvidence &applicant) const
    {
        IntakeRequest r;
        r.form = page.form();
        r.applicant = applicant.card;
        r.applicantEvidence = applicant.id;
        r.partyEvidence = page.partyEvidence();
        r.values = page.values();
        r.materialsReceived = page.materialsReceived();
        return r;
    }

    // The card on the reader at this counter, as the core records it.
    VisitEvidence read(const CardIdentity &card) const
    {
        auto e = m_services->evidence().recordCardRead(card, m_services->session());
        if (!e)
            qWarning() << "the card read was not recorded:" << e.error().code;
        return e ? e.value() : VisitEvidence();
    }

    // A citizen nobody's card was read for: the data only, no evidence.
    static VisitEvidence unread(const CardIdentity &card)
    {
        VisitEvidence e;
        e.card = card;
        return e;
    }

    CaseFile caseFile(const CardIdentity &card) const
    {
        auto file = m_services->caseFiles().open(card.idNumber, m_services->session());
        return file ? file.value() : CaseFile();
    }

    int countRows(const QString &sql, const QVariantList &values = {})
    {
        auto v = m_services->database().scalar(sql, values);
        return v ? v.value().toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestCounter::Setup setup;
        setup.now = kNow;
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
        m_services = &m_counter.services();
        QCOMPARE(m_services->catalogue().problems(), QStringList());
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
    }

    void fillAndAccept_data()
    {
        QTest::addColumn<QString>("matter");
        QTest::addColumn<int>("citizen");
        QTest::addColumn<QVariantMap>("answers");
        QTest::addColumn<double>("fees");

        const auto c = [this](int i) {
            return m_counter.people().citizen(i);
        };
        const QVariantMap wuhou = address("四川省", "成都市", "武侯区", "人民南路四段1号");

        QTest::newRow("newborn") << "newborn" << 1
                                 << QVariantMap{{"other_parent", person(c(301))},
                                                {"contact_phone", "17000001234"},
                                                {"child_name", QStringLiteral("王小禾")},
                                                {"child_sex", "female"},
                                                {"child_birth_date", "2026-11-08"},
                                                {"birth_weight", "3250"},
                                                {"birth_hospital", QStringLiteral("市妇幼保健院")},
                                                {"birth_certificate_no", "Q510012345"}}
                                 << 0.0;
        QTest::newRow("business startup")
            << "business-startup" << 2
            << QVariantMap{{"company_name", QStringLiteral("成都一窗测试科技有限公司")},
                           {"registered_capital", "100"},
                           {"capital_paid_by", "2030-12-31"},
                           {"business_scope", QStringLiteral("软件开发；信息技术咨询服务")},
                           {"business_address",
                            address("四川省", "成都市", "武侯区", "天府大道北段1号")},
                           {"premises", "leased"},
                           {"lease_end", "2029-06-30"},
                           {"shareholders", QVariantList{QVariantMap{{"name", c(2).name},
                                                                     {"id_number", c(2).idNumber},
                                                                     {"contribution", "60"},
                                                                     {"share", "60"}},
                                                         QVariantMap{{"name", c(304).name},
                                                                     {"id_number", c(304).idNumber},
                                                                     {"contribution", "40"},
                                                                     {"share", "40"}}}},
                           {"finance_officer", person(c(305), "13900001111")},
                           {"seals", QStringList{"company", "finance", "invoice"}},
                           {"invoice_kind", "e-general"},
                           {"employees", "5"},
                           {"contact_phone", "17000001235"}}
            << 0.0;
        QTest::newRow("property transfer")
            << "property-transfer" << 3
            << QVariantMap{{"seller", person(c(306), "13900002222")},
                           {"property_cert_no",
                            QStringLiteral("川(2024)成都市不动产权第0123456号")},
                           {"property_address",
                            address("四川省", "成都市", "锦江区", "东大街100号3栋2单元501")},
                           {"area", "89.5"},
                           {"price", "1500000"},
                           {"contract_no", "WQ2026112001"},
                           {"contract_date", "2026-11-20"},
                           {"seller_years", "over5"},
                           {"water_account", "12345678"},
                           {"power_account", "1234567890"},
                           {"gas_account", "87654321"},
                           {"meter_readings_date", "2026-11-23"},
                           {"contact_phone", "17000001236"}}
            // 80 yuan registration plus 1% deed tax on 1,500,000 (89.5 m², the only home).
            << 15080.0;
        const CardIdentity retiree = c(4);
        QTest::newRow("retirement")
            << "retirement" << 4
            << QVariantMap{{"staff_type", retiree.sex == Sex::Female ? "female-worker" : "male"},
                           {"work_start_date", retiree.birth.addYears(18).toString(Qt::ISODate)},
                           {"retirement_date", "2026-12-01"},
                           {"contribution_months", "360"},
                           {"address", wuhou},
                           {"bank_name", "icbc"},
                           {"bank_account", "6212261001012345678"},
                           {"fund_account", "123456789012"},
                           {"contact_phone", "17000001237"}}
            << 0.0;
        QTest::newRow("marriage appointment") << "marriage-appointment" << 5
                                              << QVariantMap{{"partner", person(c(307))},
                                                             {"appointment_date", "2026-12-01"},
                                                             {"appointment_slot", "am1"},
                                                             {"certificate_ceremony", true},
                                                             {"contact_phone", "17000001238"}}
                                              << 0.0;
        QTest::newRow("residence permit")
            << "residence-permit" << 6
            << QVariantMap{{"residence_address", wuhou},
                           {"residence_since", "2026-01-15"},
                           {"basis", "employment"},
                           {"employer", QStringLiteral("成都一窗测试科技有限公司")},
                           {"photo_taken", true},
                           {"contact_phone", "17000001239"}}
            << 0.0;
        QTest::newRow("disability card")
            << "disability-card" << 7
            << QVariantMap{{"disability_kind", "physical"},
                           {"cause", "injury"},
                           {"hukou_address", address("北京市", "北京市", "东城区", "东长安街1号")},
                           {"hospital", "city-1"},
                           {"assessment_date", "2026-12-03"},
                           {"photos_received", true},
                           {"contact_phone", "17000001240"}}
            << 0.0;
        QTest::newRow("social security card")
            << "social-security-card" << 8
            << QVariantMap{{"reason", "lost"},          {"loss_reported", true},
                           {"loss_date", "2026-11-20"}, {"bank", "ccb"},
                           {"delivery", "post"},        {"mailing_address", wuhou},
                           {"photo_taken", true},       {"contact_phone", "17000001241"}}
            << 20.0;
    }

    void fillAndAccept()
    {
        QFETCH(QString, matter);
        QFETCH(int, citizen);
        QFETCH(QVariantMap, answers);
        QFETCH(double, fees);
        const FormTemplate *form = m_services->catalogue().find(matter);
        QVERIFY(form);
        const CardIdentity card = m_counter.people().citizen(citizen);

        IntakePage page(m_services->clock());
        m_counter.attachIntake(page);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const VisitEvidence applicant = read(card);
        page.start(*form, applicant, caseFile(card));
        QVERIFY(!page.resumedDraft());

        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            QVERIFY2(fill(&page, it.key(), it.value()), qPrintable(it.key()));
        tickAllMaterials(&page);
        screenshot(&page, matter + QStringLiteral(".png"));

        // Nothing left to complete: no problem is shown anywhere.
        const auto problems = FieldValidator::validateAll(*form, page.values(), kNow.date());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringList(problems.keys()).join(',') + QLatin1Char(' ') +
                            QStringList(problems.values()).join(',')));
        QCOMPARE(page.showAllProblems(), 0);
        QVERIFY2(page.missingMaterials().isEmpty(), qPrintable(page.missingMaterials().join(',')));
        QCOMPARE(FeeSchedule::total(FeeSchedule::compute(*form, page.values())), fees);

        // An autosaved draft exists before acceptance...
        page.saveDraftNow(true);
        auto draft = m_services->drafts().find(card.idNumber, matter, m_services->session());
        QVERIFY(draft.ok());
        QVERIFY(draft.value().has_value());
        QCOMPARE(draft.value()->templateVersion, form->version);

        auto accepted =
            m_services->intake().accept(request(page, applicant), m_services->session());
        QVERIFY2(accepted.ok(),
                 qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
        const CaseRecord &record = accepted.value();
        QCOMPARE(record.templateVersion, form->version);
        QCOMPARE(record.subCases.size(), form->steps.size());
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            QVERIFY2(record.formData.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(
            countRows(QStringLiteral("SELECT template_version FROM cases WHERE case_number = ?"),
                      {record.caseNumber}),
            form->version);

        // ...and is gone once the case is accepted.
        page.discardDraft();
        page.saveDraftNow(true);
        QCOMPARE(
            countRows(QStringLiteral(
                          "SELECT COUNT(*) FROM drafts WHERE id_number = ? AND template_id = ?"),
                      {card.idNumber, matter}),
            0);
    }

    void personFieldFromACardRead()
    {
        const FormTemplate *form = m_services->catalogue().find(QStringLiteral("newborn"));
        const CardIdentity mother = m_counter.people().citizen(10);
        const CardIdentity father = m_counter.people().citizen(310);
        IntakePage page(m_services->clock());
        m_counter.attachIntake(page);
        page.start(*form, read(mother), caseFile(mother));
        const VisitEvidence fathersCard = read(father);
        QVERIFY(!page.takeCard(fathersCard)); // nobody waiting: the card is the next citizen's
        QSignalSpy wanted(&page, &IntakePage::personCardRequested);
        QTest::mouseClick(widget<QPushButton>(&page, QStringLiteral("field_other_parent_read")),
                          Qt::LeftButton);
        QCOMPARE(wanted.count(), 1);
        QVERIFY(page.isWaitingForCard());
        QVERIFY(page.takeCard(fathersCard));
        QCOMPARE(page.partyEvidence().value(QStringLiteral("other_parent")), fathersCard.id);
        QCOMPARE(widget<QLineEdit>(&page, QStringLiteral("field_other_parent_id"))->text(),
                 father.idNumber);
        const QVariantMap value = page.values().value(QStringLiteral("other_parent")).toMap();
        QCOMPARE(value.value("source").toString(), QStringLiteral("card"));
        // The card read proves the other parent's ID card: that material is ticked on its own.
        QVERIFY(page.heldDocuments().contains(QStringLiteral("id-card:other_parent")));
        bool onFile = false;
        for (const auto &item :
             MaterialsChecklist::compute(*form, page.values(), page.heldDocuments()))
            onFile = onFile ||
                     (item.material.id == QLatin1String("other-parent-id-card") && item.onFile);
        QVERIFY(onFile);

        // The cross-field rule: the applicant cannot also be the other parent.
        fill(&page, QStringLiteral("other_parent"), person(mother));
        QVERIFY(page.showAllProblems() >= 1);
        QCOMPARE(widget<QLabel>(&page, QStringLiteral("error_other_parent"))->text(),
                 QStringLiteral("另一方父母不能是申请人本人"));
    }

    void repeatGroupAddsAndRemovesItems()
    {
        const FormTemplate *form = m_services->catalogue().find(QStringLiteral("business-startup"));
        const CardIdentity card = m_counter.people().citizen(11);
        IntakePage page(m_services->clock());
        page.start(*form, unread(card), caseFile(card));
        auto *add = widget<QPushButton>(&page, QStringLiteral("field_shareholders_add"));
        QVERIFY(widget<QGroupBox>(&page, QStringLiteral("field_shareholders_0")));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        fill(&page, QStringLiteral("shareholders_1_name"), QStringLiteral("乙"));
        fill(&page, QStringLiteral("shareholders_2_name"), QStringLiteral("丙"));
        QCOMPARE(page.values().value("shareholders").toList().size(), 3);
        QTest::mouseClick(widget<QPushButton>(&page, QStringLiteral("field_shareholders_1_remove")),
                          Qt::LeftButton);
        QCoreApplication::processEvents();
        const QVariantList items = page.values().value("shareholders").toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toMap().value("name").toString(), QStringLiteral("丙"));
        // A single-shareholder company with two shareholders breaks the template's rule.
        fill(&page, QStringLiteral("company_type"), QStringLiteral("sole-llc"));
        page.showAllProblems();
        QCOMPARE(widget<QLabel>(&page, QStringLiteral("error_shareholders"))->text(),
                 QStringLiteral("一人有限责任公司只能有一名股东"));
    }

    // Fees can be waived only where some are owed, and only with a reason.
    void feesAreWaivedWithAReason()
    {
        const CardIdentity card = m_counter.people().citizen(12);
        IntakePage page(m_services->clock());
        page.show();
        page.start(*m_services->catalogue().find(QStringLiteral("newborn")), unread(card),
                   caseFile(card));
        QVERIFY(!widget<QCheckBox>(&page, QStringLiteral("feeWaiverCheck"))->isVisible());
        QVERIFY(!page.waivingFees());
        // 二手房转移登记 owes a registration fee.
        page.start(*m_services->catalogue().find(QStringLiteral("property-transfer")), unread(card),
                   caseFile(card));
        auto *waive = widget<QCheckBox>(&page, QStringLiteral("feeWaiverCheck"));
        auto *reason = widget<QLineEdit>(&page, QStringLiteral("feeWaiverReason"));
        QVERIFY(waive->isVisible());
        QVERIFY(!reason->isEnabled());
        waive->setChecked(true);
        QVERIFY(reason->isEnabled());
        QVERIFY(page.waivingFees());
        QCOMPARE(page.feeWaiverReason(), QString());
        typeText(reason, QStringLiteral("最低生活保障对象"));
        QCOMPARE(page.feeWaiverReason(), QStringLiteral("最低生活保障对象"));
        // A new intake starts without it.
        page.start(*m_services->catalogue().find(QStringLiteral("property-transfer")), unread(card),
                   caseFile(card));
        QVERIFY(!page.waivingFees());
        QVERIFY(reason->text().isEmpty());
    }

    void missingMaterialsNotificationAndResume()
    {
        const FormTemplate *form = m_services->catalogue().find(QStringLiteral("residence-permit"));
        const CardIdentity card = m_counter.people().citizen(12);
        {
            IntakePage page(m_services->clock());
            m_counter.attachIntake(page);
            page.show();
            page.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            page.start(*form, unread(card), caseFile(card));
            fill(&page, QStringLiteral("residence_address"),
                 address("四川省", "成都市", "武侯区", "科华北路65号"));
            fill(&page, QStringLiteral("residence_since"), QStringLiteral("2026-01-15"));
            fill(&page, QStringLiteral("basis"), QStringLiteral("home"));
            fill(&page, QStringLiteral("housing"), QStringLiteral("rented"));
            fill(&page, QStringLiteral("contact_phone"), QStringLiteral("17000001250"));
            const QStringList missing = page.missingMaterials();
            // No card read, no photo, no lease: three things to bring.
            QCOMPARE(missing, (QStringList{"applicant-id-card", "photo", "lease"}));
            QSignalSpy printed(&page, &IntakePage::notificationPrinted);
            QTest::keyClick(widget<QLineEdit>(&page, QStringLiteral("field_contact_phone")),
                            Qt::Key_F8);
            QCOMPARE(printed.count(), 1);
            const QString pdf = printed.at(0).at(0).toString();
            QProcess pdftotext;
            pdftotext.start(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            QVERIFY2(pdftotext.waitForFinished(30000),
                     "pdftotext (poppler-utils) must be installed");
            const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
            for (const QString &expected :
                 {QStringLiteral("一次性告知书"), QStringLiteral("需补齐的材料（共 3 项）"),
                  QStringLiteral("居住证申领"), QStringLiteral("房屋租赁合同（已备案）"),
                  QStringLiteral("原因：证明合法稳定住所"), card.name})
                QVERIFY2(text.contains(expected), qPrintable(expected));
            QVERIFY(!text.contains(card.idNumber)); // masked
        }
        // The citizen comes back: the draft is in their file and the intake resumes it.
        IntakePage again(m_services->clock());
        m_counter.attachIntake(again);
        QCOMPARE(again.draftTemplates(card.idNumber), QStringList{"residence-permit"});
        again.start(*form, read(card), caseFile(card));
        QVERIFY(again.resumedDraft());
        QCOMPARE(
            widget<QLineEdit>(&again, QStringLiteral("field_residence_address_street"))->text(),
            QStringLiteral("科华北路65号"));
        QCOMPARE(
            widget<QComboBox>(&again, QStringLiteral("field_housing"))->currentData().toString(),
            QStringLiteral("rented"));
        auto draft = m_services->drafts().find(card.idNumber, form->id, m_services->session());
        QVERIFY(draft.ok() && draft.value());
        QCOMPARE(draft.value()->missingMaterials,
                 (QStringList{"applicant-id-card", "photo", "lease"}));
    }

    void killLosesAtMostTheAutosaveInterval()
    {
        const int interval = 500;
        const QString db = QDir(m_counter.folder()).filePath(QStringLiteral("crash.sqlite"));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(OW_AUTOSAVE_HELPER), {db, QString::number(interval)});
        QVERIFY(helper.waitForStarted());
        // Lines "typed N EPOCH-MS" as the helper types into the intake.
        QList<QPair<int, qint64>> typed;
        QString idNumber;
        QElapsedTimer waited;
        waited.start();
        while (typed.isEmpty() || typed.constLast().first < 40) {
            QVERIFY2(waited.elapsed() < 60000, "the helper did not type");
            if (!helper.canReadLine() && !helper.waitForReadyRead(5000))
                continue;
            while (helper.canReadLine()) {
                const QStringList words =
                    QString::fromUtf8(helper.readLine()).trimmed().split(QLatin1Char(' '));
                if (words.value(0) == QLatin1String("typed"))
                    typed.append({words.value(1).toInt(), words.value(2).toLongLong()});
                else if (words.value(0) == QLatin1String("applicant"))
                    idNumber = words.value(1);
            }
        }
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        helper.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(helper.waitForFinished(10000));
        QVERIFY(!idNumber.isEmpty());

        // What the helper had typed one interval (plus scheduling slack) before the kill is stored.
        int mustHave = 0;
        for (const auto &t : typed)
            if (t.second <= killedAt - interval - 250)
                mustHave = t.first;
        Database crashDb(DatabaseUrl::parse(QStringLiteral("sqlite:") + db).value());
        QVERIFY(crashDb.open().ok());
        FixedClock clock(kNow);
        AuditLog crashAudit(crashDb, clock);
        auto draft = DraftService(crashDb, clock, crashAudit)
                         .find(idNumber, QStringLiteral("newborn"), m_services->session());
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
        QVERIFY(draft.value().has_value());
        const int stored =
            int(draft.value()->values.value(QStringLiteral("birth_hospital")).toString().size());
        qInfo() << "typed" << typed.constLast().first << "characters; killed; the draft kept"
                << stored << "; at least" << mustHave << "required";
        QVERIFY2(stored >= mustHave,
                 qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(mustHave)));
        QVERIFY(mustHave > 0);
    }
};

QTEST_MAIN(tst_IntakeMatters)
#include "tst_IntakeMatters.moc"
