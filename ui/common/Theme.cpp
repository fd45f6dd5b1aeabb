#include "common/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QLoggingCategory>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

// The icons' .qrc is compiled into the static ui library: nothing references it,
// so the linker would drop it without this explicit initialisation.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace OneWindow {

namespace {

Q_LOGGING_CATEGORY(lcTheme, "onewindow.ui")

QString toneKey(Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Problem:
        return QStringLiteral("problem");
    case Theme::Tone::Success:
        return QStringLiteral("success");
    case Theme::Tone::Muted:
        return QStringLiteral("muted");
    case Theme::Tone::Notice:
        return QStringLiteral("notice");
    case Theme::Tone::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QString roleKey(Theme::TextRole role)
{
    switch (role) {
    case Theme::TextRole::Small:
        return QStringLiteral("small");
    case Theme::TextRole::Section:
        return QStringLiteral("section");
    case Theme::TextRole::Title:
        return QStringLiteral("title");
    case Theme::TextRole::Name:
        return QStringLiteral("name");
    case Theme::TextRole::Banner:
        return QStringLiteral("banner");
    case Theme::TextRole::PublicHeading:
        return QStringLiteral("public-heading");
    case Theme::TextRole::PublicBody:
        return QStringLiteral("public-body");
    case Theme::TextRole::PublicSecond:
        return QStringLiteral("public-second");
    case Theme::TextRole::PublicChoice:
        return QStringLiteral("public-choice");
    case Theme::TextRole::Body:
        break;
    }
    return QStringLiteral("body");
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->updateGeometry();
    widget->update();
}

} // namespace

void Theme::apply(QApplication &app)
{
    initIconResources();
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(kWindow));
    p.setColor(QPalette::WindowText, QColor(kInk));
    p.setColor(QPalette::Base, QColor(kSurface));
    p.setColor(QPalette::AlternateBase, QColor(QStringLiteral("#f7f9fc")));
    p.setColor(QPalette::Text, QColor(QStringLiteral("#1b2430")));
    p.setColor(QPalette::Button, QColor(kSurface));
    p.setColor(QPalette::ButtonText, QColor(kInk));
    p.setColor(QPalette::Highlight, QColor(QStringLiteral("#dce8f7")));
    p.setColor(QPalette::HighlightedText, QColor(kInk));
    p.setColor(QPalette::PlaceholderText, QColor(kMuted));
    p.setColor(QPalette::Link, QColor(kAccent));
    p.setColor(QPalette::ToolTipBase, QColor(kSurface));
    p.setColor(QPalette::ToolTipText, QColor(kInk));
    app.setPalette(p);

    // Chinese first: a CJK face for the characters, Latin from the same face.
    QFont font = app.font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSize(kBodyPt);
    app.setFont(font);
    app.setStyleSheet(styleSheet());
}

