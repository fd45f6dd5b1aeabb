#include "receipts/CjkFont.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace OneWindow {

namespace {

const QString kFamily = QStringLiteral("WenQuanYi Micro Hei");

} // namespace

QStringList CjkFont::candidateFiles()
{
    const QString bundled = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("fonts/wqy-microhei.ttc"));
    return {bundled, QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")};
}

QString CjkFont::family()
{
    static QMutex mutex;
    static QString cached;

    QMutexLocker lock(&mutex);
    if (!cached.isEmpty())
        return cached;

    // QFontDatabase aborts without a GUI application; a CLI without one
    // simply has no receipt font rather than crashing.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};

    for (const QString &path : candidateFiles()) {
        if (!QFileInfo::exists(path))
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            continue;
        // The .ttc also holds "WenQuanYi Micro Hei Mono"; receipts use the
        // proportional face.
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.contains(kFamily)) {
            cached = kFamily;
            return cached;
        }
    }

    // Installed system-wide where fontconfig finds it but not at a known path.
    if (QFontDatabase::families().contains(kFamily))
        cached = kFamily;
    return cached;
}

} // namespace OneWindow
