#include "common/ListAndDetail.h"

#include <QHeaderView>
#include <QTableView>

namespace OneWindow {

namespace {

constexpr int kListPercent = 40;

} // namespace

ListAndDetail::ListAndDetail(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_list(new QTableView(this))
{
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    setChildrenCollapsible(false);
}

void ListAndDetail::setDetail(QWidget *detail)
{
    addWidget(detail);
    setStretchFactor(0, kListPercent);
    setStretchFactor(1, 100 - kListPercent);
}

void ListAndDetail::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    // Once, when the width is known; afterwards the clerk's dragging stands.
    if (m_sized || count() < 2 || width() <= 0)
        return;
    m_sized = true;
    const int listWidth = width() * kListPercent / 100;
    setSizes({listWidth, width() - listWidth});
}

} // namespace OneWindow
