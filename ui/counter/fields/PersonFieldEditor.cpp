#include "counter/fields/PersonFieldEditor.h"

#include "common/Theme.h"
#include "identity/CardIdentity.h"
#include "identity/IdNumber.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace OneWindow {

PersonFieldEditor::PersonFieldEditor(const FieldDefinition &field, const QString &key,
                                     QWidget *parent)
    : FieldEditor(field, key, parent)
{
    auto *layout = makePartsGrid();
    m_name = new QLineEdit(this);
    m_name->setObjectName(partName(QStringLiteral("name")));
    m_name->setPlaceholderText(tr("姓名"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(partName(QStringLiteral("id")));
    m_id->setPlaceholderText(tr("身份证号码"));
    m_id->setMaxLength(18);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_id, 0, 1);
    int column = 2;
    if (field.personPhone) {
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(partName(QStringLiteral("phone")));
        m_phone->setPlaceholderText(tr("手机号码"));
        layout->addWidget(m_phone, 0, column++);
    }
    for (QLineEdit *line : {m_name, m_id, m_phone}) {
        if (!line)
            continue;
        line->setReadOnly(field.readOnly);
        watch(line);
        connect(line, &QLineEdit::textEdited, this, [this, line] {
            m_source = QStringLiteral("typed");
            Q_EMIT edited(line == m_name ? QStringLiteral("name")
                          : line == m_id ? QStringLiteral("idNumber")
                                         : QStringLiteral("phone"));
        });
    }
    if (!field.readOnly) {
        m_read = new QPushButton(Theme::icon(QStringLiteral("id-card")), tr("读卡 (F3)"), this);
        m_read->setObjectName(partName(QStringLiteral("read")));
        m_read->setToolTip(tr("请此人将身份证放在读卡器上，按 F3（光标在此人的输入框中时）"));
        m_read->setAutoDefault(false);
        // F3 in the person's inputs does it: the button is for the mouse, not a stop.
        m_read->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(m_read, 0, column++);
        connect(m_read, &QPushButton::clicked, this, &PersonFieldEditor::cardRequested);
        m_known = new QComboBox(this);
        m_known->setObjectName(partName(QStringLiteral("known")));
        m_known->hide();
        watch(m_known);
        layout->addWidget(m_known, 1, 0, 1, column);
        connect(m_known, &QComboBox::activated, this, [this](int index) {
            if (index <= 0 || index > m_people.size())
                return;
            QVariantMap p = m_people.at(index - 1);
            p.insert(QStringLiteral("source"), QStringLiteral("casefile"));
            setValue(p);
            Q_EMIT edited(QStringLiteral("idNumber"));
        });
    }
    m_wholeError = makeErrorLabel(QString());
    m_nameError = makeErrorLabel(QStringLiteral("_name"));
    m_idError = makeErrorLabel(QStringLiteral("_id"));
    layout->addWidget(m_wholeError, 2, 0, 1, column);
    layout->addWidget(m_nameError, 3, 0);
    layout->addWidget(m_idError, 3, 1);
    if (m_phone) {
        m_phoneError = makeErrorLabel(QStringLiteral("_phone"));
        layout->addWidget(m_phoneError, 3, 2);
    }
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
}

void PersonFieldEditor::setKnownPeople(const QList<QVariantMap> &people)
{
    m_people = people;
    if (!m_known)
        return;
    m_known->clear();
    m_known->addItem(tr("从档案中选择（%1 人）").arg(people.size()));
    for (const QVariantMap &p : people)
        m_known->addItem(QStringLiteral("%1 %2").arg(
            p.value(QStringLiteral("name")).toString(),
            IdNumber::masked(p.value(QStringLiteral("idNumber")).toString())));
    m_known->setVisible(!people.isEmpty());
}

void PersonFieldEditor::fillFromCard(const CardIdentity &card)
{
    QVariantMap p{{QStringLiteral("name"), card.name},
                  {QStringLiteral("idNumber"), card.idNumber},
                  {QStringLiteral("source"), QStringLiteral("card")}};
    if (m_phone)
        p.insert(QStringLiteral("phone"), m_phone->text());
    setValue(p);
    Q_EMIT edited(QStringLiteral("idNumber"));
}

QVariant PersonFieldEditor::value() const
{
    QVariantMap v;
    const QString name = m_name->text().trimmed();
    const QString id = m_id->text().trimmed().toUpper();
    const QString phone = m_phone ? m_phone->text().trimmed() : QString();
    if (name.isEmpty() && id.isEmpty() && phone.isEmpty())
        return {};
    v.insert(QStringLiteral("name"), name);
    v.insert(QStringLiteral("idNumber"), id);
    if (!phone.isEmpty())
        v.insert(QStringLiteral("phone"), phone);
    v.insert(QStringLiteral("source"), m_source);
    return v;
}

void PersonFieldEditor::setValue(const QVariant &value)
{
    const QVariantMap v = value.toMap();
    m_name->setText(v.value(QStringLiteral("name")).toString());
    m_id->setText(v.value(QStringLiteral("idNumber")).toString());
    if (m_phone && v.contains(QStringLiteral("phone")))
        m_phone->setText(v.value(QStringLiteral("phone")).toString());
    m_source = v.value(QStringLiteral("source"), QStringLiteral("typed")).toString();
}

void PersonFieldEditor::showProblems(const QMap<QString, QString> &parts)
{
    setProblem(m_wholeError, parts.value(QString()));
    setProblem(m_nameError, parts.value(QStringLiteral("name")));
    setProblem(m_idError, parts.value(QStringLiteral("idNumber")));
    if (m_phoneError)
        setProblem(m_phoneError, parts.value(QStringLiteral("phone")));
}

QList<QWidget *> PersonFieldEditor::inputs() const
{
    QList<QWidget *> list{m_name, m_id};
    if (m_phone)
        list << m_phone;
    if (m_known)
        list << m_known;
    return list;
}

QWidget *PersonFieldEditor::firstInput() const
{
    return m_name;
}

bool PersonFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // F3 inside the person's inputs reads this person's card.
    if (event->type() == QEvent::KeyPress && m_read &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_F3) {
        Q_EMIT cardRequested();
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride && m_read &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_F3) {
        event->accept(); // ahead of the window's F3 (manual identity entry)
        return true;
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace OneWindow
