#include "review/FollowUpsDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "ratings/RatingService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OneWindow {

FollowUpsDialog::FollowUpsDialog(RatingService &ratings, const Session &session, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ratings(ratings)
    , m_session(session)
    , m_today(today)
{
    setObjectName(QStringLiteral("followUpsDialog"));
    setWindowTitle(tr("差评整改"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);
    m_showClosed = new QCheckBox(tr("包括已办结"), this);
    m_showClosed->setObjectName(QStringLiteral("followUpsShowClosed"));
    layout->addWidget(m_showClosed);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("评价"), tr("办件编号"), tr("窗口"), tr("整改期限"), tr("状态"), tr("整改情况")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_calledBack = new QCheckBox(tr("已电话回访市民"), this);
    m_calledBack->setObjectName(QStringLiteral("followUpCalledBack"));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("followUpAction"));
    m_action->setPlaceholderText(tr("整改措施和结果（必填）"));
    m_close = new QPushButton(Theme::icon(QStringLiteral("check")), tr("办结整改"), this);
    m_close->setObjectName(QStringLiteral("followUpCloseButton"));
    form->addRow(QString(), m_calledBack);
    form->addRow(tr("整改情况"), m_action);
    form->addRow(QString(), m_close);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("followUpMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showClosed, &QCheckBox::toggled, this, &FollowUpsDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &FollowUpsDialog::closeSelected);
    connect(m_action, &QLineEdit::returnPressed, this, &FollowUpsDialog::closeSelected);
    reload();
}

void FollowUpsDialog::reload()
{
    auto listed = m_ratings.followUps(!m_showClosed->isChecked(), m_session);
    m_table->setRowCount(0);
    if (!listed) {
        m_message->setText(UserMessages::error(listed.error()));
        Theme::setTone(m_message, Theme::Tone::Problem);
        return;
    }
    m_followUps = listed.value();
    m_table->setRowCount(int(m_followUps.size()));
    for (int row = 0; row < m_followUps.size(); ++row) {
        const FollowUp &f = m_followUps.at(row);
        const QString state = !f.isOpen()            ? tr("已办结")
                              : f.isOverdue(m_today) ? tr("已逾期")
                                                     : tr("整改中");
        const QStringList cells{RatingLevels::label(f.level),
                                f.caseNumber.isEmpty() ? tr("（未受理）") : f.caseNumber,
                                f.counterCode,
                                f.dueOn.toString(QStringLiteral("yyyy-MM-dd")),
                                state,
                                f.action};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (f.isOverdue(m_today)) {
                item->setForeground(Theme::color(Theme::Tone::Problem));
                item->setBackground(Theme::background(Theme::Tone::Problem));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_followUps.isEmpty())
        m_table->selectRow(0);
    m_message->setText(m_followUps.isEmpty() ? tr("没有待整改的差评。") : QString());
    Theme::setTone(m_message, Theme::Tone::Muted);
}

void FollowUpsDialog::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_followUps.size())
        return;
    const FollowUp &f = m_followUps.at(row);
    const Status closed =
        m_ratings.closeFollowUp(f.id, m_calledBack->isChecked(), m_action->text(), m_session);
    if (!closed) {
        m_message->setText(closed.error().code == QLatin1String("action-required")
                               ? tr("请填写整改措施和结果。")
                               : UserMessages::error(closed.error()));
        Theme::setTone(m_message, Theme::Tone::Problem);
        return;
    }
    m_action->clear();
    m_calledBack->setChecked(false);
    reload();
    m_message->setText(tr("整改已办结。"));
    Theme::setTone(m_message, Theme::Tone::Success);
}

} // namespace OneWindow
