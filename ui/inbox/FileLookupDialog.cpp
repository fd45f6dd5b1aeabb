#include "inbox/FileLookupDialog.h"

#include "casefile/CaseFileService.h"
#include "common/UserMessages.h"
#include "models/CaseFileModel.h"
#include "models/PersonSearchModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace OneWindow {

FileLookupDialog::FileLookupDialog(CaseFileService &caseFiles, const Session &session,
                                   QWidget *parent)
    : QDialog(parent)
    , m_caseFiles(caseFiles)
    , m_session(session)
{
    setObjectName(QStringLiteral("fileLookupDialog"));
    setWindowTitle(tr("查阅市民档案"));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lookupSearchEdit"));
    m_search->setPlaceholderText(tr("身份证号、姓名或拼音首字母、办件编号、电话"));
    layout->addWidget(m_search);
    m_results = new PersonSearchModel(
        [&caseFiles, session](const QString &q, int limit, int offset) {
            return caseFiles.search(q, limit, offset, session);
        },
        this);
    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName(QStringLiteral("lookupResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_resultsView, 1);
    auto *hint = new QLabel(tr("本部门办件的市民可直接查阅；查阅其他市民的档案须填写事由，"
                               "事由记入审计日志并交值班长复核。"),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setObjectName(QStringLiteral("lookupPurpose"));
    m_purpose->setPlaceholderText(tr("事由"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(60);
    layout->addWidget(m_purpose);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_file = new CaseFileModel(this);
    m_fileView = new QTreeView(this);
    m_fileView->setObjectName(QStringLiteral("lookupFile"));
    m_fileView->setModel(m_file);
    m_fileView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_fileView, 2);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = box->addButton(tr("查阅"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("lookupOpenButton"));
    box->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    layout->addWidget(box);
    connect(m_search, &QLineEdit::textChanged, m_results, &PersonSearchModel::scheduleQuery);
    connect(open, &QPushButton::clicked, this, &FileLookupDialog::openSelected);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FileLookupDialog::openSelected()
{
    const QModelIndex current = m_resultsView->currentIndex();
    const qint64 personId =
        current.isValid()
            ? current.data(PersonSearchModel::PersonIdRole).toLongLong()
            : (m_results->rowCount() == 1
                   ? m_results->index(0, 0).data(PersonSearchModel::PersonIdRole).toLongLong()
                   : 0);
    if (personId == 0) {
        m_message->setText(tr("请先在结果中选择一位市民。"));
        return;
    }
    auto file = m_caseFiles.openPerson(personId, m_session, m_purpose->toPlainText());
    if (!file) {
        m_message->setText(UserMessages::error(file.error()));
        m_file->clear();
        return;
    }
    m_message->setText(tr("%1 的档案（已记入审计日志）").arg(file->person.name));
    m_file->setCaseFile(file.value());
    m_fileView->expandToDepth(0);
}

} // namespace OneWindow
