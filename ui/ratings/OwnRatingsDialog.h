#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OwnRatingsDialog;
}

namespace OneWindow {

class Clock;
class RatingService;

// How the signed-in member of staff was rated (好差评), today and this month:
// a count per level and the satisfaction rate, never who rated or on which
// visit (RatingService::ownFigures gives nothing more).
class OwnRatingsDialog : public QDialog
{
    Q_OBJECT

public:
    OwnRatingsDialog(RatingService &ratings, const Clock &clock, const Session &session,
                     QWidget *parent = nullptr);
    ~OwnRatingsDialog() override;

private:
    std::unique_ptr<Ui::OwnRatingsDialog> m_ui;
};

} // namespace OneWindow
