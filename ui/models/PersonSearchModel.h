#pragma once

#include "casefile/PersonSearch.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <functional>

namespace OneWindow {

// Search results as the clerk types: by ID-number or phone prefix, case
// number, pinyin initials ("zs") or the start of a name. One page at a time;
// views that scroll to the end pull the next page (canFetchMore/fetchMore).
//
// Wire a QLineEdit's textChanged to scheduleQuery() (debounced, so a fast
// typist causes one query, not one per key) or call setQuery() directly.
// PersonIdRole on any column gives the id for CaseFileService::openPerson().
class PersonSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        IdNumber,
        Sex,
        Birth,
        Phone,
        MatchedBy,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        IdNumberRole,
        MatchedByRole,
        CaseNumberRole
    };

    // Runs one query for one page: the counter passes the case-file service with
    // the signed-in session, a benchmark PersonSearch directly.
    using Searcher =
        std::function<Result<PersonSearchPage>(const QString &query, int limit, int offset)>;

    explicit PersonSearchModel(Searcher searcher, QObject *parent = nullptr);

    // Runs the query now and shows its first page. Text that cannot match
    // (blank, symbols) empties the list with lastError() "bad-query".
    void setQuery(const QString &text);
    // Runs the query after the debounce interval, restarting it on every call.
    void scheduleQuery(const QString &text);
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    QString query() const { return m_query; }
    const Error &lastError() const { return m_lastError; }
    const PersonHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After every query or page: ok false with lastError() set on a storage failure.
    void searchFinished(bool ok);

private:
    Searcher m_search;
    QString m_query;
    QString m_pendingQuery;
    QList<PersonHit> m_hits;
    bool m_hasMore = false;
    int m_pageSize = 20;
    Error m_lastError;
    QTimer m_debounce;
    bool m_fetching = false; // views and testers may ask again from inside fetchMore
};

} // namespace OneWindow
