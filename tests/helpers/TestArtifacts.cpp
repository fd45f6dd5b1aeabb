#include "helpers/TestArtifacts.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace OneWindow::Test {

namespace {

QAtomicInt s_count;

QString target(const QString &name)
{
    const QString dir = TestArtifacts::folder();
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    QString safe = name;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return QDir(dir).filePath(QStringLiteral("%1-%2-%3")
                                  .arg(QCoreApplication::applicationName())
                                  .arg(s_count.fetchAndAddRelaxed(1) + 1)
                                  .arg(safe.right(80)));
}

} // namespace

QString TestArtifacts::folder()
{
    return qEnvironmentVariable("ONEWINDOW_TEST_ARTIFACTS");
}

void TestArtifacts::keepFile(const QString &path)
{
    const QString to = target(QFileInfo(path).fileName());
    if (!to.isEmpty() && QFileInfo(path).isFile())
        QFile::copy(path, to);
}

void TestArtifacts::keep(const QString &name, const QByteArray &content)
{
    const QString to = target(name);
    if (to.isEmpty())
        return;
    QFile f(to);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

} // namespace OneWindow::Test
