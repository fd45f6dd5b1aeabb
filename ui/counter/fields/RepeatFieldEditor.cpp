#include "counter/fields/RepeatFieldEditor.h"

#include "common/Theme.h"
#include "counter/fields/FieldEditorFactory.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneWindow {

RepeatFieldEditor::RepeatFieldEditor(const FieldDefinition &field, const QString &key,
                                     QWidget *parent)
    : FieldEditor(field, key, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(2);
    layout->addLayout(m_itemsLayout);
    m_add =
        new QPushButton(Theme::icon(QStringLiteral("plus")),
                        tr("添加%1 (Ctrl+Ins)")
                            .arg(field.itemLabel.isEmpty() ? tr("一项") : field.itemLabel.text()),
                        this);
    m_add->setObjectName(QStringLiteral("field_") + key + QStringLiteral("_add"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_add->setAutoDefault(false);
    m_add->setEnabled(!field.readOnly);
    watch(m_add);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    m_error = makeErrorLabel(QString());
    layout->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addItem();
        if (!m_items.isEmpty() && !m_items.constLast().editors.isEmpty())
            m_items.constLast().editors.first()->firstInput()->setFocus();
        Q_EMIT edited(QString());
    });
    const int initial = qMax(field.minItems, field.required ? 1 : 0);
    for (int i = 0; i < initial; ++i)
        addItem();
}

void RepeatFieldEditor::addItem()
{
    if (field().maxItems > 0 && m_items.size() >= field().maxItems)
        return;
    const int index = int(m_items.size());
    Item item;
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("field_%1_%2").arg(key()).arg(index));
    auto *form = new QFormLayout(box);
    form->setContentsMargins(6, 4, 6, 4);
    for (const FieldDefinition &child : field().children) {
        FieldEditor *editor = FieldEditorFactory::create(
            child, QStringLiteral("%1_%2_%3").arg(key()).arg(index).arg(child.id), box);
        editor->setToday(today());
        connect(editor, &FieldEditor::edited, this,
                [this, editor, childId = child.id](const QString &) {
                    for (int i = 0; i < m_items.size(); ++i)
                        if (m_items[i].editors.contains(editor))
                            Q_EMIT edited(QStringLiteral("%1/%2").arg(i).arg(childId));
                });
        auto *label = new QLabel(
            child.label.text() + (child.required ? QStringLiteral(" *") : QString()), box);
        label->setBuddy(editor->firstInput());
        form->addRow(label, editor);
        item.editors.append(editor);
    }
    auto *remove = new QPushButton(Theme::icon(QStringLiteral("trash-2")), tr("删除此项"), box);
    remove->setObjectName(QStringLiteral("field_%1_%2_remove").arg(key()).arg(index));
    remove->setAutoDefault(false);
    watch(remove);
    form->addRow(QString(), remove);
    connect(remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_items.size(); ++i)
            if (m_items[i].box == box) {
                removeItem(i);
                Q_EMIT edited(QString());
                return;
            }
    });
    item.box = box;
    item.remove = remove;
    m_items.append(item);
    m_itemsLayout->addWidget(box);
    renumber();
}

void RepeatFieldEditor::removeItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    // Keep the values of the items after it: rebuild from the value list.
    QVariantList values = value().toList();
    while (values.size() < m_items.size())
        values.append(QVariantMap());
    values.removeAt(index);
    setValue(values);
}

void RepeatFieldEditor::renumber()
{
    const QString label =
        field().itemLabel.isEmpty() ? field().label.text() : field().itemLabel.text();
    for (int i = 0; i < m_items.size(); ++i)
        static_cast<QGroupBox *>(m_items[i].box)
            ->setTitle(QStringLiteral("%1 %2").arg(label).arg(i + 1));
    m_add->setEnabled(!field().readOnly &&
                      (field().maxItems == 0 || m_items.size() < field().maxItems));
}

QVariant RepeatFieldEditor::value() const
{
    QVariantList list;
    for (const Item &item : m_items) {
        QVariantMap values;
        for (const FieldEditor *e : item.editors) {
            const QVariant v = e->value();
            if (v.isValid())
                values.insert(e->field().id, v);
        }
        list.append(values);
    }
    return list;
}

void RepeatFieldEditor::setValue(const QVariant &value)
{
    // Out of the widget tree at once (object names are reused), deleted later:
    // the remove button asking for this is still on the stack.
    for (const Item &item : m_items) {
        m_itemsLayout->removeWidget(item.box);
        item.box->hide();
        item.box->setParent(nullptr);
        item.box->deleteLater();
    }
    m_items.clear();
    const QVariantList list = value.toList();
    const int count = qMax(int(list.size()), qMax(field().minItems, field().required ? 1 : 0));
    for (int i = 0; i < count; ++i) {
        addItem();
        if (i < list.size()) {
            const QVariantMap values = list.at(i).toMap();
            for (FieldEditor *e : m_items[i].editors)
                e->setValue(values.value(e->field().id));
        }
    }
}

void RepeatFieldEditor::showProblems(const QMap<QString, QString> &parts)
{
    setProblem(m_error, parts.value(QString()));
    for (int i = 0; i < m_items.size(); ++i)
        for (FieldEditor *e : m_items[i].editors) {
            const QString problem = parts.value(QStringLiteral("%1/%2").arg(i).arg(e->field().id));
            e->showProblems(problem.isEmpty() ? QMap<QString, QString>()
                                              : QMap<QString, QString>{{QString(), problem}});
        }
}

QList<QWidget *> RepeatFieldEditor::inputs() const
{
    QList<QWidget *> list;
    for (const Item &item : m_items) {
        for (const FieldEditor *e : item.editors)
            list << e->inputs();
        list << item.remove;
    }
    list << m_add;
    return list;
}

void RepeatFieldEditor::setToday(const QDate &today)
{
    FieldEditor::setToday(today);
    for (const Item &item : std::as_const(m_items))
        for (FieldEditor *e : item.editors)
            e->setToday(today);
}

QWidget *RepeatFieldEditor::firstInput() const
{
    if (!m_items.isEmpty() && !m_items.first().editors.isEmpty())
        return m_items.first().editors.first()->firstInput();
    return m_add;
}

} // namespace OneWindow
