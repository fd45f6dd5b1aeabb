#include "models/AuditEventModel.h"

#include "common/AuditActionText.h"
#include "common/Theme.h"
#include "identity/SensitiveNumbers.h"

#include <QBrush>
#include <QDateTime>

namespace OneWindow {

AuditEventModel::AuditEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditEventModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &e = m_events.at(index.row());
    switch (role) {
    case EventIdRole:
        return e.id;
    case ActionKeyRole:
        return e.action;
    case KeyedRole:
        return e.keyed;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return e.at;
        if (index.column() == Action)
            return e.action;
        if (index.column() == Detail)
            return SensitiveNumbers::masked(e.detail);
        if (index.column() == Id)
            return e.keyed ? tr("带密钥校验码（MAC）") : tr("密封前的旧事件：只由哈希链校验");
        return {};
    case Qt::ForegroundRole:
        if (e.action == QLatin1String("refused") || e.action == QLatin1String("sign-in-failed"))
            return QBrush(Theme::color(Theme::Tone::Problem));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            const QDateTime t = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : e.at;
        }
        case User:
            return SensitiveNumbers::masked(e.user);
        case Counter:
            return e.counter;
        case Action:
            return AuditActionText::text(e.action);
        case Subject:
            return SensitiveNumbers::masked(e.subject);
        case Detail:
            return SensitiveNumbers::masked(e.detail);
        case Id:
            return e.id;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("时间");
    case User:
        return tr("用户");
    case Counter:
        return tr("窗口");
    case Action:
        return tr("操作");
    case Subject:
        return tr("对象");
    case Detail:
        return tr("详情");
    case Id:
        return tr("序号");
    }
    return {};
}

} // namespace OneWindow
