#pragma once

#include "security/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace OneWindow {

// One page of the audit trail for a table view, newest first. ID numbers and
// mobile numbers inside the text are shown masked, as in every list.
class AuditEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Counter,
        Action,
        Subject,
        Detail,
        Id,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        ActionKeyRole,
        KeyedRole,
    };

    explicit AuditEventModel(QObject *parent = nullptr);

    void setEvents(const QList<AuditEvent> &events);
    const AuditEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace OneWindow
