#pragma once

#include "review/ReviewItem.h"

#include <QAbstractTableModel>

namespace OneWindow {

// The review queue for a table view: oldest first, what, about which case or
// person, who did it, what they said, and how it was decided.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Created,
        Kind,
        Subject,
        Maker,
        Detail,
        State,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        KindRole,
        SubjectRole,
    };

    explicit ReviewModel(QObject *parent = nullptr);

    void setItems(const QList<ReviewItem> &items);
    const ReviewItem &itemAt(int row) const { return m_items.at(row); }
    int rowOf(qint64 itemId) const;
    // The words for a kind key ("manual-identity" -> 手工录入身份).
    static QString kindText(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReviewItem> m_items;
};

} // namespace OneWindow
