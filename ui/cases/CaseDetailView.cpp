#include "cases/CaseDetailView.h"

#include "common/CaseStateText.h"
#include "common/Theme.h"
#include "identity/IdNumber.h"
#include "templates/FormTemplate.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OneWindow {

namespace {

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

CaseDetailView::CaseDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseDetailView"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseDetailTitle"));
    Theme::setTextRole(m_title, Theme::TextRole::Title);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("caseDetailState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("caseDetailWaiting"));
    m_waiting->setWordWrap(true);
    Theme::setTone(m_waiting, Theme::Tone::Notice);
    Theme::setTextRole(m_waiting, Theme::TextRole::Section);
    layout->addWidget(m_waiting);
    // What the user may do now, before the details: always in sight.
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    layout->addLayout(m_buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_steps = new QTableWidget(0, 5, splitter);
    m_steps->setObjectName(QStringLiteral("caseStepsTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("部门"), tr("环节"), tr("状态"), tr("承诺/法定期限"), tr("经办人")});
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);

    auto *below = new QSplitter(Qt::Horizontal, splitter);
    auto *stepBox = new QGroupBox(tr("本环节所需信息"), below);
    auto *stepLayout = new QVBoxLayout(stepBox);
    m_fields = new QTableWidget(0, 2, stepBox);
    m_fields->setObjectName(QStringLiteral("stepFieldsTable"));
    m_fields->setHorizontalHeaderLabels({tr("项目"), tr("内容")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    stepLayout->addWidget(m_fields, 1);
    m_materials = new QLabel(stepBox);
    m_materials->setObjectName(QStringLiteral("caseMaterialsLabel"));
    m_materials->setWordWrap(true);
    stepLayout->addWidget(m_materials);
    auto *historyBox = new QGroupBox(tr("办理记录"), below);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTreeWidget(historyBox);
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_history->setHeaderLabels({tr("时间"), tr("经办人"), tr("操作"), tr("环节"), tr("说明")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    historyLayout->addWidget(m_history);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setFocusProxy(m_steps);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, [this] {
        showStep(selectedStep());
        rebuildButtons();
    });
}

void CaseDetailView::clear()
{
    m_snapshot = CaseSnapshot();
    m_form = nullptr;
    m_actions.clear();
    m_title->clear();
    m_state->clear();
    m_waiting->clear();
    m_steps->setRowCount(0);
    m_fields->setRowCount(0);
    m_materials->clear();
    m_history->clear();
    rebuildButtons();
}

qint64 CaseDetailView::selectedStep() const
{
    const QList<QTableWidgetItem *> selected = m_steps->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

bool CaseDetailView::selectStep(qint64 stepId)
{
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        if (m_steps->item(row, 0)->data(Qt::UserRole).toLongLong() == stepId) {
            m_steps->selectRow(row);
            return true;
        }
    }
    return false;
}

QString CaseDetailView::stepDepartment(const SubCase &step) const
{
    return m_form ? m_form->departmentName(step.department).text() : step.department;
}

QString CaseDetailView::materialTitle(const QString &id) const
{
    if (m_form)
        if (const MaterialDefinition *m = m_form->material(id))
            return m->title.text();
    return id;
}

QString CaseDetailView::fieldValue(const QString &fieldId) const
{
    const QJsonValue v = m_snapshot.record.formData.value(fieldId);
    const FieldDefinition *f = m_form ? m_form->field(fieldId) : nullptr;
    if (v.isBool())
        return v.toBool() ? tr("是") : tr("否");
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        // A person: name and ID number; an address: its parts in order.
        if (o.contains(QLatin1String("idNumber")))
            return QStringLiteral("%1 %2").arg(o.value(QLatin1String("name")).toString(),
                                               o.value(QLatin1String("idNumber")).toString());
        QStringList parts;
        for (const char *key : {"province", "city", "district", "street"})
            if (!o.value(QLatin1String(key)).toString().isEmpty())
                parts << o.value(QLatin1String(key)).toString();
        return parts.join(QString());
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << (item.isString() ? item.toString() : QString::number(item.toDouble()));
        return items.join(QStringLiteral("、"));
    }
    const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    if (f)
        for (const FieldOption &o : f->options)
            if (o.value == text)
                return o.label.text();
    return text;
}

void CaseDetailView::show(const CaseSnapshot &snapshot, const FormTemplate *form, int pausedDays,
                          const QHash<qint64, QList<CaseAction>> &actions)
{
    const qint64 keep = selectedStep();
    m_snapshot = snapshot;
    m_form = form;
    m_actions = actions;
    const CaseRecord &c = snapshot.record;
    m_title->setText(
        QStringLiteral("%1 · %2").arg(form ? form->title.text() : c.title, c.caseNumber));
    QString state = CaseStateText::text(c.state);
    if (c.result != CaseResult::None)
        state += QStringLiteral(" · ") + CaseStateText::text(c.result);
    state =
        tr("%1 · 承诺办结 %2 · 法定期限 %3").arg(state, day(c.deadline), day(c.statutoryDeadline));
    if (pausedDays > 0)
        state += tr(" · 已停止计时 %1 个工作日").arg(pausedDays);
    if (c.state == CaseState::Delivered)
        state += tr(" · 已于 %1 送达").arg(day(c.deliveredAt.toLocalTime().date()));
    m_state->setText(state);

    // What the case waits for: material asked for, a procedure, commitments.
    QStringList waiting;
    for (const CasePause &p : snapshot.pauses) {
        if (!p.isOpen())
            continue;
        if (p.kind == CasePause::Kind::Supplement) {
            QStringList titles;
            for (const QString &m : p.outstanding())
                titles << materialTitle(m);
            waiting << tr("待补正：%1（%2起停止计时）")
                           .arg(titles.join(QStringLiteral("、")), day(p.startDay));
        } else {
            waiting << tr("特别程序：%1，%2，预计 %3 结束")
                           .arg(CaseStateText::text(p.procedure), p.reason, day(p.expectedEnd));
        }
    }
    for (const CaseCommitment &k : snapshot.commitments)
        if (k.isOpen())
            waiting << tr("容缺：%1 承诺 %2 前补交").arg(materialTitle(k.material), day(k.due));
    // Decisions against the citizen: waiting for the supervisor, or sent back by them.
    for (const ReviewItem &d : snapshot.decisions) {
        const SubCase *step = c.subCase(d.stepId);
        const QString where = step ? stepDepartment(*step) : QString();
        const bool latest = snapshot.latestDecision(d.kind, d.stepId) == &d;
        if (d.kind == QLatin1String("fee-waiver")) {
            if (d.state == ReviewItem::State::Open)
                waiting << tr("减免收费待值班长确认：%1（%2 提出）").arg(d.detail, d.makerName);
            else if (d.state == ReviewItem::State::Returned)
                waiting << tr("值班长 %1 未确认减免，费用须照常缴纳：%2")
                               .arg(d.reviewerName, d.comment);
            else
                waiting << tr("已减免收费：%1（值班长 %2 确认）").arg(d.detail, d.reviewerName);
            continue;
        }
        const QString what = d.kind == QLatin1String("refusal") ? tr("不予许可") : tr("退件");
        if (d.state == ReviewItem::State::Open)
            waiting
                << tr("%1 %2待值班长确认：%3（%4 提出）").arg(where, what, d.detail, d.makerName);
        else if (d.state == ReviewItem::State::Returned && latest && step &&
                 !CaseStates::isDone(step->state))
            waiting
                << tr("值班长 %1 退回了 %2 的%3：%4").arg(d.reviewerName, where, what, d.comment);
    }
    m_waiting->setText(waiting.join(QLatin1Char('\n')));
    m_waiting->setVisible(!waiting.isEmpty());

    const QSignalBlocker block(m_steps);
    m_steps->setRowCount(0);
    for (const SubCase &s : c.subCases) {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        auto *first = cell(stepDepartment(s));
        first->setData(Qt::UserRole, s.id);
        m_steps->setItem(row, 0, first);
        QString title = s.title;
        if (form)
            for (const StepDefinition &d : form->steps)
                if (d.id == s.stepKey)
                    title = d.title.text();
        m_steps->setItem(row, 1, cell(title));
        QString stepState = CaseStateText::text(s.state);
        if (!s.result.isEmpty())
            stepState += QStringLiteral("：") + s.result;
        m_steps->setItem(row, 2, cell(stepState));
        m_steps->setItem(
            row, 3, cell(QStringLiteral("%1 / %2").arg(day(s.deadline), day(s.statutoryDeadline))));
        m_steps->setItem(row, 4, cell(s.holder));
    }

    m_history->clear();
    for (const CaseEvent &e : snapshot.history) {
        const SubCase *step = c.subCase(e.subCaseId);
        QString what = CaseStateText::text(e.action);
        if (e.data.value(QLatin1String("auto")).toBool())
            what = tr("（随之）") + CaseStateText::fromKey(e.toState);
        else if (!e.toState.isEmpty() && e.fromState != e.toState)
            what += QStringLiteral(" → ") + CaseStateText::fromKey(e.toState);
        QStringList note;
        if (!e.reason.isEmpty())
            note << e.reason;
        QStringList materials;
        for (const QJsonValue &m : e.data.value(QLatin1String("materials")).toArray())
            materials << materialTitle(m.toString());
        if (!materials.isEmpty())
            note << materials.join(QStringLiteral("、"));
        if (e.data.contains(QLatin1String("tracking")))
            note << tr("邮寄单号 %1").arg(e.data.value(QLatin1String("tracking")).toString());
        if (e.data.contains(QLatin1String("maker")))
            note << tr("经办人 %1").arg(e.data.value(QLatin1String("maker")).toString());
        if (e.data.contains(QLatin1String("name")))
            note << tr("领取人 %1 %2")
                        .arg(e.data.value(QLatin1String("name")).toString(),
                             e.data.value(QLatin1String("idNumber")).toString());
        auto *item = new QTreeWidgetItem(
            m_history,
            {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, what,
             step ? step->department : QString(), note.join(QStringLiteral("；"))});
        item->setData(0, Qt::UserRole, CaseStates::key(e.action));
        item->setToolTip(4, note.join(QStringLiteral("；")));
    }
    m_history->scrollToBottom();

    if (!selectStep(keep) && !c.subCases.isEmpty()) {
        // Start on the step the user may act on, else the first.
        qint64 first = c.subCases.first().id;
        for (const SubCase &s : c.subCases)
            if (!m_actions.value(s.id).isEmpty()) {
                first = s.id;
                break;
            }
        selectStep(first);
    }
    showStep(selectedStep());
    rebuildButtons();
}

void CaseDetailView::showStep(qint64 stepId)
{
    m_fields->setRowCount(0);
    const SubCase *s = m_snapshot.record.subCase(stepId);
    QStringList fields = s ? s->receives : QStringList();
    for (const QString &id : fields) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        const FieldDefinition *f = m_form ? m_form->field(id) : nullptr;
        m_fields->setItem(row, 0, cell(f ? f->label.text() : id));
        m_fields->setItem(row, 1, cell(fieldValue(id)));
    }
    QStringList received;
    for (const CaseMaterial &m : m_snapshot.record.materials) {
        QString line = materialTitle(m.kind);
        if (m.source == QLatin1String("on-file"))
            line += tr("（已调取电子证照或既往材料）");
        if (m.attachmentId)
            line += tr("（有扫描件）");
        received << line;
    }
    m_materials->setText(received.isEmpty()
                             ? tr("已收材料：无")
                             : tr("已收材料：%1").arg(received.join(QStringLiteral("、"))));
}

void CaseDetailView::rebuildButtons()
{
    // The button just pressed goes with the others: keep the keyboard here.
    bool hadFocus = false;
    for (QPushButton *b : std::as_const(m_actionButtons))
        hadFocus = hadFocus || b->hasFocus();
    if (hadFocus)
        m_steps->setFocus();
    for (QPushButton *b : std::as_const(m_actionButtons))
        delete b;
    m_actionButtons.clear();
    const qint64 step = selectedStep();
    QList<QPair<CaseAction, qint64>> shown;
    for (CaseAction a : m_actions.value(step))
        shown << qMakePair(a, step);
    for (CaseAction a : m_actions.value(0))
        shown << qMakePair(a, qint64(0));
    for (const auto &[action, stepId] : std::as_const(shown)) {
        auto *button = new QPushButton(CaseStateText::text(action), this);
        button->setObjectName(QStringLiteral("action_") + CaseStates::key(action));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action, stepId = stepId] {
            Q_EMIT actionRequested(action, stepId);
        });
        m_buttons->addWidget(button);
        m_actionButtons << button;
    }
}

} // namespace OneWindow
