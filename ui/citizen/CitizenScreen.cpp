#include "citizen/CitizenScreen.h"

#include "common/Theme.h"
#include "identity/IdNumber.h"
#include "identity/NameMask.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace OneWindow {

namespace {

// How long the thanks stay before the screen greets the next citizen.
constexpr int kThanksMs = 6000;

// A button for a finger: no keyboard focus, so only a touch or a click presses it.
QPushButton *choice(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    Theme::setTextRole(b, Theme::TextRole::PublicChoice);
    return b;
}

} // namespace

CitizenScreen::CitizenScreen(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("citizenScreen"));
    setWindowTitle(tr("一窗通 · 市民屏"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    resize(1024, 768);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kMargin * 4, Theme::kMargin * 3, Theme::kMargin * 4,
                               Theme::kMargin * 3);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_welcome = page(QStringLiteral("citizenWelcomePage"), tr("欢迎办事"), tr("Welcome"));
    auto *hint = body(m_welcome, QStringLiteral("citizenWelcomeText"));
    setBody(hint, tr("请将身份证交给窗口工作人员，或出示电子身份码。"),
            tr("Please hand your ID card to the clerk or show your e-ID code."));

    m_identity =
        page(QStringLiteral("citizenIdentityPage"), tr("请核对您的身份"), tr("Is this you?"));
    m_identityText = body(m_identity, QStringLiteral("citizenIdentityText"));

    m_confirm = page(QStringLiteral("citizenConfirmPage"), tr("请核对办理内容"),
                     tr("Please check what will be done"));
    m_summaryText = body(m_confirm, QStringLiteral("citizenSummaryText"));
    auto *confirmRow = new QHBoxLayout;
    auto *yes =
        choice(m_confirm, QStringLiteral("citizenConfirmButton"), tr("确认无误\nThis is right"));
    auto *no = choice(m_confirm, QStringLiteral("citizenDeclineButton"),
                      tr("信息有误\nSomething is wrong"));
    confirmRow->addWidget(yes);
    confirmRow->addWidget(no);
    static_cast<QVBoxLayout *>(m_confirm->layout())->addLayout(confirmRow);
    connect(yes, &QPushButton::clicked, this, [this] {
        showWelcome();
        Q_EMIT confirmed();
    });
    connect(no, &QPushButton::clicked, this, [this] {
        showWelcome();
        Q_EMIT declined();
    });

    m_rating = page(QStringLiteral("citizenRatingPage"), tr("请您评价本次服务"),
                    tr("How was our service today?"));
    auto *levels = new QVBoxLayout;
    for (RatingLevel level : RatingLevels::all()) {
        const QString key = RatingLevels::key(level);
        auto *b = choice(m_rating, QStringLiteral("rate_") + key,
                         QStringLiteral("%1  %2\n%3")
                             .arg(QString(RatingLevels::stars(level), QChar(0x2605)),
                                  RatingLevels::label(level), RatingLevels::englishLabel(level)));
        levels->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, key] { choose(key); });
    }
    auto *skip =
        choice(m_rating, QStringLiteral("citizenSkipRatingButton"), tr("不评价\nNo, thank you"));
    levels->addWidget(skip);
    static_cast<QVBoxLayout *>(m_rating->layout())->addLayout(levels);
    connect(skip, &QPushButton::clicked, this, &CitizenScreen::showWelcome);

    m_reasons = page(QStringLiteral("citizenReasonsPage"), tr("哪里让您不满意？（可多选）"),
                     tr("What went wrong? (choose any)"));
    for (const QString &key : RatingLevels::reasonKeys()) {
        auto *box = new QCheckBox(RatingLevels::reasonLabel(key), m_reasons);
        box->setObjectName(QStringLiteral("reason_") + key);
        box->setFocusPolicy(Qt::NoFocus);
        Theme::setTextRole(box, Theme::TextRole::PublicChoice);
        box->setProperty("reason", key);
        m_reasonBoxes << box;
        m_reasons->layout()->addWidget(box);
    }
    auto *submit =
        choice(m_reasons, QStringLiteral("citizenSubmitRatingButton"), tr("提交评价\nSubmit"));
    m_reasons->layout()->addWidget(submit);
    connect(submit, &QPushButton::clicked, this, &CitizenScreen::submitReasons);

    m_thanks = page(QStringLiteral("citizenThanksPage"), tr("谢谢！"), tr("Thank you!"));
    m_thanksText = body(m_thanks, QStringLiteral("citizenThanksText"));

    m_backToWelcome = new QTimer(this);
    m_backToWelcome->setSingleShot(true);
    m_backToWelcome->setInterval(kThanksMs);
    connect(m_backToWelcome, &QTimer::timeout, this, &CitizenScreen::showWelcome);
    showWelcome();
}

QWidget *CitizenScreen::page(const QString &objectName, const QString &heading,
                             const QString &headingEn)
{
    auto *p = new QWidget(m_pages);
    p->setObjectName(objectName);
    auto *layout = new QVBoxLayout(p);
    layout->setSpacing(Theme::kGroupGap);
    auto *title = new QLabel(heading, p);
    title->setObjectName(objectName + QStringLiteral("Heading"));
    Theme::setTextRole(title, Theme::TextRole::PublicHeading);
    auto *second = new QLabel(headingEn, p);
    Theme::setTextRole(second, Theme::TextRole::PublicSecond);
    layout->addWidget(title);
    layout->addWidget(second);
    m_pages->addWidget(p);
    return p;
}

