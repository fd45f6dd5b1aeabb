#include "IntakePage.h"

#include "common/Clock.h"
#include "templates/FieldValidator.h"
#include "templates/MaterialsChecklist.h"
#include "templates/Prefill.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace OneWindow {

IntakePage::IntakePage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("intakePage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("intakeTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);

    auto *body = new QHBoxLayout;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_pagesHost = new QWidget(scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    scroll->setWidget(m_pagesHost);
    body->addWidget(scroll, 3);

    auto *materialsBox = new QGroupBox(tr("材料清单"), this);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    m_materials = new QListWidget(materialsBox);
    m_materials->setObjectName(QStringLiteral("materialsList"));
    materialsLayout->addWidget(m_materials);
    auto *hint = new QLabel(tr("已有电子证照或本次读卡核验的材料自动勾选，无需再收。"), materialsBox);
    hint->setWordWrap(true);
    materialsLayout->addWidget(hint);
    body->addWidget(materialsBox, 2);
    layout->addLayout(body, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("返回档案 (Esc)"), this);
    m_cancel->setObjectName(QStringLiteral("cancelIntakeButton"));
    m_accept = new QPushButton(tr("受理 (F9)"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px 18px;"));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_accept);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &IntakePage::acceptRequested);
    connect(m_cancel, &QPushButton::clicked, this, &IntakePage::cancelled);
    auto *acceptKey = new QShortcut(QKeySequence(Qt::Key_F9), this);
    acceptKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(acceptKey, &QShortcut::activated, this, &IntakePage::acceptRequested);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelKey, &QShortcut::activated, this, &IntakePage::cancelled);
    connect(m_materials, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_loading)
            m_materialTicks.insert(item->data(Qt::UserRole).toString(),
                                   item->checkState() == Qt::Checked);
    });
}

void IntakePage::clearForm()
{
    m_fields.clear();
    m_touched.clear();
    m_materialTicks.clear();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QWidget *IntakePage::createEditor(const FieldDefinition &field, QWidget *parent)
{
    QWidget *editor = nullptr;
    switch (field.type) {
    case FieldDefinition::Type::Choice: {
        auto *combo = new QComboBox(parent);
        if (!field.required)
            combo->addItem(QString(), QString());
        for (const FieldOption &o : field.options)
            combo->addItem(o.label.text(), o.value);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id = field.id] { onEdited(id); });
        editor = combo;
        break;
    }
    case FieldDefinition::Type::YesNo: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, [this, id = field.id] { onEdited(id); });
        editor = box;
        break;
    }
    default: {
        auto *line = new QLineEdit(parent);
        if (field.type == FieldDefinition::Type::Date)
            line->setPlaceholderText(tr("年-月-日，例如 2026-01-31"));
        else if (field.type == FieldDefinition::Type::IdNumber)
            line->setMaxLength(18);
        if (field.maxLength > 0)
            line->setMaxLength(field.maxLength);
        line->setReadOnly(field.readOnly);
        connect(line, &QLineEdit::textEdited, this, [this, id = field.id] { onEdited(id); });
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("field_") + field.id);
    editor->installEventFilter(this);
    if (!field.help.isEmpty())
        editor->setToolTip(field.help.text());
    return editor;
}

void IntakePage::start(const FormTemplate &form, const CardIdentity &applicant, const Person &person,
                       const QSet<QString> &heldDocuments)
{
    m_loading = true;
    clearForm();
    m_form = &form;
    m_held = heldDocuments;
    m_title->setText(form.title.text());
    m_message->clear();

    for (const PageDefinition &page : form.pages) {
        auto *group = new QGroupBox(page.title.text(), m_pagesHost);
        auto *formLayout = new QFormLayout(group);
        for (const FieldDefinition &field : form.fields) {
            if (field.page != page.id)
                continue;
            FieldWidgets w;
            w.field = &field;
            w.editor = createEditor(field, group);
            w.label = new QLabel(field.label.text(), group);
            w.label->setBuddy(w.editor);
            w.error = new QLabel(group);
            w.error->setObjectName(QStringLiteral("error_") + field.id);
            w.error->setStyleSheet(QStringLiteral("color: #b00020;"));
            w.error->hide();
            auto *cell = new QWidget(group);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(1);
            cellLayout->addWidget(w.editor);
            cellLayout->addWidget(w.error);
            formLayout->addRow(w.label, cell);
            m_fields.append(w);
        }
        m_pagesLayout->addWidget(group);
    }
    m_pagesLayout->addStretch();

    const QVariantMap initial = Prefill::values(form, applicant, person);
    for (const FieldWidgets &w : m_fields)
        setEditorValue(w, initial.value(w.field->id));
    m_loading = false;
    refresh();
    // Start where the clerk has to type: the first empty editable field.
    for (const FieldWidgets &w : m_fields) {
        auto *line = qobject_cast<QLineEdit *>(w.editor);
        if (!w.editor->isHidden() && line && !line->isReadOnly() && line->text().isEmpty()) {
            line->setFocus();
            break;
        }
    }
}

