#pragma once

#include "ratings/FollowUp.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OneWindow {

class RatingService;

// 差评整改 for a supervisor: the follow-ups poor ratings opened, due dates first,
// overdue ones marked; call the citizen back, say what was done, close it.
// The list names the case, the counter and the level, never the citizen.
class FollowUpsDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpsDialog(RatingService &ratings, const Session &session, const QDate &today,
                    QWidget *parent = nullptr);

    void reload();

private:
    void closeSelected();

    RatingService &m_ratings;
    Session m_session;
    QDate m_today;
    QList<FollowUp> m_followUps;
    QCheckBox *m_showClosed;
    QTableWidget *m_table;
    QCheckBox *m_calledBack;
    QLineEdit *m_action;
    QPushButton *m_close;
    QLabel *m_message;
};

} // namespace OneWindow
