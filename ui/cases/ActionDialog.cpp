#include "cases/ActionDialog.h"

#include "common/CaseStateText.h"
#include "common/Theme.h"
#include "identity/IdNumber.h"
#include "templates/FormTemplate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneWindow {

bool ActionDialog::needsInput(CaseAction action)
{
    switch (action) {
    case CaseAction::Approve:
    case CaseAction::Return:
    case CaseAction::SpecialStart:
    case CaseAction::Refuse:
    case CaseAction::ReturnFile:
    case CaseAction::Supplement:
    case CaseAction::Deliver:
    case CaseAction::Withdraw:
    case CaseAction::Reopen:
        return true;
    default:
        return false;
    }
}

void ActionDialog::decisionNote(QFormLayout *form)
{
    // A decision against the citizen is a proposal: the officer knows before sending it.
    auto *note =
        new QLabel(tr("提交后报值班长确认；确认前不生效、不出具文书，此环节仍由您持有。"), this);
    note->setObjectName(QStringLiteral("decisionNote"));
    note->setWordWrap(true);
    Theme::setTone(note, Theme::Tone::Notice);
    form->addRow(note);
}

ActionDialog::ActionDialog(CaseAction action, qint64 stepId, const CaseSnapshot &snapshot,
                           const FormTemplate *form, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_stepId(stepId)
    , m_version(snapshot.record.version)
    , m_today(today)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 · %2").arg(CaseStateText::text(action), snapshot.record.caseNumber));
    auto *layout = new QVBoxLayout(this);
    auto *form_ = new QFormLayout;
    layout->addLayout(form_);
    auto reasonEdit = [&](const QString &label) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(90);
        form_->addRow(label, m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &ActionDialog::validate);
    };
    switch (action) {
    case CaseAction::Approve:
        m_result = new QLineEdit(this);
        m_result->setObjectName(QStringLiteral("resultEdit"));
        m_result->setPlaceholderText(tr("如证照编号、登记号（可不填）"));
        form_->addRow(tr("办理结果"), m_result);
        break;
    case CaseAction::Return: {
        m_materials = new QListWidget(this);
        m_materials->setObjectName(QStringLiteral("materialsList"));
        QStringList ids;
        if (form)
            for (const MaterialDefinition &m : form->materials)
                ids << m.id;
        else
            ids = snapshot.knownMaterials;
        addMaterials(ids, form);
        form_->addRow(tr("需补正的材料"), m_materials);
        reasonEdit(tr("补正说明"));
        break;
    }
    case CaseAction::Supplement: {
        m_materials = new QListWidget(this);
        m_materials->setObjectName(QStringLiteral("materialsList"));
        QStringList ids;
        for (const CasePause &p : snapshot.pauses)
            if (p.isOpen() && p.kind == CasePause::Kind::Supplement)
                ids << p.outstanding();
        for (const CaseCommitment &k : snapshot.commitments)
            if (k.isOpen())
                ids << k.material;
        ids.removeDuplicates();
        addMaterials(ids, form);
        form_->addRow(tr("本次收到的材料"), m_materials);
        break;
    }
    case CaseAction::SpecialStart:
        m_procedure = new QComboBox(this);
        m_procedure->setObjectName(QStringLiteral("procedureCombo"));
        for (SpecialProcedure p : CaseStates::allSpecialProcedures())
            m_procedure->addItem(CaseStateText::text(p), CaseStates::key(p));
        form_->addRow(tr("程序（行政许可法第四十五条）"), m_procedure);
        reasonEdit(tr("原因"));
        m_until = new QDateEdit(today.addDays(10), this);
        m_until->setObjectName(QStringLiteral("untilEdit"));
        m_until->setCalendarPopup(true);
        m_until->setMinimumDate(today);
        m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form_->addRow(tr("预计结束"), m_until);
        break;
    case CaseAction::Refuse:
        reasonEdit(tr("不予许可的法定理由"));
        decisionNote(form_);
        break;
    case CaseAction::ReturnFile:
        reasonEdit(tr("退件原因（如逾期未补正）"));
        decisionNote(form_);
        break;
    case CaseAction::Withdraw:
        reasonEdit(tr("撤回原因（申请人的请求）"));
        break;
    case CaseAction::Reopen:
        reasonEdit(tr("重新办理的原因"));
        break;
    case CaseAction::Deliver:
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("deliveryKind"));
        m_kind->addItem(tr("申请人本人领取"), QStringLiteral("applicant"));
        m_kind->addItem(tr("代领人领取（读取代领人身份证）"), QStringLiteral("agent"));
        m_kind->addItem(tr("邮寄送达"), QStringLiteral("post"));
        form_->addRow(tr("送达方式"), m_kind);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("recipientName"));
        form_->addRow(tr("代领人姓名"), m_name);
        m_idNumber = new QLineEdit(this);
        m_idNumber->setObjectName(QStringLiteral("recipientIdNumber"));
        form_->addRow(tr("代领人身份证号"), m_idNumber);
        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("trackingEdit"));
        form_->addRow(tr("邮寄单号"), m_tracking);
        for (QLineEdit *e : {m_name, m_idNumber, m_tracking})
            connect(e, &QLineEdit::textChanged, this, &ActionDialog::validate);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ActionDialog::validate);
        break;
    default:
        break;
    }
    if (m_materials)
        connect(m_materials, &QListWidget::itemChanged, this, &ActionDialog::validate);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("actionHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("actionOkButton"));
    m_box->button(QDialogButtonBox::Ok)->setText(CaseStateText::text(action));
    m_box->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_box);
    validate();
}

