#include "common/Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace OneWindow {

bool Localization::apply(const QString &language)
{
    static QTranslator appTranslator;
    static QTranslator qtTranslator;
    QCoreApplication::removeTranslator(&appTranslator);
    QCoreApplication::removeTranslator(&qtTranslator);

    const bool english = language.startsWith(QLatin1String("en"));
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                   : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    // Qt's own dialogs (print, file) in the same language.
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (!english)
        return true;
    // An installed translation (share/onewindow/translations beside bin/) wins, so
    // a corrected .qm reaches the counters without a new build; else the compiled-in one.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/onewindow/translations"));
    if (!appTranslator.load(QStringLiteral("onewindow_en"), installed) &&
        !appTranslator.load(QStringLiteral(":/i18n/onewindow_en.qm")))
        return false;
    QCoreApplication::installTranslator(&appTranslator);
    return true;
}

} // namespace OneWindow
