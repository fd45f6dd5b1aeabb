#pragma once

#include "casefile/CaseRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace OneWindow {

// Cases of one person for the case-file tables: number, matter, accepted,
// state, each department's progress, deadline.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Matter, Accepted, State, Departments, Deadline, ColumnCount };

    explicit CaseListModel(QObject *parent = nullptr);

    void setCases(const QList<CaseRecord> &cases);
    const CaseRecord &caseAt(int row) const { return m_cases.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CaseRecord> m_cases;
};

} // namespace OneWindow
