// A stored case in the interface language: the template's words where it has
// them, the stored words otherwise.
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateText.h"

#include <QLocale>
#include <QTest>

using namespace OneWindow;

class tst_TemplateText : public QObject
{
    Q_OBJECT

    TemplateCatalogue m_catalogue;
    const FormTemplate *m_newborn = nullptr;

    static void setEnglish(bool english)
    {
        QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                    : QLocale(QLocale::Chinese, QLocale::China));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue.loadBuiltIn();
        m_newborn = m_catalogue.find(QStringLiteral("newborn"));
        QVERIFY(m_newborn);
    }
    void cleanup() { setEnglish(false); }

    void texts_data()
    {
        QTest::addColumn<bool>("english");
        QTest::newRow("Chinese") << false;
        QTest::newRow("English") << true;
    }

    void texts()
    {
        QFETCH(bool, english);
        setEnglish(english);
        QCOMPARE(TemplateText::english(), english);
        const auto in = [english](const LocalizedText &t) {
            return english ? t.en : t.zh;
        };
        const StepDefinition &hukou = m_newborn->steps.at(1);

        QCOMPARE(TemplateText::matter(m_newborn, QStringLiteral("stored")), in(m_newborn->title));
        QCOMPARE(TemplateText::step(m_newborn, hukou.id, hukou.department, QStringLiteral("s")),
                 in(hukou.title));
        // A step stored without the template's key: the department's step.
        QCOMPARE(TemplateText::step(m_newborn, QStringLiteral("step-2"), hukou.department,
                                    QStringLiteral("s")),
                 in(hukou.title));
        QCOMPARE(TemplateText::department(m_newborn, hukou.department),
                 english ? m_newborn->departmentName(hukou.department).en : hukou.department);
        const MaterialDefinition &certificate = m_newborn->materials.first();
        QCOMPARE(TemplateText::material(m_newborn, certificate.id, QStringLiteral("m")),
                 in(certificate.title));
        // A document on file by a kind that satisfies a material (an e-licence).
        const QString licence = certificate.satisfiedBy.first();
        QCOMPARE(TemplateText::document(m_catalogue, licence, QStringLiteral("电子出生医学证明")),
                 english ? certificate.title.en : QStringLiteral("电子出生医学证明"));

        // Nothing known: the stored words.
        QCOMPARE(TemplateText::matter(nullptr, QStringLiteral("stored")), QStringLiteral("stored"));
        QCOMPARE(TemplateText::step(m_newborn, QStringLiteral("x"), QStringLiteral("民政"),
                                    QStringLiteral("stored")),
                 QStringLiteral("stored"));
        QCOMPARE(TemplateText::material(m_newborn, QStringLiteral("x"), QStringLiteral("stored")),
                 QStringLiteral("stored"));
        QCOMPARE(TemplateText::document(m_catalogue, QStringLiteral("x"), QStringLiteral("stored")),
                 QStringLiteral("stored"));
        QCOMPARE(TemplateText::department(nullptr, QStringLiteral("公安")), QStringLiteral("公安"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateText)
#include "tst_TemplateText.moc"