void ActionDialog::addMaterials(const QStringList &ids, const FormTemplate *form)
{
    for (const QString &id : ids) {
        const MaterialDefinition *m = form ? form->material(id) : nullptr;
        auto *item = new QListWidgetItem(m ? m->title.text() : id, m_materials);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

bool ActionDialog::wantsCard() const
{
    return m_kind && m_kind->currentData().toString() == QLatin1String("agent");
}

void ActionDialog::takeCard(const CardIdentity &card)
{
    if (!m_kind)
        return;
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("agent")));
    m_name->setText(card.name);
    m_idNumber->setText(card.idNumber);
}

void ActionDialog::validate()
{
    QString missing;
    if (m_reason && m_reason->toPlainText().trimmed().isEmpty() && m_action != CaseAction::Return)
        missing = tr("请填写原因。");
    if (m_materials) {
        bool any = false;
        for (int i = 0; i < m_materials->count(); ++i)
            any = any || m_materials->item(i)->checkState() == Qt::Checked;
        if (!any)
            missing = tr("请勾选材料。");
    }
    if (m_kind) {
        const QString kind = m_kind->currentData().toString();
        const bool agent = kind == QLatin1String("agent");
        const bool post = kind == QLatin1String("post");
        for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_idNumber)})
            w->setEnabled(agent);
        m_tracking->setEnabled(post);
        if (agent && (m_name->text().trimmed().isEmpty() ||
                      !IdNumber::check(m_idNumber->text(), m_today).valid))
            missing = tr("请读取代领人的身份证（F2），或填写姓名和有效的身份证号。");
        if (post && m_tracking->text().trimmed().isEmpty())
            missing = tr("请填写邮寄单号。");
    }
    m_hint->setText(missing);
    m_box->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

ActionRequest ActionDialog::request() const
{
    ActionRequest r;
    r.action = m_action;
    r.stepId = m_stepId;
    r.expectedVersion = m_version;
    if (m_reason)
        r.reason = m_reason->toPlainText().trimmed();
    if (m_result)
        r.reason = m_result->text().trimmed();
    if (m_materials)
        for (int i = 0; i < m_materials->count(); ++i)
            if (m_materials->item(i)->checkState() == Qt::Checked)
                r.materials << m_materials->item(i)->data(Qt::UserRole).toString();
    if (m_procedure)
        r.procedure = *CaseStates::specialFromKey(m_procedure->currentData().toString());
    if (m_until)
        r.expectedEnd = m_until->date();
    if (m_kind) {
        r.delivery.insert(QStringLiteral("kind"), m_kind->currentData().toString());
        if (wantsCard()) {
            r.delivery.insert(QStringLiteral("name"), m_name->text().trimmed());
            r.delivery.insert(QStringLiteral("idNumber"), m_idNumber->text().trimmed());
        }
        if (m_tracking->isEnabled())
            r.delivery.insert(QStringLiteral("tracking"), m_tracking->text().trimmed());
    }
    return r;
}

} // namespace OneWindow
