#include "services/ProvisioningFile.h"

#include "common/PlainText.h"
#include "services/CounterSettings.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace OneWindow {

QString ProvisioningFile::defaultPath()
{
#ifdef Q_OS_WIN
    const QString programData =
        qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir(programData).filePath(QStringLiteral("OneWindow/counter.conf"));
#else
    return QStringLiteral("/etc/onewindow/counter.conf");
#endif
}

QStringList ProvisioningFile::printerKinds()
{
    return {QStringLiteral("receipt"), QStringLiteral("notification")};
}

QStringList ProvisioningFile::knownKeys()
{
    QStringList keys = {QStringLiteral("database"),      QStringLiteral("hall.code"),
                        QStringLiteral("hall.name"),     QStringLiteral("counter"),
                        QStringLiteral("hall.key-file"), QStringLiteral("reader"),
                        QStringLiteral("language"),      QStringLiteral("idle-lock")};
    for (const QString &kind : printerKinds())
        keys << QStringLiteral("printer.") + kind;
    return keys;
}

ProvisioningFile ProvisioningFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProvisioningFile broken;
        broken.m_fileName = path;
        broken.problem(0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return broken;
    }
    // A provisioning file is a dozen lines; a larger one is the wrong file.
    return parse(file.read(256 * 1024), path);
}

QString ProvisioningFile::checkValue(const QString &key, const QString &value) const
{
    if (key == QLatin1String("database")) {
        auto url = DatabaseUrl::parse(value);
        return url ? QString() : QStringLiteral("not a database URL (%1)").arg(url.error().code);
    }
    if (key == QLatin1String("hall.code")) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9]{2,12}$"));
        return code.match(value).hasMatch() ? QString()
                                            : QStringLiteral("a hall code is 2 to 12 letters or"
                                                             " digits");
    }
    if (key == QLatin1String("counter")) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
        return code.match(value).hasMatch() ? QString()
                                            : QStringLiteral("a counter number is 1 to 8 letters"
                                                             " or digits");
    }
    if (key == QLatin1String("hall.key-file")) {
        return QDir::isAbsolutePath(value) ? QString()
                                           : QStringLiteral("the key file needs an absolute path");
    }
    if (key == QLatin1String("reader")) {
        if (value == QLatin1String("simulator") || value == QLatin1String("auto"))
            return {};
        static const QRegularExpression port(QStringLiteral("^(/dev/\\S+|COM[0-9]{1,3})$"));
        return port.match(value).hasMatch()
                   ? QString()
                   : QStringLiteral("reader is auto, simulator or a serial port (/dev/ttyUSB0,"
                                    " COM3)");
    }
    if (key == QLatin1String("language")) {
        return value == QLatin1String("zh") || value == QLatin1String("en")
                   ? QString()
                   : QStringLiteral("language is zh or en");
    }
    if (key == QLatin1String("idle-lock")) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        return ok && minutes >= 1 && minutes <= 60
                   ? QString()
                   : QStringLiteral("idle-lock is a number of minutes from 1 to 60");
    }
    return {};
}

ProvisioningFile ProvisioningFile::parse(const QByteArray &content, const QString &fileName)
{
    ProvisioningFile file;
    file.m_fileName = fileName;
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF")) // a byte-order mark from a Windows editor
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.contains(QChar::ReplacementCharacter)) {
            file.problem(lineNumber, QStringLiteral("not UTF-8 text"));
            continue;
        }
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            file.problem(lineNumber, QStringLiteral("expected KEY = VALUE"));
            continue;
        }
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (!knownKeys().contains(key)) {
            file.problem(lineNumber,
                         key.startsWith(QLatin1String("printer."))
                             ? QStringLiteral("unknown document kind \"%1\" (known: %2)")
                                   .arg(key.mid(8), printerKinds().join(QStringLiteral(", ")))
                             : QStringLiteral("unknown key \"%1\"").arg(key));
            continue;
        }
        if (file.m_values.contains(key)) {
            file.problem(lineNumber, QStringLiteral("\"%1\" is already set on line %2")
                                         .arg(key)
                                         .arg(file.m_lines.value(key)));
            continue;
        }
        if (value.isEmpty()) {
            file.problem(lineNumber, QStringLiteral("\"%1\" has no value").arg(key));
            continue;
        }
        // A value is shown in the settings dialog and used as it is: no NUL or
        // other control character, no direction override.
        if (const QString why = PlainText::problem(value, PlainText::Lines::One, 1000);
            !why.isEmpty()) {
            file.problem(lineNumber, QStringLiteral("\"%1\" %2").arg(key, why));
            continue;
        }
        if (const QString wrong = file.checkValue(key, value); !wrong.isEmpty()) {
            file.problem(lineNumber, wrong);
            continue;
        }
        file.m_values.insert(key, value);
        file.m_lines.insert(key, lineNumber);
        file.m_order.append(key);
    }
    return file;
}

QStringList ProvisioningFile::problemLines() const
{
    QStringList out;
    for (const Problem &p : m_problems)
        out << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(p.line).arg(p.message);
    return out;
}

void ProvisioningFile::applyTo(CounterSettings &settings) const
{
    for (const QString &key : m_order) {
        const QString v = m_values.value(key);
        if (key == QLatin1String("database"))
            settings.databaseUrl = v;
        else if (key == QLatin1String("hall.code"))
            settings.hallCode = v;
        else if (key == QLatin1String("hall.name"))
            settings.hallName = v;
        else if (key == QLatin1String("counter"))
            settings.counterCode = v;
        else if (key == QLatin1String("hall.key-file"))
            settings.hallKeyFile = v;
        else if (key == QLatin1String("reader"))
            settings.readerPort = v;
        else if (key == QLatin1String("language"))
            settings.language = v;
        else if (key == QLatin1String("idle-lock"))
            settings.idleLockMinutes = v.toInt();
        else if (key.startsWith(QLatin1String("printer.")))
            settings.printers.insert(key.mid(8), v);
        settings.fromFile.insert(key, lineOf(key));
    }
    settings.provisioningFile = m_fileName;
}

} // namespace OneWindow
