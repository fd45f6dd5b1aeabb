#include "cli/TemplateCheckCommand.h"

#include "templates/TemplateLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace OneWindow {

QStringList TemplateCheckCommand::words() const
{
    return {QStringLiteral("template"), QStringLiteral("check")};
}

QString TemplateCheckCommand::synopsis() const
{
    return QStringLiteral("PATH...");
}

QString TemplateCheckCommand::summary() const
{
    return QStringLiteral(
        "Check form templates (files, or *.json in folders); one line per problem, "
        "FILE:JSON-POINTER: message. Exits 1 if any template is broken.");
}

QStringList TemplateCheckCommand::check(const QStringList &paths)
{
    QStringList problems;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            // The folder as the catalogue reads it: its own *.json files, not
            // subfolders (forms/schema holds the JSON Schema, not a template).
            const QDir dir(path);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                if (!name.endsWith(QLatin1String(".schema.json")))
                    files << dir.filePath(name);
        } else if (info.exists()) {
            files << path;
        } else {
            problems << QStringLiteral("%1:: no such file or folder").arg(path);
        }
    }
    // Two files with one id: the catalogue would silently keep only the last.
    QHash<QString, QString> seen;
    for (const QString &file : files) {
        QStringList fileProblems;
        const FormTemplate t = TemplateLoader::loadFile(file, &fileProblems);
        problems << fileProblems;
        // A broken file never reaches the catalogue, so its id clashes with nothing.
        if (t.id.isEmpty() || !fileProblems.isEmpty())
            continue;
        if (seen.contains(t.id))
            problems << QStringLiteral("%1:/id: duplicate template id \"%2\" (also in %3)")
                            .arg(file, t.id, seen.value(t.id));
        else
            seen.insert(t.id, file);
    }
    return problems;
}

int TemplateCheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << "onewindow-cli template check: no files or folders given\n";
        return UsageError;
    }
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "onewindow-cli template check: unknown option " << argument << '\n';
            return UsageError;
        }
    }
    const QStringList problems = check(arguments);
    for (const QString &p : problems)
        out << p << '\n';
    return problems.isEmpty() ? Success : Failure;
}

} // namespace OneWindow