void IntakePage::setEditorValue(const FieldWidgets &w, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(w.editor)) {
        line->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(w.editor)) {
        const int i = combo->findData(value.toString());
        combo->setCurrentIndex(i >= 0 ? i : 0);
    } else if (auto *box = qobject_cast<QCheckBox *>(w.editor)) {
        box->setChecked(value.toBool());
    }
}

QVariant IntakePage::editorValue(const FieldWidgets &w) const
{
    if (auto *line = qobject_cast<QLineEdit *>(w.editor)) {
        const QString text = line->text().trimmed();
        if (w.field->type == FieldDefinition::Type::Date) {
            // Store dates in one form whatever the clerk typed (2026-01-31 or 20260131).
            const QDate d = FieldValidator::parseDate(text);
            return d.isValid() ? d.toString(Qt::ISODate) : text;
        }
        if (w.field->type == FieldDefinition::Type::IdNumber)
            return text.toUpper();
        return text;
    }
    if (auto *combo = qobject_cast<QComboBox *>(w.editor))
        return combo->currentData().toString();
    if (auto *box = qobject_cast<QCheckBox *>(w.editor))
        return box->isChecked();
    return {};
}

QVariantMap IntakePage::values() const
{
    QVariantMap values;
    for (const FieldWidgets &w : m_fields) {
        const QVariant v = editorValue(w);
        if (v.typeId() == QMetaType::Bool || !v.toString().isEmpty())
            values.insert(w.field->id, v);
    }
    return values;
}

void IntakePage::onEdited(const QString &fieldId)
{
    if (m_loading)
        return;
    m_touched.insert(fieldId);
    refresh();
}

void IntakePage::refresh()
{
    if (!m_form)
        return;
    const QVariantMap current = values();
    const QDate today = m_clock.today();
    for (const FieldWidgets &w : m_fields) {
        const bool visible = w.field->visibleWhen.evaluate(current);
        w.editor->setVisible(visible);
        w.label->setVisible(visible);
        w.label->setText(w.field->label.text() + (w.field->isRequired(current) ? QStringLiteral(" *") : QString()));
        // Only complain about fields the clerk has touched; accepting shows the rest.
        const QString problem = m_touched.contains(w.field->id)
                                    ? FieldValidator::validate(*w.field, current.value(w.field->id), current, today)
                                    : QString();
        w.error->setText(problem);
        w.error->setVisible(visible && !problem.isEmpty());
    }

    m_loading = true;
    m_materials->clear();
    for (const auto &item : MaterialsChecklist::compute(*m_form, current, m_held)) {
        const MaterialDefinition &m = item.material;
        QString text = QStringLiteral("%1（%2 %3 份）").arg(m.title.text(), m.original ? tr("原件") : tr("复印件")).arg(m.count);
        if (item.onFile)
            text += tr(" — 已有，自动勾选");
        auto *row = new QListWidgetItem(text, m_materials);
        row->setData(Qt::UserRole, m.id);
        row->setToolTip(m.reason.text());
        if (item.onFile) {
            row->setFlags(Qt::ItemIsEnabled);
            row->setCheckState(Qt::Checked);
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(m_materialTicks.value(m.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
}

QStringList IntakePage::materialsReceived() const
{
    QStringList ids;
    for (int i = 0; i < m_materials->count(); ++i) {
        const QListWidgetItem *item = m_materials->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

int IntakePage::showAllProblems()
{
    for (const FieldWidgets &w : m_fields)
        m_touched.insert(w.field->id);
    refresh();
    int count = 0;
    QWidget *first = nullptr;
    for (const FieldWidgets &w : m_fields) {
        if (w.error->isVisible()) {
            ++count;
            if (!first)
                first = w.editor;
        }
    }
    if (first)
        first->setFocus();
    return count;
}

void IntakePage::showMessage(const QString &message)
{
    m_message->setText(message);
}

bool IntakePage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves to the next field, as on the paper-free counter forms clerks know.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace OneWindow