QString Theme::styleSheet()
{
    // Written with the palette's names; the values are substituted below.
    QString sheet = QStringLiteral(R"(
QMainWindow, QDialog { background: @window; }
#shellHeader { background: @ink; color: white; font-size: @headerPt; font-weight: 600; padding: 6px 12px; }
QToolBar { background: @surface; border: none; border-bottom: 1px solid @border; spacing: 4px; padding: 2px 6px; }
QToolButton { color: @ink; padding: 4px 8px; border: 1px solid transparent; border-radius: 4px; }
QToolButton:hover { background: #e8eef6; border-color: @border; }
QToolButton:checked { background: #dce8f7; border-color: @accent; font-weight: 600; }
QToolButton:focus { border: 2px solid @accent; }
QStatusBar { background: @surface; border-top: 1px solid @border; color: @ink; }
QStatusBar QLabel { padding: 0 8px; }
QGroupBox { background: @surface; border: 1px solid @border; border-radius: 6px; margin-top: 1.3em; padding: 8px 6px 6px 6px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: @ink; }
QGroupBox[current="true"] { border: 2px solid @accent; }
QLineEdit, QComboBox, QAbstractSpinBox { background: @surface; border: 1px solid @border; border-radius: 4px; padding: 3px 6px; min-height: 1.5em; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus { border: 2px solid @accent; padding: 2px 5px; background: #f5f9ff; }
QLineEdit:read-only { background: #eef1f5; }
QLineEdit:disabled, QComboBox:disabled { background: #eef1f5; color: #8a94a3; }
QComboBox::drop-down { border: none; width: 22px; }
QComboBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 14px; height: 14px; }
QComboBox QAbstractItemView { border: 1px solid @border; selection-background-color: #dce8f7; selection-color: @ink; }
QPushButton { background: @surface; color: @ink; border: 1px solid @border; border-radius: 4px; padding: 5px 12px; }
QPushButton:hover { background: #e8eef6; }
QPushButton:focus { border: 2px solid @accent; padding: 4px 11px; }
QPushButton:disabled { background: #eef1f5; color: #8a94a3; }
QPushButton[primary="true"] { background: #e3f4e9; border: 1px solid @success; font-weight: 700; }
QPushButton[primary="true"]:focus { border: 2px solid @accent; }
QCheckBox { spacing: 6px; padding: 2px 4px; border: 2px solid transparent; border-radius: 4px; }
QCheckBox:focus { border: 2px solid @accent; background: #f5f9ff; }
QAbstractItemView { background: @surface; border: 1px solid @border; border-radius: 4px; alternate-background-color: #f7f9fc; selection-background-color: #dce8f7; selection-color: @ink; }
QAbstractItemView:focus { border: 2px solid @accent; }
QHeaderView::section { background: #eef1f5; color: @ink; border: none; border-right: 1px solid @border; border-bottom: 1px solid @border; padding: 4px 6px; font-weight: 600; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
*[textRole="small"] { font-size: @smallPt; }
*[textRole="section"] { font-size: @sectionPt; font-weight: 700; color: @ink; }
*[textRole="title"] { font-size: @titlePt; font-weight: 700; color: @ink; }
*[textRole="name"] { font-size: @namePt; font-weight: 700; color: @ink; }
*[textRole="banner"] { font-size: @bannerPt; font-weight: 700; }
*[textRole="public-heading"] { font-size: @publicHeadingPt; font-weight: 700; color: @ink; }
*[textRole="public-body"] { font-size: @publicBodyPt; color: @ink; }
*[textRole="public-second"] { font-size: @publicSecondPt; color: @muted; }
QPushButton[textRole="public-choice"], QCheckBox[textRole="public-choice"] { font-size: @publicBodyPt; min-height: 64px; padding: 8px 18px; }
*[tone="muted"] { color: @muted; }
*[tone="success"] { color: @success; }
*[tone="notice"] { color: @notice; }
*[tone="problem"] { color: @problem; font-weight: 600; }
QLabel[textRole="banner"][tone="problem"] { background: @problemBackground; border: 1px solid @problem; border-radius: 6px; padding: 6px 10px; }
QLabel[textRole="banner"][tone="notice"] { background: @noticeBackground; border: 1px solid @notice; border-radius: 6px; padding: 6px 10px; }
)");
    const QList<QPair<QString, QString>> values = {
        // Longest names first: "@problemBackground" before "@problem".
        {QStringLiteral("@problemBackground"), QLatin1String(kProblemBackground)},
        {QStringLiteral("@problem"), QLatin1String(kProblem)},
        {QStringLiteral("@noticeBackground"), QLatin1String(kNoticeBackground)},
        {QStringLiteral("@ink"), QLatin1String(kInk)},
        {QStringLiteral("@accent"), QLatin1String(kAccent)},
        {QStringLiteral("@border"), QLatin1String(kBorder)},
        {QStringLiteral("@surface"), QLatin1String(kSurface)},
        {QStringLiteral("@window"), QLatin1String(kWindow)},
        {QStringLiteral("@muted"), QLatin1String(kMuted)},
        {QStringLiteral("@success"), QLatin1String(kSuccess)},
        {QStringLiteral("@notice"), QLatin1String(kNotice)},
        {QStringLiteral("@headerPt"), QString::number(kSectionPt + 1) + QStringLiteral("pt")},
        {QStringLiteral("@smallPt"), QString::number(kSmallPt) + QStringLiteral("pt")},
        {QStringLiteral("@sectionPt"), QString::number(kSectionPt) + QStringLiteral("pt")},
        {QStringLiteral("@titlePt"), QString::number(kTitlePt) + QStringLiteral("pt")},
        {QStringLiteral("@namePt"), QString::number(kNamePt) + QStringLiteral("pt")},
        {QStringLiteral("@publicHeadingPt"),
         QString::number(kPublicHeadingPt) + QStringLiteral("pt")},
        {QStringLiteral("@publicBodyPt"), QString::number(kPublicBodyPt) + QStringLiteral("pt")},
        {QStringLiteral("@publicSecondPt"),
         QString::number(kPublicSecondPt) + QStringLiteral("pt")},
        {QStringLiteral("@bannerPt"), QString::number(kBannerPt) + QStringLiteral("pt")},
    };
    for (const auto &[name, value] : values)
        sheet.replace(name, value);
    return sheet;
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    const QString key = toneKey(tone);
    if (widget->property("tone").toString() == key)
        return;
    widget->setProperty("tone", key);
    repolish(widget);
}

void Theme::setTextRole(QWidget *widget, TextRole role)
{
    const QString key = roleKey(role);
    if (widget->property("textRole").toString() == key)
        return;
    widget->setProperty("textRole", key);
    repolish(widget);
}

QIcon Theme::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    // QIcon takes any path and draws nothing for a missing file: make a typo visible.
    if (!QFile::exists(path)) {
        qCWarning(lcTheme) << "no icon named" << name;
        return {};
    }
    return QIcon(path);
}

} // namespace OneWindow
