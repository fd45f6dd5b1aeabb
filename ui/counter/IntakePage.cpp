#include "counter/IntakePage.h"

#include "common/Clock.h"
#include "common/ReceiptPreviewDialog.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "counter/NonAcceptanceDialog.h"
#include "counter/fields/FieldEditor.h"
#include "counter/fields/FieldEditorFactory.h"
#include "counter/fields/PersonFieldEditor.h"
#include "documents/DocumentService.h"
#include "intake/AnswerHistory.h"
#include "intake/DraftAutosaver.h"
#include "intake/DraftService.h"
#include "intake/EvidenceService.h"
#include "intake/HeldDocuments.h"
#include "intake/NotificationBuilder.h"
#include "templates/FeeSchedule.h"
#include "templates/FieldValidator.h"
#include "templates/MaterialsChecklist.h"
#include "templates/Prefill.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace OneWindow {

namespace {

bool isGivenValue(const QVariant &v)
{
    if (!v.isValid())
        return false;
    if (v.typeId() == QMetaType::Bool)
        return true;
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap)
        return !v.toMap().isEmpty();
    return !v.toString().isEmpty();
}

// People named in the citizen's earlier cases: any answer with a name and an ID number.
QList<QVariantMap> knownPeople(const CaseFile &file, const QString &applicantId)
{
    QList<QVariantMap> people;
    QSet<QString> seen{applicantId};
    for (const QList<CaseRecord> *cases : {&file.openCases, &file.pastCases}) {
        for (const CaseRecord &c : *cases) {
            for (auto it = c.formData.constBegin(); it != c.formData.constEnd(); ++it) {
                const QJsonObject o = it.value().toObject();
                const QString id = o.value(QLatin1String("idNumber")).toString();
                const QString name = o.value(QLatin1String("name")).toString();
                if (id.isEmpty() || name.isEmpty() || seen.contains(id))
                    continue;
                seen.insert(id);
                people.append({{QStringLiteral("name"), name}, {QStringLiteral("idNumber"), id}});
            }
        }
    }
    return people;
}

QString materialForm(const MaterialDefinition &m)
{
    return IntakePage::tr("%1 %2 份")
        .arg(m.original ? IntakePage::tr("原件") : IntakePage::tr("复印件"))
        .arg(m.count);
}

} // namespace

