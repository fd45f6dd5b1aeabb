#pragma once

#include "counter/fields/FieldEditor.h"

#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace OneWindow {

// A repeat group (children, shareholders): one box of child editors per item,
// "add" and "remove" buttons. The value is a list of {child id: value} maps.
// Inside item N a child is keyed "<id>_<N>_<child>".
class RepeatFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    RepeatFieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void showProblems(const QMap<QString, QString> &parts) override;
    QWidget *firstInput() const override;
    QList<QWidget *> inputs() const override;
    void setToday(const QDate &today) override;
    int itemCount() const { return int(m_items.size()); }

public Q_SLOTS:
    void addItem();
    void removeItem(int index);

private:
    struct Item
    {
        QWidget *box = nullptr;
        QList<FieldEditor *> editors;
        QPushButton *remove = nullptr;
    };

    void renumber();

    QVBoxLayout *m_itemsLayout;
    QPushButton *m_add;
    QLabel *m_error;
    QList<Item> m_items;
};

} // namespace OneWindow
