#include "counter/CaseFilePage.h"

#include "common/ReceiptPreviewDialog.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "documents/DocumentService.h"
#include "storage/ChangeNotifier.h"
#include "templates/TemplateCatalogue.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace OneWindow {

CaseFilePage::CaseFilePage(const TemplateCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("caseFilePage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::kMargin, Theme::kMargin / 2, Theme::kMargin,
                               Theme::kMargin / 2);
    layout->setSpacing(Theme::kGroupGap);

    auto *fileColumn = new QVBoxLayout;
    fileColumn->setSpacing(Theme::kGap);
    m_person = new QLabel(this);
    m_person->setObjectName(QStringLiteral("casePersonLabel"));
    m_person->setWordWrap(true);
    Theme::setTextRole(m_person, Theme::TextRole::Title);
    fileColumn->addWidget(m_person);

    m_model = new CaseFileModel(this);
    m_model->setCatalogue(&m_catalogue);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("caseFileTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // Every column as wide as its widest text: whole case numbers, matter names and
    // notes, scrolled sideways when the file is wider than the page, never cut.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    fileColumn->addWidget(m_tree, 1);

    // 不予受理 decisions: the clerk prints the notice here once the supervisor confirmed it.
    m_decisionsBox = new QGroupBox(tr("不予受理决定"), this);
    m_decisionsBox->setObjectName(QStringLiteral("nonAcceptanceBox"));
    auto *decisionsLayout = new QHBoxLayout(m_decisionsBox);
    m_decisions = new QListWidget(m_decisionsBox);
    m_decisions->setObjectName(QStringLiteral("nonAcceptanceList"));
    m_decisions->setWordWrap(true);
    m_decisions->setMaximumHeight(fontMetrics().height() * 5);
    decisionsLayout->addWidget(m_decisions, 1);
    m_printDecision = new QPushButton(Theme::icon(QStringLiteral("printer")),
                                      tr("打印《不予受理通知书》"), m_decisionsBox);
    m_printDecision->setObjectName(QStringLiteral("printNonAcceptanceButton"));
    decisionsLayout->addWidget(m_printDecision, 0, Qt::AlignTop);
    m_decisionsBox->hide();
    fileColumn->addWidget(m_decisionsBox);
    connect(m_decisions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_printDecision->setEnabled(row >= 0 &&
                                    m_decisions->item(row)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_decisions, &QListWidget::itemActivated, this, &CaseFilePage::printNonAcceptance);
    connect(m_printDecision, &QPushButton::clicked, this, &CaseFilePage::printNonAcceptance);
    layout->addLayout(fileColumn, 3);

    auto *catalogueBox = new QGroupBox(tr("办理事项"), this);
    auto *catalogueLayout = new QVBoxLayout(catalogueBox);
    m_search = new QLineEdit(catalogueBox);
    m_search->setObjectName(QStringLiteral("matterSearchEdit"));
    m_search->setPlaceholderText(tr("名称、拼音首字母或部门"));
    m_search->setClearButtonEnabled(true);
    catalogueLayout->addWidget(m_search);
    m_search->addAction(Theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_matters = new QListWidget(catalogueBox);
    m_matters->setObjectName(QStringLiteral("matterList"));
    // Whole matter names, wrapped rather than cut (English ones are long).
    m_matters->setWordWrap(true);
    m_matters->setTextElideMode(Qt::ElideNone);
    m_matters->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    catalogueLayout->addWidget(m_matters);
    m_start = new QPushButton(Theme::icon(QStringLiteral("file-text")), tr("开始受理 (Enter)"),
                              catalogueBox);
    m_start->setObjectName(QStringLiteral("startIntakeButton"));
    catalogueLayout->addWidget(m_start);
    layout->addWidget(catalogueBox, 1);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(CaseFileModel::CaseNumberRole).toString();
        const QString kind = index.data(CaseFileModel::KindRole).toString();
        if (!number.isEmpty() &&
            (kind == QLatin1String("case") || kind == QLatin1String("sub-case")))
            Q_EMIT caseRequested(number);
    });
    connect(m_search, &QLineEdit::textChanged, this, &CaseFilePage::filterMatters);
    // Enter in an empty search starts nothing: the clerk has not chosen yet.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_search->text().trimmed().isEmpty())
            m_matters->setFocus();
        else
            startIntake();
    });
    // Rows shown or hidden change the widest text of a column: fit them again.
    for (auto signal : {&QTreeView::expanded, &QTreeView::collapsed})
        connect(m_tree, signal, this, &CaseFilePage::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseFilePage::fitColumns);
    // A draft listed in the file resumes its intake.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CaseFileModel::KindRole).toString() == QLatin1String("draft"))
            Q_EMIT intakeRequested(index.data(CaseFileModel::TemplateIdRole).toString());
    });
    connect(m_matters, &QListWidget::itemActivated, this, &CaseFilePage::startIntake);
    connect(m_start, &QPushButton::clicked, this, &CaseFilePage::startIntake);
    filterMatters(QString());
}

