#pragma once

#include "documents/DocumentKind.h"

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// The names of the papers in the interface language (the papers themselves
// are printed in Chinese).
class DocumentKindText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKindText)

public:
    static QString text(DocumentKind kind);
};

} // namespace OneWindow
