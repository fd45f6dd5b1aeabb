// The one style (issue 19): colours and fonts are set in ui/common/Theme.* and
// nowhere else. Every widget source under ui/ is read and any line that picks a
// colour or a font of its own fails the test with its file and line; widgets say
// a tone or a text role instead (Theme::setTone, Theme::setTextRole,
// Theme::color for an item model).
#include "common/Theme.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace OneWindow;

namespace {

struct Rule
{
    const char *what;
    QRegularExpression pattern;
};

const QList<Rule> &rules()
{
    static const QList<Rule> all = {
        {"a colour literal",
         QRegularExpression(QStringLiteral(
             R"re(#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|\brgba?\s*\()re"))},
        {"a colour of its own",
         QRegularExpression(QStringLiteral(
             R"re(\bQColor\b|\bQColorConstants\b|\bsetPalette\s*\(|\bQt::(?:white|black|red|)re"
             R"re(darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|)re"
             R"re(darkYellow|gray|darkGray|lightGray|transparent)\b)re"))},
        {"a style sheet of its own",
         QRegularExpression(
             QStringLiteral(R"re(\bsetStyleSheet\s*\(|name="(?:styleSheet|palette|font)")re"))},
        {"a style sheet's colour or font",
         QRegularExpression(QStringLiteral(R"re((?:^|[\s;{"'])(?:color|background(?:-color)?|)re"
                                           R"re(font(?:-weight|-size|-family)?):(?!:))re"))},
        {"a font of its own",
         QRegularExpression(QStringLiteral(
             R"re(\bQFont\b|\bset(?:Font|Bold|Italic|PointSize|PointSizeF|PixelSize|Weight)\s*\(|)re"
             R"re(<(?:bold|italic|pointsize|weight)>)re"))},
        {"rich text with a font of its own",
         QRegularExpression(
             QStringLiteral(R"re(<(?:b|i|u|strong|em|big|small|font|h[1-6])\b[^<>]*>|)re"
                            R"re(&lt;(?:b|i|u|strong|font)\b|\bstyle\s*=\s*\\?["'])re"))},
    };
    return all;
}

// "file:line: what: the line" for every offence in one source.
QStringList offences(const QString &relative, const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        // A comment may talk about colours; only code sets them.
        if (line.startsWith(QLatin1String("//")) || line.startsWith(QLatin1Char('*')))
            continue;
        for (const Rule &rule : rules())
            if (rule.pattern.match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3: %4")
                             .arg(relative)
                             .arg(i + 1)
                             .arg(QLatin1String(rule.what), line);
    }
    return found;
}

QString uiFolder()
{
    return QStringLiteral(OW_SOURCE_DIR "/ui");
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesCatchOffences_data();
    void rulesCatchOffences();
    void onlyThemeSetsColoursAndFonts_data();
    void onlyThemeSetsColoursAndFonts();
    void tonesHaveTheirColours();
};

void tst_Theme::rulesCatchOffences_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("offence");
    // What the workspaces did before issue 19.
    QTest::newRow("hex in a sheet")
        << QString::fromUtf8(R"(m->setStyleSheet(QStringLiteral("color: #b01e1e;"));)") << true;
    QTest::newRow("bold sheet") << QString::fromUtf8(R"(QStringLiteral("font-weight: bold;"))")
                                << true;
    QTest::newRow("size sheet") << QString::fromUtf8(R"(QStringLiteral("font-size: 20pt"))")
                                << true;
    QTest::newRow("QColor rgb") << QString::fromUtf8("return QBrush(QColor(0xb0, 0x1e, 0x1e));")
                                << true;
    QTest::newRow("Qt::red") << QString::fromUtf8("item->setForeground(Qt::red);") << true;
    QTest::newRow("setBold") << QString::fromUtf8("QFont f = font(); f.setBold(true);") << true;
    QTest::newRow("setPointSize") << QString::fromUtf8("f.setPointSize(14);") << true;
    QTest::newRow("rich bold") << QString::fromUtf8(R"(QStringLiteral("<b>▶ %1</b>"))") << true;
    QTest::newRow("rich colour") << QString::fromUtf8(R"(tr("<font color=red>错误</font>"))")
                                 << true;
    QTest::newRow("designer sheet") << QString::fromUtf8(R"(<property name="styleSheet">)") << true;
    QTest::newRow("designer bold") << QString::fromUtf8("<bold>true</bold>") << true;
    QTest::newRow("styled span") << QString::fromUtf8(R"(tr("<span style=\"color:red\">x</span>"))")
                                 << true;
    // What stays allowed.
    QTest::newRow("tone") << QString::fromUtf8("Theme::setTone(m_error, Theme::Tone::Problem);")
                          << false;
    QTest::newRow("role") << QString::fromUtf8(
                                 "Theme::setTextRole(m_title, Theme::TextRole::Title);")
                          << false;
    QTest::newRow("model colour") << QString::fromUtf8(
                                         "return QBrush(Theme::color(Theme::Tone::Notice));")
                                  << false;
    QTest::newRow("include") << QString::fromUtf8("#include <QFontMetrics>") << false;
    QTest::newRow("define") << QString::fromUtf8("#define DEFAULT_NAME 1") << false;
    QTest::newRow("template") << QString::fromUtf8("QList<int> rows; std::vector<bool> b;")
                              << false;
    QTest::newRow("object name") << QString::fromUtf8(
                                        R"(setObjectName(QStringLiteral("backgroundJob"));)")
                                 << false;
    QTest::newRow("a style") << QString::fromUtf8("QStyle *style = widget->style();") << false;
    QTest::newRow("ternary") << QString::fromUtf8("const auto c = ok ? color : other;") << false;
    QTest::newRow("comment") << QString::fromUtf8("// was #b00020, now Theme::Tone::Problem")
                             << false;
}

void tst_Theme::rulesCatchOffences()
{
    QFETCH(QString, line);
    QFETCH(bool, offence);
    QCOMPARE(!offences(QStringLiteral("x.cpp"), line).isEmpty(), offence);
}

void tst_Theme::onlyThemeSetsColoursAndFonts_data()
{
    QTest::addColumn<QString>("path");
    const QString root = uiFolder();
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    // Not vacuous: the folder is there, with the workspaces in it.
    QVERIFY2(files.size() > 50, qPrintable(root));
    for (const QString &path : std::as_const(files)) {
        const QString relative = QStringLiteral("ui/") + path.mid(root.size() + 1);
        if (relative.startsWith(QLatin1String("ui/common/Theme.")))
            continue; // the one place that may
        QTest::newRow(qPrintable(relative)) << path;
    }
}

void tst_Theme::onlyThemeSetsColoursAndFonts()
{
    QFETCH(QString, path);
    const QString relative = QString::fromUtf8(QTest::currentDataTag());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList found = offences(relative, QString::fromUtf8(file.readAll()));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("sets its own colour or font instead of asking Theme:\n") +
                        found.join(QLatin1Char('\n'))));
}

void tst_Theme::tonesHaveTheirColours()
{
    // An item model's row reads like a label of the same tone.
    QCOMPARE(Theme::color(Theme::Tone::Problem), QColor(QLatin1String(Theme::kProblem)));
    QCOMPARE(Theme::color(Theme::Tone::Success), QColor(QLatin1String(Theme::kSuccess)));
    QCOMPARE(Theme::color(Theme::Tone::Muted), QColor(QLatin1String(Theme::kMuted)));
    QCOMPARE(Theme::color(Theme::Tone::Notice), QColor(QLatin1String(Theme::kNotice)));
    QCOMPARE(Theme::color(Theme::Tone::Normal), QColor(QLatin1String(Theme::kInk)));
    QCOMPARE(Theme::background(Theme::Tone::Problem),
             QColor(QLatin1String(Theme::kProblemBackground)));
    QCOMPARE(Theme::background(Theme::Tone::Notice),
             QColor(QLatin1String(Theme::kNoticeBackground)));
    QVERIFY(!Theme::background(Theme::Tone::Normal).isValid());
    QVERIFY(!Theme::background(Theme::Tone::Muted).isValid());
}

QTEST_GUILESS_MAIN(tst_Theme)
#include "tst_Theme.moc"
