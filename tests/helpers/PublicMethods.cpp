#include "PublicMethods.h"

#include <QFile>
#include <QRegularExpression>

namespace OneWindow::Test {

namespace {

// The header without comments and string literals, so braces and keywords in
// them do not count.
QString stripped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < text.size() &&
                   !(text.at(i) == QLatin1Char('*') && text.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
        } else if (c == QLatin1Char('"')) {
            ++i;
            while (i < text.size() && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            out += QStringLiteral("\"\"");
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QList<PublicMethod> PublicMethods::read(const QString &headerPath)
{
    QFile file(headerPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = stripped(QString::fromUtf8(file.readAll()));
    static const QRegularExpression classStart(QStringLiteral(
        "\\b(class|struct)\\s+(?:\\[\\[\\w+\\]\\]\\s+)?(\\w+)\\s*(?:final\\s*)?(?::[^{;]*)?\\{"));
    // An access label ends the text read since the last declaration ("Q_OBJECT"
    // may come before it).
    static const QRegularExpression access(QStringLiteral(
        "(?:^|\\s)(public|private|protected|Q_SIGNALS|signals)(?:\\s+Q_SLOTS)?\\s*:$"));
    static const QRegularExpression nameBeforeParen(
        QStringLiteral("(~?\\w+|operator\\s*\\S+)\\s*\\($"));

    QList<PublicMethod> methods;
    auto it = classStart.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString className = m.captured(2);
        bool isPublic = m.captured(1) == QLatin1String("struct");
        // A declaration ends at ';' or at the '{' of an inline body.
        auto consider = [&](const QString &declaration) {
            const QString decl = declaration.simplified();
            if (!isPublic || !decl.contains(QLatin1Char('(')) ||
                decl.startsWith(QLatin1String("using ")) ||
                decl.startsWith(QLatin1String("friend ")) || decl.startsWith(QLatin1String("Q_")))
                return;
            // The name is the identifier before the parameter list's opening paren.
            int paren = -1;
            for (int i = 0, nesting = 0; i < decl.size() && paren < 0; ++i) {
                if (decl.at(i) == QLatin1Char('<'))
                    ++nesting;
                else if (decl.at(i) == QLatin1Char('>'))
                    --nesting;
                else if (decl.at(i) == QLatin1Char('(') && nesting == 0)
                    paren = i;
            }
            // A data member with an initialiser ("QString x = QStringLiteral(...)").
            if (paren < 0 || decl.left(paren).contains(QLatin1Char('=')))
                return;
            const auto name = nameBeforeParen.match(decl.left(paren + 1));
            if (!name.hasMatch())
                return;
            const QString n = name.captured(1);
            if (n == className || n.startsWith(QLatin1Char('~')) ||
                n.startsWith(QLatin1String("operator")))
                return;
            PublicMethod pm;
            pm.className = className;
            pm.name = n;
            pm.declaration = decl;
            pm.isStatic = decl.startsWith(QLatin1String("static ")) ||
                          decl.contains(QLatin1String(" static "));
            pm.takesSession = QRegularExpression(QStringLiteral("\\bSession\\s*&"))
                                  .match(decl.mid(paren))
                                  .hasMatch();
            methods << pm;
        };
        // The class body, up to its closing brace; nested bodies are skipped.
        int pos = int(m.capturedEnd());
        int depth = 1;
        int parens = 0; // inside a parameter list, "= {}" is a default argument
        QString statement;
        while (pos < text.size() && depth > 0) {
            const QChar c = text.at(pos++);
            if (depth == 1 && (c == QLatin1Char('(') || c == QLatin1Char(')')))
                parens += c == QLatin1Char('(') ? 1 : -1;
            if (depth == 1 && parens > 0) {
                statement += c;
                continue;
            }
            if (c == QLatin1Char('{')) {
                if (depth == 1) {
                    const QString head = statement.simplified();
                    // A member initialised in braces ("int x{0}") has no parameter list.
                    if (head.contains(QLatin1Char(')')) && !head.startsWith(QLatin1String("enum")))
                        consider(head);
                    statement.clear();
                }
                ++depth;
            } else if (c == QLatin1Char('}')) {
                --depth;
            } else if (depth == 1) {
                if (c == QLatin1Char(';')) {
                    consider(statement);
                    statement.clear();
                    continue;
                }
                statement += c;
                const auto label = access.match(statement);
                if (label.hasMatch()) {
                    isPublic = label.captured(1) == QLatin1String("public");
                    statement.clear();
                }
            }
        }
    }
    return methods;
}

} // namespace OneWindow::Test
