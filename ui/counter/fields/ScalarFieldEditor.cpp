#include "counter/fields/ScalarFieldEditor.h"

#include "casefile/PinyinInitials.h"
#include "common/Theme.h"
#include "templates/FieldValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace OneWindow {

ScalarFieldEditor::ScalarFieldEditor(const FieldDefinition &field, const QString &key,
                                     QWidget *parent)
    : FieldEditor(field, key, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    const QString name = QStringLiteral("field_") + key;
    QWidget *input = nullptr;
    switch (field.type) {
    case FieldDefinition::Type::Choice: {
        m_combo = new QComboBox(this);
        // Required without a default: empty until the clerk picks, never the first
        // option unseen. The option's number, shown before it, picks it with one
        // key in any input mode; so does its first character.
        if (!field.required || field.defaultValue.isEmpty())
            m_combo->addItem(QString(), QString());
        for (int i = 0; i < field.options.size(); ++i)
            m_combo->addItem(numbered(i, field.options.at(i).label.text()),
                             field.options.at(i).value);
        connect(m_combo, &QComboBox::currentIndexChanged, this,
                [this] { Q_EMIT edited(QString()); });
        input = m_combo;
        break;
    }
    case FieldDefinition::Type::YesNo:
    case FieldDefinition::Type::Attachment: {
        m_check = new QCheckBox(
            field.type == FieldDefinition::Type::Attachment ? tr("已收取") : QString(), this);
        connect(m_check, &QCheckBox::toggled, this, [this] { Q_EMIT edited(QString()); });
        input = m_check;
        break;
    }
    case FieldDefinition::Type::MultiChoice: {
        m_list = new QListWidget(this);
        // An option's number ticks or unticks it, as Space does the current one.
        for (int i = 0; i < field.options.size(); ++i) {
            const FieldOption &o = field.options.at(i);
            auto *item = new QListWidgetItem(numbered(i, o.label.text()), m_list);
            item->setData(Qt::UserRole, o.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        // Short lists need no scrolling: show every option.
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * int(field.options.size()) +
                               2 * m_list->frameWidth() + 2);
        connect(m_list, &QListWidget::itemChanged, this, [this] { Q_EMIT edited(QString()); });
        input = m_list;
        break;
    }
    default: {
        m_line = new QLineEdit(this);
        if (field.type == FieldDefinition::Type::Date) {
            m_line->setPlaceholderText(tr("年-月-日，可输入 20260131 或本年的 0131"));
            connect(m_line, &QLineEdit::editingFinished, this, &ScalarFieldEditor::normalizeDate);
        } else if (field.type == FieldDefinition::Type::IdNumber)
            m_line->setMaxLength(18);
        else if (field.type == FieldDefinition::Type::Money)
            m_line->setPlaceholderText(tr("元，最多两位小数"));
        if (field.maxLength > 0)
            m_line->setMaxLength(field.maxLength);
        m_line->setReadOnly(field.readOnly);
        connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
            showInitialsMatches(PinyinInitials::matching(m_suggestions, text.trimmed()));
            Q_EMIT edited(QString());
        });
        input = m_line;
        break;
    }
    }
    input->setObjectName(name);
    if (!field.help.isEmpty())
        input->setToolTip(field.help.text());
    watch(input);
    layout->addWidget(input);
    // What Enter fills in for the pinyin initials typed (hidden until they match).
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint_") + key);
    Theme::setTone(m_hint, Theme::Tone::Muted);
    m_hint->hide();
    layout->addWidget(m_hint);
    m_error = makeErrorLabel(QString());
    layout->addWidget(m_error);
}

QString ScalarFieldEditor::numbered(int index, const QString &label) const
{
    // Nine keys: a longer list is searched by its first characters instead.
    if (field().options.size() > kNumberedOptions)
        return label;
    return QStringLiteral("%1 %2").arg(index + 1).arg(label);
}

int ScalarFieldEditor::optionForKey(const QString &text) const
{
    if (text.size() != 1 || field().options.isEmpty())
        return -1;
    const QChar c = text.at(0);
    if (field().options.size() <= kNumberedOptions && c >= QLatin1Char('1') &&
        c <= QLatin1Char('9') && c.digitValue() <= field().options.size())
        return c.digitValue() - 1;
    for (int i = 0; i < field().options.size(); ++i)
        if (field().options.at(i).label.text().startsWith(text, Qt::CaseInsensitive))
            return i;
    return -1;
}

