#include "settings/PaperLayoutEditor.h"

#include <QComboBox>
#include <QFormLayout>

namespace OneWindow {

QString PaperLayoutEditor::kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acceptance:
        return tr("受理回执");
    case DocumentKind::Notification:
        return tr("一次性告知书");
    case DocumentKind::NonAcceptance:
        return tr("不予受理通知书");
    case DocumentKind::Supplement:
        return tr("补齐补正通知书");
    case DocumentKind::Tolerance:
        return tr("容缺受理通知书及承诺书");
    case DocumentKind::Special:
        return tr("特别程序告知书");
    case DocumentKind::Refusal:
        return tr("不予许可决定书");
    case DocumentKind::Completion:
        return tr("办结通知");
    case DocumentKind::Handover:
        return tr("送达回执");
    case DocumentKind::Materials:
        return tr("材料接收清单");
    }
    return {};
}

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
        form->addRow(kindName(kind), combo);
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
