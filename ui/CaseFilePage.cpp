#include "CaseFilePage.h"

#include "UserMessages.h"
#include "models/CaseListModel.h"
#include "templates/TemplateCatalogue.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
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

    m_openTitle = new QLabel(this);
    fileColumn->addWidget(m_openTitle);
    m_openModel = new CaseListModel(this);
    m_openView = makeTable(m_openModel, QStringLiteral("openCasesView"));
    fileColumn->addWidget(m_openView, 2);
    m_pastTitle = new QLabel(this);
    fileColumn->addWidget(m_pastTitle);
    m_pastModel = new CaseListModel(this);
    m_pastView = makeTable(m_pastModel, QStringLiteral("pastCasesView"));
    fileColumn->addWidget(m_pastView, 3);
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

    connect(m_search, &QLineEdit::textChanged, this, &CaseFilePage::filterMatters);
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilePage::startIntake);
    connect(m_matters, &QListWidget::itemActivated, this, &CaseFilePage::startIntake);
    connect(m_start, &QPushButton::clicked, this, &CaseFilePage::startIntake);
    filterMatters(QString());
}

QTableView *CaseFilePage::makeTable(CaseListModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(CaseListModel::Departments, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    return view;
}

void CaseFilePage::setCaseFile(const CaseFile &file)
{
    m_file = file;
    m_drafts.clear();
    const Person &p = file.person;
    if (p.id == 0)
        m_person->setText(tr("首次来办，档案中暂无记录"));
    else
        m_person->setText(tr("%1 · %2 · %3 · 电话 %4")
                              .arg(p.name, UserMessages::sex(p.sex),
                                   p.birth.toString(QStringLiteral("yyyy-MM-dd")), p.phone));
    m_openModel->setCases(file.openCases);
    m_pastModel->setCases(file.pastCases);
    m_openTitle->setText(tr("在办件（%1）").arg(file.openCases.size()));
    m_pastTitle->setText(tr("历史办件（%1）").arg(file.pastCases.size()));
    m_search->clear();
    m_search->setFocus();
}

bool CaseFilePage::highlightCase(const QString &caseNumber)
{
    for (QTableView *view : {m_openView, m_pastView}) {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CaseListModel::Number).data().toString() == caseNumber) {
                view->selectRow(row);
                view->scrollTo(model->index(row, 0));
                view->setFocus();
                return true;
            }
        }
    }
    return false;
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
        const QString title = m_drafts.contains(t->id) ? tr("%1（有草稿，继续办理）").arg(t->title.text()) : t->title.text();
        auto *item = new QListWidgetItem(title, m_matters);
        item->setData(Qt::UserRole, t->id);
        item->setToolTip(t->help.text() + QLatin1Char('\n') + t->departments().join(QStringLiteral("、")));
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
