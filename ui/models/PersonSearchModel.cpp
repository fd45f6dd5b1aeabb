#include "models/PersonSearchModel.h"

#include "identity/Sex.h"

namespace OneWindow {

PersonSearchModel::PersonSearchModel(Searcher searcher, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(std::move(searcher))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { setQuery(m_pendingQuery); });
}

void PersonSearchModel::scheduleQuery(const QString &text)
{
    m_pendingQuery = text;
    m_debounce.start();
}

void PersonSearchModel::setQuery(const QString &text)
{
    m_debounce.stop();
    m_query = text;
    auto page = m_search(text, m_pageSize, 0);
    // No paging from inside the reset: listeners of modelReset may ask for more.
    m_fetching = true;
    beginResetModel();
    m_hits.clear();
    m_hasMore = false;
    if (page) {
        m_hits = page.value().hits;
        m_hasMore = page.value().hasMore;
        m_lastError = {};
    } else {
        m_lastError = page.error();
    }
    endResetModel();
    m_fetching = false;
    // A query that cannot match is not a failure, just nothing to show.
    Q_EMIT searchFinished(page.ok() || page.error().code == QLatin1String("bad-query"));
}

bool PersonSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && !parent.isValid() && m_hasMore;
}

void PersonSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto page = m_search(m_query, m_pageSize, int(m_hits.size()));
    if (!page) {
        m_lastError = page.error();
        m_hasMore = false;
        m_fetching = false;
        Q_EMIT searchFinished(false);
        return;
    }
    const QList<PersonHit> &more = page.value().hits;
    m_hasMore = page.value().hasMore && !more.isEmpty();
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + more.size() - 1));
        m_hits += more;
        endInsertRows();
    }
    m_fetching = false;
    Q_EMIT searchFinished(true);
}

int PersonSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int PersonSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const PersonHit &h = m_hits.at(index.row());
    switch (role) {
    case PersonIdRole:
        return h.personId;
    case IdNumberRole:
        return h.idNumber;
    case MatchedByRole:
        return h.matchedBy;
    case CaseNumberRole:
        return h.caseNumber;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return h.name;
        case IdNumber:
            return h.idNumber;
        case Sex:
            return h.sex == Sex::Male ? tr("男") : h.sex == Sex::Female ? tr("女") : QString();
        case Birth:
            return h.birth.toString(Qt::ISODate);
        case Phone:
            return h.phone;
        case MatchedBy:
            if (h.matchedBy == QLatin1String("id-number"))
                return tr("身份证号");
            if (h.matchedBy == QLatin1String("phone"))
                return tr("手机号");
            if (h.matchedBy == QLatin1String("initials"))
                return tr("姓名拼音首字母");
            if (h.matchedBy == QLatin1String("case-number"))
                return tr("办件编号 %1").arg(h.caseNumber);
            return tr("姓名");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("姓名");
    case IdNumber:
        return tr("身份证号");
    case Sex:
        return tr("性别");
    case Birth:
        return tr("出生日期");
    case Phone:
        return tr("手机号");
    case MatchedBy:
        return tr("匹配");
    }
    return {};
}

} // namespace OneWindow
