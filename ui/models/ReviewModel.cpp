#include "models/ReviewModel.h"

namespace OneWindow {

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ReviewModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("manual-identity"))
        return tr("手工录入身份");
    if (kind == QLatin1String("e-id-only"))
        return tr("仅凭电子证照码核验身份");
    if (kind == QLatin1String("unverified-identity"))
        return tr("身份未经窗口核验（非窗口受理）");
    if (kind == QLatin1String("card-problem"))
        return tr("证件有问题仍受理");
    if (kind == QLatin1String("override"))
        return tr("校验提示被确认越过");
    if (kind == QLatin1String("fee-waiver"))
        return tr("减免收费");
    if (kind == QLatin1String("refusal"))
        return tr("不予许可");
    if (kind == QLatin1String("file-returned"))
        return tr("退件");
    if (kind == QLatin1String("non-acceptance"))
        return tr("不予受理");
    if (kind == QLatin1String("reopen"))
        return tr("重新办理");
    if (kind == QLatin1String("overdue-commitment"))
        return tr("容缺承诺逾期");
    if (kind == QLatin1String("overdue-follow-up"))
        return tr("差评整改逾期");
    if (kind == QLatin1String("purpose-opening"))
        return tr("说明事由查阅档案");
    if (kind == QLatin1String("sample"))
        return tr("随机抽查");
    return kind;
}

void ReviewModel::setItems(const QList<ReviewItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ReviewModel::rowOf(qint64 itemId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return i;
    return -1;
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case SubjectRole:
        return item.subject;
    case Qt::ToolTipRole:
        return index.column() == Detail ? item.detail : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Created:
            return item.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Kind:
            return kindText(item.kind);
        case Subject:
            return item.subject;
        case Maker:
            return item.makerName;
        case Detail:
            return item.detail;
        case State:
            switch (item.state) {
            case ReviewItem::State::Open:
                return tr("待复核");
            case ReviewItem::State::Approved:
                return tr("已通过（%1）").arg(item.reviewerName);
            case ReviewItem::State::Returned:
                return tr("已退回（%1）").arg(item.reviewerName);
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("时间");
    case Kind:
        return tr("类别");
    case Subject:
        return tr("办件/档案");
    case Maker:
        return tr("经办人");
    case Detail:
        return tr("说明");
    case State:
        return tr("复核");
    }
    return {};
}

} // namespace OneWindow
