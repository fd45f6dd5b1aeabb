#include "models/InboxModel.h"

#include "common/CaseStateText.h"
#include "common/Theme.h"

#include <QBrush>

namespace OneWindow {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InboxModel::reset(Pager pager, Judge judge, int pageSize)
{
    m_pager = std::move(pager);
    m_judge = std::move(judge);
    m_pageSize = qMax(1, pageSize);
    reload();
}

void InboxModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_items.clear();
    m_urgency.clear();
    m_hasMore = false;
    m_error = {};
    if (m_pager) {
        auto page = m_pager(0, m_pageSize);
        if (page) {
            m_items = page.value();
            m_hasMore = m_items.size() == m_pageSize;
            for (const InboxItem &item : std::as_const(m_items))
                m_urgency << m_judge(item.step);
        } else {
            m_error = page.error();
        }
    }
    endResetModel();
    m_fetching = false;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto page = m_pager(int(m_items.size()), m_pageSize);
    if (!page) {
        m_error = page.error();
        m_hasMore = false;
    } else if (!page.value().isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(page.value().size()) - 1);
        for (const InboxItem &item : page.value()) {
            m_items << item;
            m_urgency << m_judge(item.step);
        }
        endInsertRows();
        m_hasMore = page.value().size() == m_pageSize;
    } else {
        m_hasMore = false;
    }
    m_fetching = false;
}

int InboxModel::rowOf(const QString &caseNumber, qint64 stepId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).caseNumber == caseNumber && m_items.at(i).step.id == stepId)
            return i;
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InboxItem &item = m_items.at(index.row());
    const DepartmentInbox::Urgency urgency = m_urgency.at(index.row());
    switch (role) {
    case CaseNumberRole:
        return item.caseNumber;
    case StepIdRole:
        return item.step.id;
    case UrgencyRole:
        return int(urgency);
    case Qt::BackgroundRole:
        if (urgency == DepartmentInbox::Urgency::Overdue)
            return QBrush(Theme::background(Theme::Tone::Problem));
        if (urgency == DepartmentInbox::Urgency::DueSoon)
            return QBrush(Theme::background(Theme::Tone::Notice));
        return {};
    case Qt::ForegroundRole:
        // A decision waiting for the supervisor, or sent back by them: worth reading.
        if (index.column() == State &&
            (CaseStates::isPendingDecision(item.step.state) || !item.sentBackComment.isEmpty()))
            return QBrush(Theme::color(Theme::Tone::Notice));
        if (urgency == DepartmentInbox::Urgency::Paused || item.step.state == StepState::Waiting)
            return QBrush(Theme::color(Theme::Tone::Muted));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && !item.sentBackComment.isEmpty())
            return tr("值班长 %1 退回：%2").arg(item.sentBackBy, item.sentBackComment);
        if (index.column() == State && CaseStates::isPendingDecision(item.step.state))
            return tr("已报值班长确认，确认前不能办理");
        if (urgency == DepartmentInbox::Urgency::Overdue)
            return tr("已超期");
        if (urgency == DepartmentInbox::Urgency::DueSoon)
            return tr("2 个工作日内到期");
        if (urgency == DepartmentInbox::Urgency::Paused)
            return tr("暂停计时");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: {
            const QString due = item.step.deadline.toString(QStringLiteral("yyyy-MM-dd"));
            if (urgency == DepartmentInbox::Urgency::Overdue)
                return tr("%1（超期）").arg(due);
            if (urgency == DepartmentInbox::Urgency::DueSoon)
                return tr("%1（将到期）").arg(due);
            return due;
        }
        case CaseNumber:
            return item.caseNumber;
        case Matter:
            return item.caseTitle;
        case Step:
            return item.step.department + QStringLiteral(" · ") + item.step.title;
        case State:
            if (!item.sentBackComment.isEmpty())
                return tr("%1（值班长退回：%2）")
                    .arg(CaseStateText::text(item.step.state), item.sentBackComment);
            return CaseStateText::text(item.step.state);
        case Holder:
            return item.step.holder;
        case Applicant:
            return item.applicantName;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("承诺期限");
    case CaseNumber:
        return tr("办件编号");
    case Matter:
        return tr("事项");
    case Step:
        return tr("环节");
    case State:
        return tr("状态");
    case Holder:
        return tr("经办人");
    case Applicant:
        return tr("申请人");
    }
    return {};
}

} // namespace OneWindow
