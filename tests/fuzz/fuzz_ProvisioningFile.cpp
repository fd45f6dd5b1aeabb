// libFuzzer target: /etc/onewindow/counter.conf is copied to every counter by an
// administrator or a deployment system, so any bytes must parse without a crash.
// What the parser accepts is a known key with a checked value that a counter can
// use as it is: no control characters or broken UTF-8, and written back as
// "key = value" lines it reads the same.
#include "FuzzInvariant.h"
#include "services/CounterSettings.h"
#include "services/ProvisioningFile.h"
#include "storage/DatabaseUrl.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;
using OneWindow::Fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProvisioningFile file = ProvisioningFile::parse(content, QStringLiteral("fuzz.conf"));
    const int lines = int(content.count('\n')) + 1;
    for (const ProvisioningFile::Problem &p : file.problems())
        if (p.line < 1 || p.line > lines || p.message.isEmpty())
            fail("a problem must point at a line of the file");
    for (const QString &line : file.problemLines())
        if (!line.startsWith(QLatin1String("fuzz.conf:")))
            fail("check 1");
    QByteArray again;
    for (const QString &key : file.keys()) {
        if (!ProvisioningFile::knownKeys().contains(key))
            fail("check 2");
        const QString value = file.value(key);
        if (value.isEmpty() || value != value.trimmed())
            fail("check 3");
        for (const QChar c : value)
            if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
                fail("a value a counter would show, print or open broken");
        if (file.lineOf(key) < 1 || file.lineOf(key) > lines)
            fail("check 4");
        if (key == QLatin1String("database") && !DatabaseUrl::parse(value).ok())
            fail("check 5");
        again += key.toUtf8() + " = " + value.toUtf8() + '\n';
    }
    CounterSettings settings;
    file.applyTo(settings);
    const ProvisioningFile reread = ProvisioningFile::parse(again, QStringLiteral("again.conf"));
    if (!reread.ok() || reread.keys() != file.keys())
        fail("check 6");
    for (const QString &key : file.keys())
        if (reread.value(key) != file.value(key))
            fail("check 7");
    return 0;
}