QLabel *CitizenScreen::body(QWidget *page, const QString &objectName)
{
    auto *label = new QLabel(page);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Theme::setTextRole(label, Theme::TextRole::PublicBody);
    auto *english = new QLabel(page);
    english->setObjectName(objectName + QStringLiteral("En"));
    english->setWordWrap(true);
    english->setTextFormat(Qt::PlainText);
    Theme::setTextRole(english, Theme::TextRole::PublicSecond);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->addWidget(label);
    layout->addWidget(english);
    layout->addStretch(1);
    return label;
}

void CitizenScreen::setBody(QLabel *label, const QString &text, const QString &english)
{
    label->setText(text);
    if (auto *en =
            label->parentWidget()->findChild<QLabel *>(label->objectName() + QStringLiteral("En")))
        en->setText(english);
}

CitizenScreen::Page CitizenScreen::page() const
{
    QWidget *current = m_pages->currentWidget();
    if (current == m_identity)
        return Page::Identity;
    if (current == m_confirm)
        return Page::Confirm;
    if (current == m_rating)
        return Page::Rating;
    if (current == m_reasons)
        return Page::Reasons;
    if (current == m_thanks)
        return Page::Thanks;
    return Page::Welcome;
}

void CitizenScreen::showWelcome()
{
    m_backToWelcome->stop();
    m_visitId = 0;
    m_pages->setCurrentWidget(m_welcome);
}

void CitizenScreen::showIdentity(const CardIdentity &card)
{
    m_backToWelcome->stop();
    m_visitId = 0;
    // Masked: the screen faces the hall, and the person behind the citizen reads it too.
    setBody(m_identityText,
            tr("姓名：%1\n证件号码：%2")
                .arg(NameMask::masked(card.name), IdNumber::masked(card.idNumber)),
            tr("Name and ID number, partly hidden. Tell the clerk if they are not yours."));
    m_pages->setCurrentWidget(m_identity);
}

void CitizenScreen::askConfirmation(const IntakeSummary &s)
{
    m_backToWelcome->stop();
    QStringList lines{tr("事项：%1").arg(s.matter)};
    QStringList english{tr("Matter: %1").arg(s.matterEn.isEmpty() ? s.matter : s.matterEn)};
    for (const IntakeSummary::Step &step : s.steps) {
        lines << tr("%1 · %2 — %3 前办结")
                     .arg(step.department, step.title,
                          step.promised.toString(QStringLiteral("yyyy-MM-dd")));
        english << tr("%1 — by %2")
                       .arg(step.titleEn.isEmpty() ? step.title : step.titleEn,
                            step.promised.toString(Qt::ISODate));
    }
    lines << tr("承诺办结日期：%1").arg(s.promised.toString(QStringLiteral("yyyy-MM-dd")));
    english << tr("Promised by %1").arg(s.promised.toString(Qt::ISODate));
    lines << tr("已收材料：%1").arg(s.materials.isEmpty() ? tr("无") : s.materials.join(tr("、")));
    english << tr("Materials handed in: %1")
                   .arg(s.materialsEn.isEmpty() ? tr("none")
                                                : s.materialsEn.join(QStringLiteral(", ")));
    const QString amount = QString::number(s.fees, 'f', 2);
    lines << (s.fees <= 0    ? tr("费用：不收费")
              : s.feesWaived ? tr("费用：%1 元（减免，待值班长复核）").arg(amount)
                             : tr("费用：%1 元").arg(amount));
    english << (s.fees <= 0    ? tr("Fees: none")
                : s.feesWaived ? tr("Fees: CNY %1, waived (to be reviewed)").arg(amount)
                               : tr("Fees: CNY %1").arg(amount));
    setBody(m_summaryText, lines.join(QLatin1Char('\n')), english.join(QLatin1Char('\n')));
    m_pages->setCurrentWidget(m_confirm);
}

void CitizenScreen::askRating(qint64 visitId)
{
    m_backToWelcome->stop();
    m_visitId = visitId;
    m_poorLevel.clear();
    for (QCheckBox *box : std::as_const(m_reasonBoxes))
        box->setChecked(false);
    m_pages->setCurrentWidget(m_rating);
}

void CitizenScreen::choose(const QString &level)
{
    const auto chosen = RatingLevels::fromKey(level);
    if (!chosen || m_visitId == 0)
        return;
    if (RatingLevels::isPoor(*chosen)) {
        // Reasons first; they are optional, and nothing is ticked for the citizen.
        m_poorLevel = level;
        m_pages->setCurrentWidget(m_reasons);
        return;
    }
    RatingInput input;
    input.level = level;
    Q_EMIT ratingChosen(m_visitId, input);
}

void CitizenScreen::submitReasons()
{
    if (m_poorLevel.isEmpty() || m_visitId == 0)
        return;
    RatingInput input;
    input.level = m_poorLevel;
    for (QCheckBox *box : std::as_const(m_reasonBoxes))
        if (box->isChecked())
            input.reasons << box->property("reason").toString();
    Q_EMIT ratingChosen(m_visitId, input);
}

void CitizenScreen::showThanks(bool ok)
{
    m_visitId = 0;
    if (ok)
        setBody(m_thanksText, tr("您的评价已记录，我们会认真改进。"),
                tr("Your rating has been recorded."));
    else
        setBody(m_thanksText, tr("评价未能保存，请告诉窗口工作人员。"),
                tr("Your rating could not be saved. Please tell the clerk."));
    m_pages->setCurrentWidget(m_thanks);
    m_backToWelcome->start();
}

} // namespace OneWindow
