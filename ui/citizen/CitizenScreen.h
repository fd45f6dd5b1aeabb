#pragma once

#include "identity/CardIdentity.h"
#include "intake/IntakeSummary.h"
#include "ratings/Rating.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace OneWindow {

// The screen turned towards the citizen at the counter: large type, Chinese with
// English below. It shows who the counter has identified (masked), asks the
// citizen to confirm the intake before it is accepted, and asks for a rating
// (好差评) when the visit ends. It takes touches and clicks only: it never takes
// the keyboard's focus and its buttons take none, so the clerk's keyboard can
// neither confirm nor rate for the citizen. Nothing is preselected, and the
// citizen may decline to rate.
class CitizenScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Welcome,
        Identity,
        Confirm,
        Rating,
        Reasons,
        Thanks,
    };

    explicit CitizenScreen(QWidget *parent = nullptr);

    Page page() const;
    // The visit the rating pages ask about (0 when none).
    qint64 ratingVisit() const { return m_visitId; }

    void showWelcome();
    void showIdentity(const CardIdentity &card);
    void askConfirmation(const IntakeSummary &summary);
    void askRating(qint64 visitId);
    // After the rating was stored (`ok`) or could not be.
    void showThanks(bool ok);

Q_SIGNALS:
    void confirmed();
    void declined();
    // The citizen's own choice; the counter hands it to RatingService.
    void ratingChosen(qint64 visitId, const OneWindow::RatingInput &input);

private:
    QWidget *page(const QString &objectName, const QString &heading, const QString &headingEn);
    // A text in Chinese with its English line below: `objectName` and `objectName`+"En".
    QLabel *body(QWidget *page, const QString &objectName);
    static void setBody(QLabel *label, const QString &text, const QString &english);
    void choose(const QString &level);
    void submitReasons();

    QStackedWidget *m_pages;
    QWidget *m_welcome;
    QWidget *m_identity;
    QWidget *m_confirm;
    QWidget *m_rating;
    QWidget *m_reasons;
    QWidget *m_thanks;
    QLabel *m_identityText;
    QLabel *m_summaryText;
    QLabel *m_thanksText;
    QList<QCheckBox *> m_reasonBoxes;
    QTimer *m_backToWelcome;
    qint64 m_visitId = 0;
    QString m_poorLevel;
};

} // namespace OneWindow