void CaseFilePage::setDocuments(DocumentService *documents, const Session &session,
                                const QString &printer, ChangeNotifier *changes)
{
    m_documents = documents;
    m_session = session;
    m_printer = printer;
    if (changes)
        connect(changes, &ChangeNotifier::changed, this, [this](const QString &topic) {
            // Only a file on screen is read again (every read is audited).
            if ((topic == QLatin1String(ChangeNotifier::kReview) ||
                 topic == QLatin1String(ChangeNotifier::kAnything)) &&
                isVisible() && !m_file.person.idNumber.isEmpty())
                reloadDecisions();
        });
    reloadDecisions();
}

void CaseFilePage::reloadDecisions()
{
    m_decisions->clear();
    const QString idNumber = m_file.person.idNumber;
    if (!m_documents || idNumber.isEmpty()) {
        m_decisionsBox->hide();
        return;
    }
    auto found = m_documents->nonAcceptancesFor(idNumber, m_session);
    if (!found || found->isEmpty()) {
        m_decisionsBox->setVisible(!found);
        if (!found)
            m_decisions->addItem(UserMessages::error(found.error()));
        m_printDecision->setEnabled(false);
        return;
    }
    for (const DocumentService::CounterDecision &d : found.value()) {
        const QString matter = d.document.data.value(QStringLiteral("matterTitle")).toString();
        QString state;
        Theme::Tone tone = Theme::Tone::Notice;
        switch (d.decision.state) {
        case ReviewItem::State::Open:
            state = tr("待值班长确认，确认后方可打印通知书");
            break;
        case ReviewItem::State::Approved:
            state = tr("值班长 %1 已确认").arg(d.decision.reviewerName);
            tone = Theme::Tone::Normal;
            break;
        case ReviewItem::State::Returned:
            state = tr("值班长 %1 退回：%2（可继续办理）")
                        .arg(d.decision.reviewerName, d.decision.comment);
            tone = Theme::Tone::Muted;
            break;
        }
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3").arg(d.document.number, matter, state),
                                         m_decisions);
        item->setData(Qt::UserRole, d.document.number);
        item->setData(Qt::UserRole + 1,
                      d.decision.id != 0 && d.decision.state == ReviewItem::State::Approved);
        if (tone != Theme::Tone::Normal)
            item->setForeground(Theme::color(tone));
    }
    m_decisionsBox->show();
    m_decisions->setCurrentRow(0);
}

void CaseFilePage::printNonAcceptance()
{
    QListWidgetItem *item = m_decisions->currentItem();
    if (!m_documents || !item || !item->data(Qt::UserRole + 1).toBool())
        return;
    auto printed = m_documents->render(item->data(Qt::UserRole).toString(),
                                       DocumentKind::NonAcceptance, std::nullopt, false, m_session);
    if (!printed) {
        item->setToolTip(UserMessages::error(printed.error()));
        return;
    }
    ReceiptPreviewDialog::showFor(printed->path, this, m_printer);
}

void CaseFilePage::setCalendar(const WorkingDayCalendar *calendar)
{
    m_model->setCalendar(calendar);
}

