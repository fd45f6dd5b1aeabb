#include "documents/PaperChoices.h"

#include <QSettings>

namespace OneWindow {

PaperLayout PaperChoices::layoutFor(DocumentKind kind) const
{
    return m_layouts.value(kind, PaperLayout::A4);
}

QString PaperChoices::settingsKey(DocumentKind kind)
{
    return QStringLiteral("documents/layout/") + DocumentKinds::key(kind);
}

PaperChoices PaperChoices::load(const QSettings &store)
{
    PaperChoices choices;
    for (DocumentKind kind : DocumentKinds::all())
        if (const auto layout = PaperLayouts::fromKey(store.value(settingsKey(kind)).toString()))
            choices.set(kind, *layout);
    return choices;
}

void PaperChoices::save(QSettings &store) const
{
    for (DocumentKind kind : DocumentKinds::all())
        store.setValue(settingsKey(kind), PaperLayouts::key(layoutFor(kind)));
}

bool PaperChoices::operator==(const PaperChoices &other) const
{
    for (DocumentKind kind : DocumentKinds::all())
        if (layoutFor(kind) != other.layoutFor(kind))
            return false;
    return true;
}

} // namespace OneWindow