IntakePage::IntakePage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("intakePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kMargin, Theme::kMargin / 2, Theme::kMargin,
                               Theme::kMargin / 2);
    layout->setSpacing(Theme::kGap);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("intakeTitle"));
    m_title->setWordWrap(true);
    Theme::setTextRole(m_title, Theme::TextRole::Title);
    header->addWidget(m_title, 1);
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    Theme::setTone(m_draftStatus, Theme::Tone::Muted);
    header->addWidget(m_draftStatus, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(header);
    // The applicant's identity problem first, in the largest type after the name.
    m_identityProblem = new QLabel(this);
    m_identityProblem->setObjectName(QStringLiteral("intakeIdentityProblem"));
    m_identityProblem->setWordWrap(true);
    Theme::setTextRole(m_identityProblem, Theme::TextRole::Banner);
    Theme::setTone(m_identityProblem, Theme::Tone::Problem);
    m_identityProblem->hide();
    layout->addWidget(m_identityProblem);
    m_pagesLabel = new QLabel(this);
    m_pagesLabel->setObjectName(QStringLiteral("intakePages"));
    m_pagesLabel->setWordWrap(true);
    layout->addWidget(m_pagesLabel);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *body = new QHBoxLayout;
    body->setSpacing(Theme::kGroupGap);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("intakeScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields inside are the stops
    m_pagesHost = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setContentsMargins(0, 0, Theme::kGap, 0);
    m_pagesLayout->setSpacing(Theme::kGroupGap);
    m_scroll->setWidget(m_pagesHost);
    body->addWidget(m_scroll, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(Theme::kGap);
    auto *materialsBox = new QGroupBox(tr("材料清单 (F6)"), this);
    materialsBox->setObjectName(QStringLiteral("materialsBox"));
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    m_materials = new QListWidget(materialsBox);
    m_materials->setObjectName(QStringLiteral("materialsList"));
    m_materials->setWordWrap(true);
    m_materials->setTextElideMode(Qt::ElideNone);
    m_materials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_materials->installEventFilter(this);
    // As tall as its materials, no empty rows: the space below stays free.
    m_materials->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_materials->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    materialsLayout->addWidget(m_materials);
    m_allMaterials = new QPushButton(Theme::icon(QStringLiteral("check-check")),
                                     tr("全部已收 (F7)"), materialsBox);
    m_allMaterials->setObjectName(QStringLiteral("allMaterialsButton"));
    m_allMaterials->setToolTip(tr("市民已交齐清单上全部材料时，一键全部勾选"));
    materialsLayout->addWidget(m_allMaterials, 0, Qt::AlignLeft);
    auto *hint =
        new QLabel(tr("空格或 Enter：勾选当前材料并转到下一项。已有电子证照或本次读卡核验的"
                      "材料自动勾选，无需再收。"),
                   materialsBox);
    hint->setObjectName(QStringLiteral("materialsHint"));
    hint->setWordWrap(true);
    Theme::setTone(hint, Theme::Tone::Muted);
    Theme::setTextRole(hint, Theme::TextRole::Small);
    materialsLayout->addWidget(hint);
    side->addWidget(materialsBox);
    auto *feesBox = new QGroupBox(tr("收费"), this);
    auto *feesLayout = new QVBoxLayout(feesBox);
    m_fees = new QLabel(feesBox);
    m_fees->setObjectName(QStringLiteral("feesLabel"));
    m_fees->setWordWrap(true);
    feesLayout->addWidget(m_fees);
    // Waived fees go to the supervisor's review with the reason.
    m_waiveFees = new QCheckBox(tr("减免费用（交值班长复核）"), feesBox);
    m_waiveFees->setObjectName(QStringLiteral("feeWaiverCheck"));
    m_waiverReason = new QLineEdit(feesBox);
    m_waiverReason->setObjectName(QStringLiteral("feeWaiverReason"));
    m_waiverReason->setPlaceholderText(tr("减免理由，如：最低生活保障对象"));
    m_waiverReason->setAccessibleName(tr("减免理由"));
    m_waiverReason->setEnabled(false);
    connect(m_waiveFees, &QCheckBox::toggled, m_waiverReason, &QLineEdit::setEnabled);
    feesLayout->addWidget(m_waiveFees);
    feesLayout->addWidget(m_waiverReason);
    side->addWidget(feesBox);
    side->addStretch(1);
    body->addLayout(side, 2);
    layout->addLayout(body, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel =
        new QPushButton(Theme::icon(QStringLiteral("arrow-left")), tr("返回档案 (Esc)"), this);
    m_cancel->setObjectName(QStringLiteral("cancelIntakeButton"));
    m_notify =
        new QPushButton(Theme::icon(QStringLiteral("file-text")), tr("一次性告知书 (F8)"), this);
    m_notify->setObjectName(QStringLiteral("notificationButton"));
    m_notify->setToolTip(tr("打印缺少的全部材料及原因，保存草稿待市民补齐后继续办理"));
    m_accept = new QPushButton(Theme::icon(QStringLiteral("stamp")), tr("受理 (F9)"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setProperty("primary", true);
    m_refuse = new QPushButton(Theme::icon(QStringLiteral("x")), tr("不予受理…"), this);
    m_refuse->setObjectName(QStringLiteral("nonAcceptanceButton"));
    m_refuse->setToolTip(
        tr("书面说明不予受理的理由和法律依据，报值班长确认后打印《不予受理通知书》"));
    for (QPushButton *b : {m_allMaterials, m_cancel, m_refuse, m_notify, m_accept}) {
        b->setAutoDefault(false);
        // Enter moves on here too; Space or the F-key presses the button.
        b->installEventFilter(this);
    }
    for (QPushButton *b : {m_cancel, m_refuse, m_notify, m_accept})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { saveDraftNow(); });

    connect(m_accept, &QPushButton::clicked, this, &IntakePage::acceptRequested);
    connect(m_notify, &QPushButton::clicked, this, &IntakePage::printNotification);
    connect(m_refuse, &QPushButton::clicked, this, &IntakePage::refuseIntake);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        saveDraftNow();
        Q_EMIT cancelled();
    });
    // whatsThis names the key on the F1 page (Workspace::shortcuts).
    auto shortcut = [this](const QKeySequence &key, const QString &what, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setWhatsThis(what);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F9), tr("受理（办理中）"), [this] { Q_EMIT acceptRequested(); });
    shortcut(QKeySequence(Qt::Key_F8), tr("打印一次性告知书（办理中）"),
             [this] { printNotification(); });
    shortcut(QKeySequence(Qt::Key_Escape), tr("保存草稿并返回档案（办理中）"), [this] {
        saveDraftNow();
        Q_EMIT cancelled();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("下一页（办理中）"),
             [this] { goToPage(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("上一页（办理中）"),
             [this] { goToPage(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), tr("保存草稿（办理中）"),
             [this] { saveDraftNow(); });
    shortcut(QKeySequence(Qt::Key_F6), tr("材料清单（办理中）"), [this] { focusMaterials(); });
    shortcut(QKeySequence(Qt::Key_F7), tr("材料全部已收（办理中）"),
             [this] { markAllMaterialsReceived(); });
    connect(m_allMaterials, &QPushButton::clicked, this, &IntakePage::markAllMaterialsReceived);
    connect(m_materials, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        m_materialTicks.insert(item->data(Qt::UserRole).toString(),
                               item->checkState() == Qt::Checked);
        markDirty();
        // The message that sent the clerk here goes once its work is done.
        if (m_missingMaterialsShown && missingMaterials().isEmpty())
            showMessage(readyToAccept()
                            ? tr("材料已收齐，可以受理 (F9)")
                            : tr("材料已收齐；表单还有未填的项目，受理 (F9) 时逐项提示"),
                        Theme::Tone::Success);
    });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

IntakePage::~IntakePage()
{
    // Children are destroyed after this destructor and move the focus as they
    // go: no focus change may reach this half-destroyed page.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    if (m_dirty)
        saveDraftNow();
    m_autosaver.reset(); // writes what is pending
}

void IntakePage::attach(DraftService &drafts, std::unique_ptr<DraftAutosaver> autosaver,
                        const Session &session, const CounterContext &counter)
{
    m_drafts = &drafts;
    m_session = session;
    m_counter = counter;
    m_autosaver = std::move(autosaver);
    connect(m_autosaver.get(), &DraftAutosaver::saved, this, [this](const Draft &draft) {
        m_draftStatus->setText(
            tr("草稿已自动保存 %1")
                .arg(draft.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        Q_EMIT draftSaved(draft.updatedAt);
    });
    connect(m_autosaver.get(), &DraftAutosaver::failed, this,
            [this](const QString &code, const QString &detail) {
                if (code == QLatin1String("intake-accepted")) {
                    // Accepted meanwhile (this window may not have heard): nothing left to keep.
                    m_draftStatus->setText(tr("已受理为办件 %1，草稿不再保存").arg(detail));
                    return;
                }
                // Said plainly: the answers are still on screen and will be saved once the database
                // is back.
                m_draftStatus->setText(
                    tr("草稿暂未能保存（%1），填写内容仍在本机，将自动重试").arg(code));
                m_dirty = true;
                m_autosaveTimer->start(m_autosaveMs);
            });
}

void IntakePage::setAutosaveInterval(int milliseconds)
{
    m_autosaveMs = qMax(100, milliseconds);
}

void IntakePage::clearForm()
{
    m_editors.clear();
    m_labels.clear();
    m_pageBoxes.clear();
    m_touched.clear();
    m_beginnings.clear();
    m_materialTicks.clear();
    m_notifiedMissing.clear();
    m_waitingPerson.clear();
    m_partyEvidence.clear();
    m_applicantProblems.clear();
    m_waiveFees->setChecked(false);
    m_waiverReason->clear();
    m_identityProblem->clear();
    m_identityProblem->hide();
    m_currentPage = 0;
    m_dirty = false;
    m_resumed = false;
    m_intakeKey.clear();
    m_autosaveTimer->stop();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void IntakePage::buildPages()
{
    const QDate today = m_clock.today();
    for (int p = 0; p < m_form->pages.size(); ++p) {
        const PageDefinition &page = m_form->pages.at(p);
        auto *group =
            new QGroupBox(QStringLiteral("%1. %2").arg(p + 1).arg(page.title.text()), m_pagesHost);
        group->setObjectName(QStringLiteral("page_") + page.id);
        auto *formLayout = new QFormLayout(group);
        formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        formLayout->setVerticalSpacing(Theme::kGap);
        for (const FieldDefinition &field : m_form->fields) {
            if (field.page != page.id)
                continue;
            FieldEditor *editor = FieldEditorFactory::create(field, field.id, group);
            editor->setToday(today);
            if (field.completeFromHistory && m_history) {
                auto answers = m_history->frequentAnswers(m_form->id, field.id, m_session);
                if (answers)
                    editor->setSuggestions(answers.value());
            }
            auto *label = new QLabel(field.label.text(), group);
            label->setObjectName(QStringLiteral("label_") + field.id);
            label->setBuddy(editor->firstInput());
            label->setWordWrap(true);
            if (!field.help.isEmpty())
                label->setToolTip(field.help.text());
            formLayout->addRow(label, editor);
            connect(editor, &FieldEditor::edited, this,
                    [this, editor](const QString &part) { onEdited(editor, part); });
            if (auto *person = qobject_cast<PersonFieldEditor *>(editor))
                connect(person, &PersonFieldEditor::cardRequested, this, [this, person] {
                    m_waitingPerson = person;
                    showMessage(
                        tr("请将“%1”的身份证放在读卡器上").arg(person->field().label.text()),
                        Theme::Tone::Notice);
                    Q_EMIT personCardRequested();
                });
            m_editors.append(editor);
            m_labels.insert(editor, label);
        }
        m_pagesLayout->addWidget(group);
        m_pageBoxes.append(group);
    }
    m_pagesLayout->addStretch();
    applyTabOrder();
    updatePageIndicator();
}

void IntakePage::applyTabOrder()
{
    QList<QWidget *> chain;
    for (const FieldEditor *e : std::as_const(m_editors))
        chain << e->inputs();
    chain << m_materials << m_allMaterials << m_waiveFees << m_waiverReason << m_cancel << m_refuse
          << m_notify << m_accept;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void IntakePage::updatePageIndicator()
{
    if (!m_form || m_form->pages.size() < 2) {
        m_pagesLabel->clear();
        m_pagesLabel->hide();
        return;
    }
    // Every page is on screen, one under the other: the indicator names them
    // all and marks the one the cursor is in, as its frame is marked.
    QStringList names;
    for (int p = 0; p < m_form->pages.size(); ++p) {
        const QString name = QStringLiteral("%1. %2").arg(p + 1).arg(
            m_form->pages.at(p).title.text().toHtmlEscaped());
        names << (p == m_currentPage ? Theme::strong(QStringLiteral("▶ ") + name) : name);
    }
    m_pagesLabel->setText(tr("第 %1/%2 部分：%3（Ctrl+PgDn 下一部分，Ctrl+PgUp 上一部分）")
                              .arg(m_currentPage + 1)
                              .arg(m_form->pages.size())
                              .arg(names.join(QStringLiteral(" · "))));
    m_pagesLabel->show();
    for (int p = 0; p < m_pageBoxes.size(); ++p) {
        QWidget *box = m_pageBoxes.at(p);
        if (box->property("current").toBool() == (p == m_currentPage))
            continue;
        box->setProperty("current", p == m_currentPage);
        box->style()->unpolish(box);
        box->style()->polish(box);
        box->update();
    }
}

void IntakePage::start(const FormTemplate &form, const VisitEvidence &applicant,
                       const Person &person)
{
    CaseFile file;
    file.person = person;
    start(form, applicant, file);
}

void IntakePage::start(const FormTemplate &form, const VisitEvidence &evidence,
                       const CaseFile &file)
{
    if (m_dirty)
        saveDraftNow();
    m_loading = true;
    clearForm();
    m_form = &form;
    m_applicantEvidence = evidence;
    const CardIdentity &applicant = evidence.card;
    m_applicant = applicant;
    m_personId = file.person.id;
    m_fileDocuments = file.reusableDocuments;
    m_title->setText(form.title.text());
    showMessage(QString());
    m_draftStatus->clear();
    // Hidden while built: one layout pass instead of one per field.
    m_pagesHost->setUpdatesEnabled(false);
    buildPages();

    QVariantMap initial =
        Prefill::values(form, applicant, file.person,
                        Prefill::lastAnswers(file.openCases + file.pastCases, form.id));
    for (const FieldDefinition &f : form.fields)
        if (f.prefill == QLatin1String("identity.surname"))
            m_beginnings.insert(f.id, initial.value(f.id).toString());
    // A draft of this matter for this citizen: carry on where the last visit stopped
    // (or where Esc left it a moment ago: written first).
    if (m_drafts) {
        if (m_autosaver)
            m_autosaver->flush();
        auto draft = m_drafts->find(applicant.idNumber, form.id, m_session);
        if (draft && draft.value()) {
            const Draft &d = *draft.value();
            for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
                initial.insert(it.key(), it.value());
            for (const QString &m : d.materialsReceived)
                m_materialTicks.insert(m, true);
            m_notifiedMissing = d.missingMaterials;
            m_intakeKey = d.intakeKey;
            m_resumed = true;
            restorePartyEvidence(d.partyEvidence);
            showMessage(
                d.templateVersion == form.version
                    ? tr("已恢复 %1 保存的草稿")
                          .arg(d.updatedAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm")))
                    : tr("已恢复 %1 保存的草稿（事项模板已由第 %2 版更新为第 %3 版，请核对）")
                          .arg(d.updatedAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm")))
                          .arg(d.templateVersion)
                          .arg(form.version),
                d.templateVersion == form.version ? Theme::Tone::Notice : Theme::Tone::Problem);
        } else if (!draft) {
            m_draftStatus->setText(tr("草稿暂不可读：%1").arg(draft.error().code));
        }
    }
    const QList<QVariantMap> people = knownPeople(file, applicant.idNumber);
    for (FieldEditor *e : m_editors) {
        e->setValue(initial.value(e->field().id));
        if (auto *person = qobject_cast<PersonFieldEditor *>(e))
            person->setKnownPeople(people);
    }
    m_pagesHost->setUpdatesEnabled(true);
    m_loading = false;
    refresh();
    m_scroll->verticalScrollBar()->setValue(0);
    // Start where the clerk has to type: the first empty editable field.
    focusNextEmpty(nullptr);
}

bool IntakePage::focusNextEmpty(FieldEditor *after)
{
    const QVariantMap current = values();
    bool passed = after == nullptr;
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!passed) {
            passed = e == after;
            continue;
        }
        // A field holding only the family name put in for the clerk is still
        // to type: the given name follows.
        const QString beginning = m_beginnings.value(e->field().id);
        const bool begun =
            !beginning.isEmpty() && current.value(e->field().id).toString() == beginning;
        if (!e->isHidden() && !e->field().readOnly && (!current.contains(e->field().id) || begun)) {
            e->firstInput()->setFocus();
            m_scroll->ensureWidgetVisible(e->firstInput());
            return true;
        }
    }
    return false;
}

bool IntakePage::typedIn(const QString &fieldId) const
{
    const QString prefix = fieldId + QLatin1Char('/');
    for (const QString &t : m_touched)
        if (t.startsWith(prefix))
            return true;
    return false;
}

FieldEditor *IntakePage::editorOf(const QString &fieldId) const
{
    for (FieldEditor *e : m_editors)
        if (e->field().id == fieldId)
            return e;
    return nullptr;
}

QVariantMap IntakePage::values() const
{
    QVariantMap values;
    for (const FieldEditor *e : m_editors) {
        const QVariant v = e->value();
        if (isGivenValue(v))
            values.insert(e->field().id, v);
    }
    return values;
}

void IntakePage::onEdited(FieldEditor *editor, const QString &part)
{
    if (m_loading)
        return;
    m_touched.insert(editor->field().id + QLatin1Char('/') + part);
    // A party typed over is no longer the card that was read, nor its problems.
    if (auto *person = qobject_cast<PersonFieldEditor *>(editor);
        person && !person->readFromCard() && m_partyEvidence.remove(editor->field().id))
        showIdentityProblems();
    // Fields filled from this one follow it until the clerk types in them.
    const QString source = QStringLiteral("field.") + editor->field().id;
    for (FieldEditor *e : m_editors) {
        if (e->field().prefill != source)
            continue;
        if (!typedIn(e->field().id)) {
            m_loading = true;
            e->setValue(Prefill::shape(e->field(), editor->value()));
            m_loading = false;
        }
    }
    markDirty();
    refresh();
    // An item added to or removed from a repeat group: its inputs join the chain.
    if (editor->field().type == FieldDefinition::Type::Repeat)
        applyTabOrder();
}

void IntakePage::markDirty()
{
    if (!m_form || m_loading)
        return;
    m_dirty = true;
    // From the first unsaved change: a crash loses at most one interval.
    if (!m_autosaveTimer->isActive())
        m_autosaveTimer->start(m_autosaveMs);
}

void IntakePage::refresh()
{
    if (!m_form)
        return;
    const QVariantMap current = values();
    const QDate today = m_clock.today();
    for (FieldEditor *e : m_editors) {
        const FieldDefinition &f = e->field();
        const bool visible = f.visibleWhen.evaluate(current);
        e->setVisible(visible);
        QLabel *label = m_labels.value(e);
        label->setVisible(visible);
        label->setText(f.label.text() + (f.isRequired(current) ? QStringLiteral(" *") : QString()));
        // Only complain about parts the clerk has touched; accepting shows the rest.
        QMap<QString, QString> parts =
            FieldValidator::validateParts(f, current.value(f.id), current, today);
        if (!parts.contains(QString())) {
            const QString rule = FieldValidator::ruleProblem(*m_form, f.id, current);
            if (!rule.isEmpty())
                parts.insert(QString(), rule);
        }
        const bool all = m_touched.contains(f.id + QStringLiteral("/*"));
        const bool anyTouched = all || typedIn(f.id);
        QMap<QString, QString> shown;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            if (all || m_touched.contains(f.id + QLatin1Char('/') + it.key()) ||
                (it.key().isEmpty() && anyTouched))
                shown.insert(it.key(), it.value());
        e->showProblems(visible ? shown : QMap<QString, QString>());
    }

    m_loading = true;
    const int currentMaterial = m_materials->currentRow();
    m_materials->clear();
    for (const auto &item : MaterialsChecklist::compute(*m_form, current, heldDocuments())) {
        const MaterialDefinition &m = item.material;
        QString text = tr("%1（%2）").arg(m.title.text(), materialForm(m));
        if (item.onFile)
            text += tr(" — 已有，自动勾选");
        else if (item.attached)
            text += tr(" — 已在表单中收取");
        auto *row = new QListWidgetItem(text, m_materials);
        row->setData(Qt::UserRole, m.id);
        row->setToolTip(m.reason.text());
        if (item.onFile || item.attached) {
            row->setFlags(Qt::ItemIsEnabled);
            row->setCheckState(Qt::Checked);
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(m_materialTicks.value(m.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (currentMaterial >= 0 && currentMaterial < m_materials->count())
        m_materials->setCurrentRow(currentMaterial);
    m_loading = false;

    const QList<FeeSchedule::Item> fees = FeeSchedule::compute(*m_form, current);
    QStringList feeLines;
    for (const FeeSchedule::Item &f : fees)
        feeLines << tr("%1：%2 元").arg(f.fee.title.text(), QString::number(f.amount, 'f', 2));
    feeLines << (fees.isEmpty()
                     ? tr("本事项不收费")
                     : tr("合计：%1 元").arg(QString::number(FeeSchedule::total(fees), 'f', 2)));
    m_fees->setText(feeLines.join(QLatin1Char('\n')));
    // Only what is owed can be waived.
    const bool owed = FeeSchedule::total(fees) > 0;
    m_waiveFees->setVisible(owed);
    m_waiverReason->setVisible(owed);
    if (!owed)
        m_waiveFees->setChecked(false);
}

bool IntakePage::waivingFees() const
{
    return m_waiveFees->isVisibleTo(this) && m_waiveFees->isChecked();
}

QString IntakePage::feeWaiverReason() const
{
    return waivingFees() ? m_waiverReason->text().trimmed() : QString();
}

QSet<QString> IntakePage::heldDocuments() const
{
    return HeldDocuments::derive(m_fileDocuments, m_applicantEvidence, m_partyEvidence, values(),
                                 {m_session.counterCode, m_clock.now()});
}

QStringList IntakePage::materialsReceived() const
{
    QStringList ids;
    for (int i = 0; i < m_materials->count(); ++i) {
        const QListWidgetItem *item = m_materials->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() != Qt::Checked)
            continue;
        // Ticked by the clerk, or received through an attachment field of the form.
        const bool attached = !(item->flags() & Qt::ItemIsUserCheckable) && [&] {
            for (const auto &c : MaterialsChecklist::compute(*m_form, values(), heldDocuments()))
                if (c.material.id == id)
                    return c.attached && !c.onFile;
            return false;
        }();
        if ((item->flags() & Qt::ItemIsUserCheckable) || attached)
            ids << id;
    }
    return ids;
}

QStringList IntakePage::missingMaterials() const
{
    QStringList ids;
    if (!m_form)
        return ids;
    for (const auto &item :
         MaterialsChecklist::missing(*m_form, values(), heldDocuments(), materialsReceived()))
        ids << item.material.id;
    return ids;
}

int IntakePage::showAllProblems()
{
    for (const FieldEditor *e : std::as_const(m_editors))
        m_touched.insert(e->field().id + QStringLiteral("/*"));
    refresh();
    int count = 0;
    QWidget *first = nullptr;
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!e->isHidden() && e->hasVisibleProblem()) {
            ++count;
            if (!first)
                first = e->firstInput();
        }
    }
    if (first) {
        first->setFocus();
        m_scroll->ensureWidgetVisible(first);
    }
    return count;
}

void IntakePage::showMissingMaterials(const QString &message)
{
    showMessage(message, Theme::Tone::Problem);
    m_missingMaterialsShown = true;
    focusMaterials();
}

void IntakePage::showMessage(const QString &message, Theme::Tone tone)
{
    m_missingMaterialsShown = false;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    Theme::setTone(m_message, tone);
}

void IntakePage::setIdentityProblems(const QStringList &problems)
{
    m_applicantProblems = problems;
    showIdentityProblems();
}

void IntakePage::showIdentityProblems()
{
    QStringList lines;
    for (const QString &p : std::as_const(m_applicantProblems) + partyProblems())
        lines << QStringLiteral("⚠ ") + p;
    if (!lines.isEmpty())
        lines << UserMessages::reviewNote();
    m_identityProblem->setText(lines.join(QLatin1Char('\n')));
    m_identityProblem->setVisible(!lines.isEmpty());
}

QHash<QString, qint64> IntakePage::partyEvidence() const
{
    QHash<QString, qint64> ids;
    for (auto it = m_partyEvidence.cbegin(); it != m_partyEvidence.cend(); ++it)
        ids.insert(it.key(), it.value().id);
    return ids;
}

QStringList IntakePage::partyProblems() const
{
    QStringList lines;
    for (const FieldEditor *e : m_editors) {
        const QList<CardFlag> flags = m_partyEvidence.value(e->field().id).problems;
        if (!flags.isEmpty())
            lines << tr("%1：%2").arg(e->field().label.text(), UserMessages::cardFlags(flags));
    }
    return lines;
}

void IntakePage::restorePartyEvidence(const QHash<QString, qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (!m_evidence) {
        m_draftStatus->setText(
            tr("草稿中的读卡记录暂不可读：%1").arg(QStringLiteral("no-evidence")));
        return;
    }
    auto found = m_evidence->find(ids.values(), m_session);
    if (!found) {
        m_draftStatus->setText(tr("草稿中的读卡记录暂不可读：%1").arg(found.error().code));
        return;
    }
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        if (found.value().contains(it.value()))
            m_partyEvidence.insert(it.key(), found.value().value(it.value()));
    showIdentityProblems();
}

bool IntakePage::readyToAccept() const
{
    return m_form && missingMaterials().isEmpty() &&
           FieldValidator::validateAll(*m_form, values(), m_clock.today()).isEmpty();
}

void IntakePage::focusMaterials()
{
    if (!m_form)
        return;
    m_materials->setFocus();
    selectNextMaterialToReceive(0);
}

void IntakePage::selectNextMaterialToReceive(int from)
{
    for (int i = qMax(0, from); i < m_materials->count(); ++i) {
        const QListWidgetItem *item = m_materials->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() != Qt::Checked) {
            m_materials->setCurrentRow(i);
            m_materials->scrollToItem(item);
            return;
        }
    }
    // Nothing left to receive here: the next step is to accept.
    if (m_materials->hasFocus() && missingMaterials().isEmpty())
        showMessage(readyToAccept() ? tr("材料已收齐，可以受理 (F9)")
                                    : tr("材料已收齐；表单还有未填的项目，受理 (F9) 时逐项提示"),
                    Theme::Tone::Success);
}

void IntakePage::receiveCurrentMaterial(bool toggle)
{
    QListWidgetItem *item = m_materials->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable)) {
        selectNextMaterialToReceive(m_materials->currentRow() + 1);
        return;
    }
    const int row = m_materials->currentRow();
    const bool tick = !toggle || item->checkState() != Qt::Checked;
    item->setCheckState(tick ? Qt::Checked : Qt::Unchecked); // itemChanged records it
    if (tick)
        selectNextMaterialToReceive(row + 1);
}

void IntakePage::markAllMaterialsReceived()
{
    if (!m_form)
        return;
    for (int i = 0; i < m_materials->count(); ++i) {
        QListWidgetItem *item = m_materials->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(Qt::Checked);
    }
    showMessage(tr("已将清单上的材料全部标记为已收"), Theme::Tone::Success);
}

bool IntakePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                       key->modifiers() == Qt::NoModifier;
    if (watched == m_materials) {
        // One key per material handed over, in list order.
        if (enter || (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier)) {
            receiveCurrentMaterial(!enter);
            return true;
        }
    } else if (enter) {
        // On a button Enter moves on, as in the fields; Space or the F-key presses it.
        focusNextChild();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool IntakePage::takeCard(const VisitEvidence &evidence)
{
    const CardIdentity &card = evidence.card;
    PersonFieldEditor *person = m_waitingPerson;
    // A reader that reads by itself: a card put down while the cursor is in an
    // empty party's inputs is that party's.
    if (!person && isVisible()) {
        for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
            if (auto *p = qobject_cast<PersonFieldEditor *>(w)) {
                if (!p->value().isValid() && !p->field().readOnly)
                    person = p;
                break;
            }
        }
    }
    if (!person)
        return false;
    m_waitingPerson.clear();
    const QList<CardFlag> &flags = evidence.problems;
    person->fillFromCard(card);
    // The core recorded the read and what is wrong with it; the draft keeps the reference.
    m_partyEvidence.insert(person->field().id, evidence);
    markDirty();
    showIdentityProblems();
    if (!flags.isEmpty()) {
        // The data is used, but the card does not count as shown: its copy is
        // still asked for, and accepting asks for the clerk's reason.
        refresh();
        showMessage(tr("“%1”的证件有问题：%2。请另行核验，受理时须说明理由。")
                        .arg(person->field().label.text(), UserMessages::cardFlags(flags)));
        person->firstInput()->setFocus();
    } else {
        refresh();
        showMessage(tr("已读取“%1”的身份证").arg(person->field().label.text()),
                    Theme::Tone::Success);
        // Read: on to the next thing to fill in.
        if (!focusNextEmpty(person))
            focusMaterials();
    }
    return true;
}

void IntakePage::onFocusChanged(QWidget *now)
{
    if (!now || !m_form || !isAncestorOf(now))
        return;
    // Every focus stop is seen: scrolled into view when the cursor gets there.
    if (m_pagesHost->isAncestorOf(now))
        m_scroll->ensureWidgetVisible(now);
    for (int p = 0; p < m_pageBoxes.size(); ++p) {
        if (m_pageBoxes.at(p)->isAncestorOf(now)) {
            if (p != m_currentPage) {
                m_currentPage = p;
                updatePageIndicator();
                // Every page change saves, whatever the timer says.
                if (m_dirty)
                    saveDraftNow();
            }
            return;
        }
    }
}

void IntakePage::goToPage(int delta)
{
    if (m_pageBoxes.isEmpty())
        return;
    const int page = qBound(0, m_currentPage + delta, int(m_pageBoxes.size()) - 1);
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (m_pageBoxes.at(page)->isAncestorOf(e) && !e->isHidden()) {
            e->firstInput()->setFocus();
            m_scroll->ensureWidgetVisible(m_pageBoxes.at(page));
            m_scroll->ensureWidgetVisible(e);
            return;
        }
    }
}

Draft IntakePage::currentDraft() const
{
    Draft d;
    d.personId = m_personId;
    d.idNumber = m_applicant.idNumber;
    d.templateId = m_form ? m_form->id : QString();
    d.templateVersion = m_form ? m_form->version : 0;
    d.values = values();
    for (auto it = m_materialTicks.cbegin(); it != m_materialTicks.cend(); ++it)
        if (it.value())
            d.materialsReceived << it.key();
    d.missingMaterials = m_notifiedMissing;
    d.partyEvidence = partyEvidence();
    d.intakeKey = m_intakeKey;
    d.counterCode = m_session.counterCode;
    d.clerkId = m_session.userId;
    return d;
}

void IntakePage::saveDraftNow(bool wait)
{
    m_autosaveTimer->stop();
    if (!m_autosaver || !m_form || m_applicant.idNumber.isEmpty()) {
        m_dirty = false;
        return;
    }
    if (m_dirty) {
        m_autosaver->submit(currentDraft());
        m_dirty = false;
    }
    if (wait)
        m_autosaver->flush();
}

void IntakePage::discardDraft()
{
    m_autosaveTimer->stop();
    m_dirty = false;
    if (m_autosaver && m_form)
        m_autosaver->discard(m_applicant.idNumber, m_form->id);
}

QStringList IntakePage::draftTemplates(const QString &idNumber) const
{
    QStringList ids;
    for (const Draft &d : drafts(idNumber))
        ids << d.templateId;
    return ids;
}

QList<Draft> IntakePage::drafts(const QString &idNumber) const
{
    if (!m_drafts || idNumber.isEmpty())
        return {};
    if (m_autosaver)
        m_autosaver->flush();
    auto drafts = m_drafts->listFor(idNumber, m_session);
    return drafts ? drafts.value() : QList<Draft>();
}

bool IntakePage::writeNotification(const QString &path, QString *error)
{
    if (!m_form)
        return false;
    if (!m_documents) {
        if (error)
            *error = QStringLiteral("no-documents");
        return false;
    }
    const NotificationData data = NotificationBuilder::build(
        *m_form, values(), m_applicant, heldDocuments(), materialsReceived(), m_session,
        m_counter.hallName, m_clock.now());
    auto recorded = m_documents->recordNotification(data, m_form->id, m_session);
    if (!recorded) {
        if (error)
            *error = recorded.error().code;
        return false;
    }
    auto written = m_documents->render(recorded->number, DocumentKind::Notification, std::nullopt,
                                       false, m_session, path);
    if (!written) {
        if (error)
            *error = written.error().code;
        return false;
    }
    return true;
}

void IntakePage::printNotification()
{
    if (!m_form)
        return;
    const QStringList missing = missingMaterials();
    if (missing.isEmpty() &&
        FieldValidator::validateAll(*m_form, values(), m_clock.today()).isEmpty()) {
        showMessage(tr("材料齐全、信息完整，可直接受理 (F9)"), Theme::Tone::Success);
        return;
    }
    const QString folder =
        m_counter.receiptsFolder.isEmpty() ? QDir::tempPath() : m_counter.receiptsFolder;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("notice-%1-%2.pdf")
            .arg(m_form->id, m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString error;
    if (!writeNotification(path, &error)) {
        showMessage(tr("一次性告知书未能生成：%1").arg(error));
        return;
    }
    // The draft waits for the citizen's next visit, with what was asked for.
    m_notifiedMissing = missing;
    m_dirty = true;
    saveDraftNow(true);
    showMessage(tr("已生成一次性告知书（缺 %1 项材料），草稿已保存，市民补齐后读卡即可继续办理。")
                    .arg(missing.size()),
                Theme::Tone::Success);
    Q_EMIT notificationPrinted(path);
    if (isVisible()) {
        ReceiptPreviewDialog::showFor(path, this,
                                      m_counter.printers.value(QStringLiteral("notification")));
    }
}

Result<QString> IntakePage::recordNonAcceptance(const QString &reason, const QString &legalBasis,
                                                const QString &referTo)
{
    if (!m_form || !m_documents)
        return Result<QString>::failure(QStringLiteral("no-documents"));
    NonAcceptance n;
    n.applicantName = m_applicant.name;
    n.applicantIdNumber = m_applicant.idNumber;
    n.templateId = m_form->id;
    n.matterTitle = m_form->title.zh;
    n.reason = reason;
    n.legalBasis = legalBasis;
    n.referTo = referTo;
    // A proposal: its notice prints once a supervisor confirms it.
    auto recorded = m_documents->recordNonAcceptance(n, m_session);
    if (!recorded)
        return Result<QString>(recorded.error());
    return recorded->number;
}

void IntakePage::refuseIntake()
{
    if (!m_form)
        return;
    NonAcceptanceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto number = recordNonAcceptance(dialog.reason(), dialog.legalBasis(), dialog.referTo());
    if (!number) {
        showMessage(tr("不予受理决定未能记录：%1").arg(UserMessages::error(number.error())));
        return;
    }
    // The draft stays: the citizen may still come back with what the matter needs.
    saveDraftNow(true);
    showMessage(tr("不予受理决定（%1）已报值班长确认。确认后在市民档案中打印《不予受理通知书》"
                   "交申请人；退回则可继续办理。")
                    .arg(number.value()),
                Theme::Tone::Notice);
    Q_EMIT nonAcceptanceProposed(number.value());
}

} // namespace OneWindow
