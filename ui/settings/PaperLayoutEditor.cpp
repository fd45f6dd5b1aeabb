#include "settings/PaperLayoutEditor.h"

#include "common/DocumentKindText.h"

#include <QComboBox>
#include <QFormLayout>

namespace OneWindow {

QString PaperLayoutEditor::layoutName(PaperLayout layout)
{
    switch (layout) {
    case PaperLayout::A4:
        return tr("A4 纸");
    case PaperLayout::A5:
        return tr("A5 纸");
    case PaperLayout::Thermal80:
        return tr("80 毫米热敏小票");
    }
    return {};
}

PaperLayoutEditor::PaperLayoutEditor(QWidget *parent)
    : QGroupBox(tr("文书纸张"), parent)
{
    setObjectName(QStringLiteral("paperLayoutEditor"));
    auto *form = new QFormLayout(this);
    for (DocumentKind kind : DocumentKinds::all()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("paper_") + DocumentKinds::key(kind));
        for (PaperLayout layout : PaperLayouts::all())
            combo->addItem(layoutName(layout), PaperLayouts::key(layout));
        form->addRow(DocumentKindText::text(kind), combo);
        m_combos.insert(kind, combo);
    }
}

void PaperLayoutEditor::setChoices(const PaperChoices &choices)
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(
            it.value()->findData(PaperLayouts::key(choices.layoutFor(it.key()))));
}

PaperChoices PaperLayoutEditor::choices() const
{
    PaperChoices choices;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        if (const auto layout = PaperLayouts::fromKey(it.value()->currentData().toString()))
            choices.set(it.key(), *layout);
    return choices;
}

} // namespace OneWindow