void CaseFilePage::setCaseFile(const CaseFile &file, CaseFileModel::PastPager pager)
{
    m_drafts.clear(); // marked again by markDrafts() for this citizen
    m_file = file;
    const Person &p = file.person;
    if (p.id == 0)
        m_person->setText(tr("首次来办，档案中暂无记录"));
    else
        m_person->setText(tr("%1 · %2 · %3 · 电话 %4")
                              .arg(p.name, UserMessages::sex(p.sex),
                                   p.birth.toString(QStringLiteral("yyyy-MM-dd")), p.phone));
    m_model->setCaseFile(file, std::move(pager));
    reloadDecisions();
    // Open cases, documents and appointments are what the clerk needs now; history
    // and the departments under each case unfold on demand.
    for (auto section : {CaseFileModel::OpenCases, CaseFileModel::Drafts, CaseFileModel::Documents,
                         CaseFileModel::Appointments, CaseFileModel::PastCases})
        m_tree->expand(m_model->sectionIndex(section));
    const QModelIndex open = m_model->sectionIndex(CaseFileModel::OpenCases);
    for (int row = 0; row < m_model->rowCount(open); ++row)
        m_tree->expand(m_model->index(row, 0, open));
    fitColumns();
    m_search->clear();
    m_search->setFocus();
}

bool CaseFilePage::highlightCase(const QString &caseNumber)
{
    for (auto section : {CaseFileModel::OpenCases, CaseFileModel::PastCases}) {
        const QModelIndex parent = m_model->sectionIndex(section);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex item = m_model->index(row, 0, parent);
            if (item.data(CaseFileModel::CaseNumberRole).toString() == caseNumber) {
                m_tree->expand(parent);
                m_tree->setCurrentIndex(item);
                m_tree->scrollTo(item);
                m_tree->setFocus();
                return true;
            }
        }
    }
    return false;
}

void CaseFilePage::selectMatter(const QString &templateId)
{
    for (int i = 0; i < m_matters->count(); ++i)
        if (m_matters->item(i)->data(Qt::UserRole).toString() == templateId)
            m_matters->setCurrentRow(i);
}

void CaseFilePage::markDrafts(const QStringList &templateIds)
{
    m_drafts = templateIds;
    filterMatters(m_search->text());
}

void CaseFilePage::setDrafts(const QList<Draft> &drafts)
{
    QStringList ids;
    for (const Draft &d : drafts)
        ids << d.templateId;
    markDrafts(ids);
    m_model->setDrafts(drafts);
    m_tree->expand(m_model->sectionIndex(CaseFileModel::Drafts));
    fitColumns();
}

void CaseFilePage::fitColumns()
{
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
}

bool CaseFilePage::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search choose in the list without leaving the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_matters->count() > 0) {
            const int row = qBound(0, m_matters->currentRow() + (key == Qt::Key_Down ? 1 : -1),
                                   m_matters->count() - 1);
            m_matters->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseFilePage::filterMatters(const QString &query)
{
    m_matters->clear();
    QList<const FormTemplate *> found = m_catalogue.search(query);
    std::stable_partition(found.begin(), found.end(),
                          [this](const FormTemplate *t) { return m_drafts.contains(t->id); });
    for (const FormTemplate *t : found) {
        const QString title = m_drafts.contains(t->id)
                                  ? tr("%1（有草稿，继续办理）").arg(t->title.text())
                                  : t->title.text();
        auto *item = new QListWidgetItem(title, m_matters);
        item->setData(Qt::UserRole, t->id);
        item->setToolTip(t->help.text() + QLatin1Char('\n') +
                         t->departments().join(QStringLiteral("、")));
    }
    if (m_matters->count() > 0)
        m_matters->setCurrentRow(0);
    m_start->setEnabled(m_matters->count() > 0);
}

void CaseFilePage::startIntake()
{
    const QListWidgetItem *item = m_matters->currentItem();
    if (item)
        Q_EMIT intakeRequested(item->data(Qt::UserRole).toString());
}

} // namespace OneWindow
