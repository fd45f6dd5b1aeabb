#pragma once

#include <QSplitter>

class QTableView;

namespace OneWindow {

// A workspace's list of records on the left and the open record beside it, as
// the inbox and the review queue have. The list gets 40 % of the width when
// first shown: left to their size hints, the case beside it took
// all but a sliver at 1366 px and the case numbers in the list were cut.
class ListAndDetail : public QSplitter
{
    Q_OBJECT

public:
    explicit ListAndDetail(QWidget *parent = nullptr);

    // The list: whole rows selected one at a time, read-only, no row numbers,
    // columns as wide as their contents.
    QTableView *list() const { return m_list; }
    void setDetail(QWidget *detail);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableView *m_list = nullptr;
    bool m_sized = false;
};

} // namespace OneWindow
