#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

namespace OneWindow {

// The one visual style of the application, set in one place: the palette, the
// type scale, the spacing and the style sheet built from them. Widgets say what
// a thing is (a tone, a text role), never a colour or a size, so the counter
// reads the same on every page: the citizen's name and any problem largest,
// problems red, success green, secondary text grey, every focus stop framed.
class Theme
{
public:
    // What a text means to the clerk.
    enum class Tone
    {
        Normal,
        Problem, // something is wrong and needs the clerk: red
        Success, // done, nothing to do: green
        Muted,   // secondary: grey
        Notice,  // worth reading, not wrong: amber
    };
    // Where a text sits in the type scale.
    enum class TextRole
    {
        Body,
        Small,
        Section, // a section's heading
        Title,   // a page's heading, a matter's name
        Name,    // the citizen's name: the largest text on screen
        Banner,  // a problem at the top of a page: nearly as large
        // The screen that faces the citizen, read from across the counter:
        PublicHeading, // what the screen asks
        PublicBody,    // what it shows
        PublicSecond,  // the English line under the Chinese one
        PublicChoice,  // a button the citizen touches
    };

    // Palette
    static constexpr const char *kInk = "#1f3a5f"; // text, icons, the header
    static constexpr const char *kAccent = "#1565c0";
    static constexpr const char *kProblem = "#b3261e";
    static constexpr const char *kProblemBackground = "#fdecea";
    static constexpr const char *kSuccess = "#1b6e3a";
    static constexpr const char *kNotice = "#8a5a00";
    static constexpr const char *kNoticeBackground = "#fff4de";
    static constexpr const char *kMuted = "#5f6b7a";
    static constexpr const char *kWindow = "#f4f6f9";
    static constexpr const char *kSurface = "#ffffff";
    static constexpr const char *kBorder = "#c5ccd6";

    // Type scale in points (they scale with the screen's DPI and Qt's scale factor).
    static constexpr int kBodyPt = 10;
    static constexpr int kSmallPt = 9;
    static constexpr int kSectionPt = 11;
    static constexpr int kTitlePt = 14;
    static constexpr int kBannerPt = 14;
    static constexpr int kNamePt = 20;
    static constexpr int kPublicHeadingPt = 30;
    static constexpr int kPublicBodyPt = 20;
    static constexpr int kPublicSecondPt = 15;

    // Spacing in pixels: between related items, between groups, around a page.
    static constexpr int kGap = 6;
    static constexpr int kGroupGap = 12;
    static constexpr int kMargin = 10;

    // Palette, font and style sheet for the whole application; the compiled-in
    // icons become available. Call once after the QApplication exists.
    static void apply(QApplication &app);
    static QString styleSheet();

    static void setTone(QWidget *widget, Tone tone);
    static void setTextRole(QWidget *widget, TextRole role);
    // An action's icon from resources/icons ("id-card", "lock", ...); a null
    // icon, with a warning, for a name that is not there.
    static QIcon icon(const QString &name);

    // Inline, so the widget-free item models (ow_models) can ask without linking the widgets.
    // A tone's text colour, for what no style sheet reaches (an item model's ForegroundRole).
    static QColor color(Tone tone);
    // A whole row marked with a tone (Problem, Notice); no colour for the other tones.
    static QColor background(Tone tone);
    // What a chart counts (its first series), in the colour of the app's accents.
    static QColor accent();
    // Rich text: the one part of a label's line that stands out (the current page).
    static QString strong(const QString &html);
};

inline QColor Theme::color(Tone tone)
{
    switch (tone) {
    case Tone::Problem:
        return QColor(QLatin1String(kProblem));
    case Tone::Success:
        return QColor(QLatin1String(kSuccess));
    case Tone::Muted:
        return QColor(QLatin1String(kMuted));
    case Tone::Notice:
        return QColor(QLatin1String(kNotice));
    case Tone::Normal:
        break;
    }
    return QColor(QLatin1String(kInk));
}

inline QColor Theme::background(Tone tone)
{
    switch (tone) {
    case Tone::Problem:
        return QColor(QLatin1String(kProblemBackground));
    case Tone::Notice:
        return QColor(QLatin1String(kNoticeBackground));
    case Tone::Normal:
    case Tone::Success:
    case Tone::Muted:
        break;
    }
    return {};
}

inline QColor Theme::accent()
{
    return QColor(QLatin1String(kAccent));
}

inline QString Theme::strong(const QString &html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

} // namespace OneWindow
