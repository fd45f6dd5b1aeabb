#pragma once

#include "documents/DocumentKind.h"
#include "receipts/PaperLayout.h"

#include <QMap>

class QSettings;

namespace OneWindow {

// Which paper each kind of document is printed on at this counter: a
// thermal roll for the quick receipts, A4 for decisions that are filed, as the
// administrator chooses. Kept in the counter's settings as
// documents/layout/<kind> = a4|a5|thermal80; a kind not set prints on A4.
class PaperChoices
{
public:
    PaperLayout layoutFor(DocumentKind kind) const;
    void set(DocumentKind kind, PaperLayout layout) { m_layouts.insert(kind, layout); }

    static QString settingsKey(DocumentKind kind);
    // Unknown values in the settings are ignored (that kind prints on A4).
    static PaperChoices load(const QSettings &store);
    void save(QSettings &store) const;

    bool operator==(const PaperChoices &other) const;

private:
    QMap<DocumentKind, PaperLayout> m_layouts;
};

} // namespace OneWindow
