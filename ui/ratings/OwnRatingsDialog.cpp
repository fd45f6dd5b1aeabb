#include "ratings/OwnRatingsDialog.h"

#include "common/Clock.h"
#include "common/UserMessages.h"
#include "ratings/RatingLevel.h"
#include "ratings/RatingService.h"
#include "reports/HallFiguresText.h"
#include "ui_OwnRatingsDialog.h"

#include <QHeaderView>

namespace OneWindow {

OwnRatingsDialog::OwnRatingsDialog(RatingService &ratings, const Clock &clock,
                                   const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OwnRatingsDialog>())
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->ownRatingsTable;
    const QList<RatingLevel> levels = RatingLevels::all();
    table->setColumnCount(2);
    table->setRowCount(int(levels.size()) + 2);
    table->setHorizontalHeaderLabels({tr("今天"), tr("本月")});
    QStringList rows;
    for (RatingLevel level : levels)
        rows << RatingLevels::label(level);
    rows << tr("合计") << tr("满意率");
    table->setVerticalHeaderLabels(rows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    const QDate today = clock.today();
    const QList<QDate> firsts = {today, QDate(today.year(), today.month(), 1)};
    QStringList problems;
    for (int column = 0; column < firsts.size(); ++column) {
        auto counts = ratings.ownFigures(firsts.at(column), today, session);
        if (!counts) {
            problems << UserMessages::error(counts.error());
            continue;
        }
        int total = 0;
        int satisfied = 0;
        for (int row = 0; row < levels.size(); ++row) {
            const int n = counts->value(RatingLevels::key(levels.at(row)));
            total += n;
            if (!RatingLevels::isPoor(levels.at(row)))
                satisfied += n;
            table->setItem(row, column, new QTableWidgetItem(QString::number(n)));
        }
        table->setItem(int(levels.size()), column, new QTableWidgetItem(QString::number(total)));
        table->setItem(int(levels.size()) + 1, column,
                       new QTableWidgetItem(HallFiguresText::rate(satisfied, total)));
    }
    problems.removeDuplicates();
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
}

OwnRatingsDialog::~OwnRatingsDialog() = default;

} // namespace OneWindow
