#include "models/CaseListModel.h"

#include "UserMessages.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace OneWindow {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(const QList<CaseRecord> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const CaseRecord &c = m_cases.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return c.caseNumber;
        case Matter:
            return c.title;
        case Accepted:
            return c.acceptedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        case State:
            return UserMessages::caseState(c.state);
        case Departments: {
            QStringList parts;
            for (const SubCase &s : c.subCases)
                parts << QStringLiteral("%1 %2").arg(s.department, UserMessages::subCaseState(s.state));
            return parts.join(QStringLiteral("；"));
        }
        case Deadline:
            return c.deadline.toString(Qt::ISODate);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Departments) {
        QStringList lines;
        for (const SubCase &s : c.subCases)
            lines << QStringLiteral("%1 · %2 · %3 · %4")
                         .arg(s.department, s.title, UserMessages::subCaseState(s.state),
                              s.deadline.toString(Qt::ISODate));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == Deadline && c.isOpen()
        && c.deadline.isValid() && c.deadline < QDate::currentDate())
        return QBrush(QColor(0xb0, 0x00, 0x20)); // overdue
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("办件编号");
    case Matter:
        return tr("事项");
    case Accepted:
        return tr("受理日期");
    case State:
        return tr("状态");
    case Departments:
        return tr("各部门进度");
    case Deadline:
        return tr("办结时限");
    }
    return {};
}

} // namespace OneWindow
