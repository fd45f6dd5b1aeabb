#pragma once

#include "common/Result.h"
#include "workflow/DepartmentInbox.h"

#include <QAbstractTableModel>

#include <functional>

namespace OneWindow {

// A department's inbox for a table view: soonest deadline first, due-soon and
// overdue marked, paused steps greyed; pages are pulled as the view scrolls
// (canFetchMore/fetchMore).
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        CaseNumber,
        Matter,
        Step,
        State,
        Holder,
        Applicant,
        ColumnCount
    };
    enum Role
    {
        CaseNumberRole = Qt::UserRole + 1,
        StepIdRole,
        UrgencyRole, // DepartmentInbox::Urgency as int
    };
    // One page from `offset`; the urgency of each item as of today.
    using Pager = std::function<Result<QList<InboxItem>>(int offset, int limit)>;
    using Judge = std::function<DepartmentInbox::Urgency(const SubCase &step)>;

    explicit InboxModel(QObject *parent = nullptr);

    // Loads the first page again.
    void reset(Pager pager, Judge judge, int pageSize = 50);
    void reload();
    const InboxItem &itemAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &caseNumber, qint64 stepId) const;
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Pager m_pager;
    Judge m_judge;
    int m_pageSize = 50;
    QList<InboxItem> m_items;
    QList<DepartmentInbox::Urgency> m_urgency;
    bool m_hasMore = false;
    bool m_fetching = false;
    Error m_error;
};

} // namespace OneWindow
