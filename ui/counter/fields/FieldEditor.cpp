#include "counter/fields/FieldEditor.h"

#include "common/Theme.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace OneWindow {

FieldEditor::FieldEditor(const FieldDefinition &field, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_key(key)
{
    setObjectName(QStringLiteral("editor_") + key);
    // As tall as the content: the scrolling page must not squeeze compound editors.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

bool FieldEditor::hasVisibleProblem() const
{
    for (const QLabel *l : m_errors)
        if (!l->isHidden())
            return true;
    return false;
}

void FieldEditor::watch(QWidget *input)
{
    input->installEventFilter(this);
}

QLabel *FieldEditor::makeErrorLabel(const QString &suffix)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + m_key + suffix);
    Theme::setTone(label, Theme::Tone::Problem);
    label->setWordWrap(true);
    label->hide();
    m_errors.append(label);
    return label;
}

QGridLayout *FieldEditor::makePartsGrid()
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(1);
    return layout;
}

QString FieldEditor::partName(const QString &part) const
{
    return QStringLiteral("field_") + m_key + QLatin1Char('_') + part;
}

void FieldEditor::setProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves to the next field, as on the paper-free counter forms clerks know.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QApplication::sendEvent(watched, &tab);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace OneWindow