bool ScalarFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched == m_line &&
        field().prefill == QLatin1String("identity.surname")) {
        // A family name to go on from: the cursor after it, nothing selected, so
        // the given name follows it instead of replacing it.
        static_cast<QObject *>(m_line)->event(event);
        m_line->deselect();
        m_line->end(false);
        return true;
    }
    if (event->type() == QEvent::FocusOut && watched == m_line)
        showInitialsMatches({});
    if (event->type() != QEvent::KeyPress)
        return FieldEditor::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return FieldEditor::eventFilter(watched, event);
    if (watched == m_combo || watched == m_list) {
        const int option = optionForKey(key->text());
        if (option >= 0) {
            if (m_combo) {
                m_combo->setCurrentIndex(m_combo->findData(field().options.at(option).value));
            } else {
                QListWidgetItem *item = m_list->item(option);
                m_list->setCurrentItem(item);
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked
                                                                      : Qt::Checked);
            }
            return true;
        }
    }
    if (watched == m_line && !m_initialsMatches.isEmpty()) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int n = int(m_initialsMatches.size());
            m_initialsChoice = (m_initialsChoice + (key->key() == Qt::Key_Down ? 1 : n - 1)) % n;
            showInitialsMatches(m_initialsMatches);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // The initials become the answer they stand for; Enter then moves on.
            if (!m_line->hasSelectedText()) {
                m_line->setText(m_initialsMatches.at(m_initialsChoice));
                showInitialsMatches({});
                Q_EMIT edited(QString());
            }
            break;
        default:
            break;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void ScalarFieldEditor::showInitialsMatches(const QStringList &matches)
{
    if (matches != m_initialsMatches) {
        m_initialsMatches = matches;
        m_initialsChoice = 0;
    }
    if (m_initialsMatches.isEmpty()) {
        m_hint->clear();
        m_hint->hide();
        return;
    }
    const QString answer = m_initialsMatches.at(m_initialsChoice);
    m_hint->setText(
        m_initialsMatches.size() > 1
            ? tr("Enter 填入：%1（↓ 下一个，共 %2 个）").arg(answer).arg(m_initialsMatches.size())
            : tr("Enter 填入：%1").arg(answer));
    m_hint->show();
}

QVariant ScalarFieldEditor::value() const
{
    if (m_line) {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return {};
        if (field().type == FieldDefinition::Type::Date) {
            // Store dates in one form whatever the clerk typed (2026-01-31 or 20260131).
            const QDate d = FieldValidator::parseDate(text, today());
            return d.isValid() ? d.toString(Qt::ISODate) : text;
        }
        if (field().type == FieldDefinition::Type::IdNumber)
            return text.toUpper();
        return text;
    }
    if (m_combo) {
        const QString v = m_combo->currentData().toString();
        return v.isEmpty() ? QVariant() : QVariant(v);
    }
    if (m_check)
        return m_check->isChecked();
    QStringList picked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            picked << m_list->item(i)->data(Qt::UserRole).toString();
    return picked;
}

void ScalarFieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker blockLine(m_line);
    const QSignalBlocker blockCombo(m_combo);
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockList(m_list);
    if (m_line) {
        m_line->setText(value.toString());
    } else if (m_combo) {
        const int i = m_combo->findData(value.toString());
        m_combo->setCurrentIndex(i >= 0 ? i : 0);
    } else if (m_check) {
        m_check->setChecked(value.toBool());
    } else {
        const QStringList picked = value.toStringList();
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(
                picked.contains(m_list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void ScalarFieldEditor::showProblems(const QMap<QString, QString> &parts)
{
    setProblem(m_error, parts.value(QString()));
}

QList<QWidget *> ScalarFieldEditor::inputs() const
{
    return {firstInput()};
}

void ScalarFieldEditor::setSuggestions(const QStringList &suggestions)
{
    if (!m_line || m_line->isReadOnly())
        return;
    m_suggestions = suggestions;
    if (suggestions.isEmpty()) {
        m_line->setCompleter(nullptr);
        return;
    }
    // Inline: the most frequent answer starting with what was typed appears
    // selected after the cursor; Enter keeps it and moves on, typing replaces it.
    auto *completer = new QCompleter(suggestions, m_line);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModelSorting(QCompleter::UnsortedModel);
    m_line->setCompleter(completer);
    m_line->setToolTip(
        tr("输入开头的字或拼音首字母（如 hx），补全本大厅常见的填写（按 Enter 采用）"));
}

void ScalarFieldEditor::normalizeDate()
{
    const QDate d = FieldValidator::parseDate(m_line->text(), today());
    if (d.isValid() && m_line->text() != d.toString(Qt::ISODate))
        m_line->setText(d.toString(Qt::ISODate));
}

QWidget *ScalarFieldEditor::firstInput() const
{
    if (m_line)
        return m_line;
    if (m_combo)
        return m_combo;
    if (m_check)
        return m_check;
    return m_list;
}

} // namespace OneWindow
