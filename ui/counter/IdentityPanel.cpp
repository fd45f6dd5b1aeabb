#include "counter/IdentityPanel.h"

#include "common/Theme.h"
#include "common/UserMessages.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace OneWindow {

IdentityPanel::IdentityPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("identityPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kMargin, Theme::kMargin, Theme::kMargin, Theme::kMargin);
    layout->setSpacing(Theme::kGap);
    auto *title = new QLabel(tr("证件信息"), this);
    Theme::setTextRole(title, Theme::TextRole::Section);
    layout->addWidget(title);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The name and any problem first: what the clerk must see from the chair.
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTextRole(m_name, Theme::TextRole::Name);
    layout->addWidget(m_name);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("identityFlags"));
    m_flags->setWordWrap(true);
    Theme::setTextRole(m_flags, Theme::TextRole::Banner);
    Theme::setTone(m_flags, Theme::Tone::Problem);
    layout->addWidget(m_flags);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("identityDetails"));
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(Theme::kGap);
    auto *details = new QHBoxLayout;
    details->setSpacing(Theme::kGroupGap);
    m_photo = new QLabel(tr("照片不可用"), m_details);
    m_photo->setObjectName(QStringLiteral("identityPhoto"));
    m_photo->setFixedSize(84, 104);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::Box);
    m_photo->setWordWrap(true);
    m_photo->setToolTip(tr("身份证照片为加密格式，需要配置厂商解码插件才能显示"));
    Theme::setTone(m_photo, Theme::Tone::Muted);
    details->addWidget(m_photo, 0, Qt::AlignTop);
    auto *brief = new QFormLayout;
    brief->setSpacing(Theme::kGap / 2);
    m_sex = addRow(brief, tr("性别"), QStringLiteral("identitySex"));
    m_ethnicity = addRow(brief, tr("民族"), QStringLiteral("identityEthnicity"));
    m_birth = addRow(brief, tr("出生"), QStringLiteral("identityBirth"));
    details->addLayout(brief, 1);
    detailsLayout->addLayout(details);

    auto *form = new QFormLayout;
    form->setSpacing(Theme::kGap / 2);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_idNumber = addRow(form, tr("公民身份号码"), QStringLiteral("identityIdNumber"));
    m_address = addRow(form, tr("住址"), QStringLiteral("identityAddress"));
    m_authority = addRow(form, tr("签发机关"), QStringLiteral("identityAuthority"));
    m_validity = addRow(form, tr("有效期限"), QStringLiteral("identityValidity"));
    detailsLayout->addLayout(form);
    layout->addWidget(m_details);
    layout->addStretch();
    clear();
}

QLabel *IdentityPanel::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_details);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, m_details);
    Theme::setTone(caption, Theme::Tone::Muted);
    form->addRow(caption, value);
    return value;
}

void IdentityPanel::clear()
{
    for (QLabel *l : {m_name, m_sex, m_ethnicity, m_birth, m_address, m_idNumber, m_authority,
                      m_validity, m_flags})
        l->clear();
    m_flags->hide();
    m_details->hide();
    m_status->setText(tr("请将身份证放在读卡器上，按 F2 读卡"));
    Theme::setTone(m_status, Theme::Tone::Muted);
}

void IdentityPanel::showCard(const CardIdentity &card, const QList<CardFlag> &flags,
                             const QString &sourceKey)
{
    m_status->setText(UserMessages::identified(sourceKey, !flags.isEmpty()));
    Theme::setTone(m_status, flags.isEmpty()                      ? Theme::Tone::Success
                             : sourceKey == QLatin1String("card") ? Theme::Tone::Problem
                                                                  : Theme::Tone::Notice);
    m_name->setText(card.nameEn.isEmpty() ? card.name
                                          : card.name + QLatin1Char('\n') + card.nameEn);
    QStringList lines;
    for (const CardFlag &f : flags)
        lines << QStringLiteral("⚠ ") + UserMessages::cardFlag(f);
    if (!lines.isEmpty())
        lines << UserMessages::reviewNote();
    m_flags->setText(lines.join(QLatin1Char('\n')));
    m_flags->setVisible(!lines.isEmpty());
    m_details->show();
    m_sex->setText(UserMessages::sex(card.sex));
    m_ethnicity->setText(card.ethnicityCode.isEmpty() ? card.nationality
                                                      : ethnicityName(card.ethnicityCode));
    m_birth->setText(card.birth.toString(QStringLiteral("yyyy-MM-dd")));
    m_address->setText(card.address);
    m_idNumber->setText(card.idNumber);
    m_authority->setText(card.authority);
    if (card.kind == CardIdentity::Kind::Manual)
        m_validity->setText(tr("无证件信息（手工录入或电子身份码）"));
    else
        m_validity->setText(QStringLiteral("%1 — %2").arg(
            card.validFrom.toString(QStringLiteral("yyyy.MM.dd")),
            card.longTerm ? tr("长期") : card.validUntil.toString(QStringLiteral("yyyy.MM.dd"))));
}

void IdentityPanel::showFailure(const QString &message)
{
    clear();
    m_status->setText(message);
    Theme::setTone(m_status, Theme::Tone::Problem);
}

} // namespace OneWindow
