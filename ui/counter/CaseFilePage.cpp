#include "counter/CaseFilePage.h"

#include "common/UserMessages.h"
#include "templates/TemplateCatalogue.h"

#include <QGroupBox>
#include <QHeaderView>
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

    auto *fileColumn = new QVBoxLayout;
    m_person = new QLabel(this);
    m_person->setObjectName(QStringLiteral("casePersonLabel"));
    m_person->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_person->setWordWrap(true);
    fileColumn->addWidget(m_person);

    m_model = new CaseFileModel(this);
    m_model->setMaterialNamer([&catalogue](const QString &templateId, const QString &id) {
        const FormTemplate *form = catalogue.find(templateId);
        const MaterialDefinition *m = form ? form->material(id) : nullptr;
        return m ? m->title.text() : id;
    });
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("caseFileTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    fileColumn->addWidget(m_tree, 1);
    layout->addLayout(fileColumn, 3);

    auto *catalogueBox = new QGroupBox(tr("办理事项"), this);
    auto *catalogueLayout = new QVBoxLayout(catalogueBox);
    m_search = new QLineEdit(catalogueBox);
    m_search->setObjectName(QStringLiteral("matterSearchEdit"));
    m_search->setPlaceholderText(tr("搜索事项：名称、拼音首字母、部门"));
    m_search->setClearButtonEnabled(true);
    catalogueLayout->addWidget(m_search);
    m_matters = new QListWidget(catalogueBox);
    m_matters->setObjectName(QStringLiteral("matterList"));
    catalogueLayout->addWidget(m_matters);
    m_start = new QPushButton(tr("开始受理 (Enter)"), catalogueBox);
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
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilePage::startIntake);
    connect(m_matters, &QListWidget::itemActivated, this, &CaseFilePage::startIntake);
    connect(m_start, &QPushButton::clicked, this, &CaseFilePage::startIntake);
    filterMatters(QString());
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
    // Open cases, documents and appointments are what the clerk needs now; history
    // and the departments under each case unfold on demand.
    for (auto section : {CaseFileModel::OpenCases, CaseFileModel::Documents,
                         CaseFileModel::Appointments, CaseFileModel::PastCases})
        m_tree->expand(m_model->sectionIndex(section));
    const QModelIndex open = m_model->sectionIndex(CaseFileModel::OpenCases);
    for (int row = 0; row < m_model->rowCount(open); ++row)
        m_tree->expand(m_model->index(row, 0, open));
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
