#pragma once

#include <QList>
#include <QString>

namespace OneWindow::Test {

// The public member functions a header declares, read from its text, so a test
// can hold a list against the code: a method added to a service shows up here
// whether or not anyone remembered to test it. Understands the project's own
// style (one class per header, `public:`/`private:` sections, declarations
// ending in ';' or an inline body), not C++ at large.
struct PublicMethod
{
    QString className;
    QString name;
    QString declaration;       // on one line, whitespace collapsed
    bool takesSession = false; // a `Session` among its parameters
    bool isStatic = false;
};

class PublicMethods
{
public:
    // Every public method of every class in `headerPath`, constructors,
    // destructors, operators and signals left out.
    static QList<PublicMethod> read(const QString &headerPath);
};

} // namespace OneWindow::Test
