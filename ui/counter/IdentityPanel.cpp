#include "counter/IdentityPanel.h"

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
    auto *title = new QLabel(tr("证件信息"), this);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    layout->addWidget(title);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_photo = new QLabel(tr("照片不可用"), this);
    m_photo->setObjectName(QStringLiteral("identityPhoto"));
    m_photo->setFixedSize(102, 126);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::Box);
    m_photo->setWordWrap(true);
    m_photo->setToolTip(tr("身份证照片为加密格式，需要配置厂商解码插件才能显示"));
    layout->addWidget(m_photo, 0, Qt::AlignHCenter);

    auto *form = new QFormLayout;
    m_name = addRow(form, tr("姓名"), QStringLiteral("identityName"));
    m_sex = addRow(form, tr("性别"), QStringLiteral("identitySex"));
    m_ethnicity = addRow(form, tr("民族"), QStringLiteral("identityEthnicity"));
    m_birth = addRow(form, tr("出生"), QStringLiteral("identityBirth"));
    m_address = addRow(form, tr("住址"), QStringLiteral("identityAddress"));
    m_idNumber = addRow(form, tr("公民身份号码"), QStringLiteral("identityIdNumber"));
    m_authority = addRow(form, tr("签发机关"), QStringLiteral("identityAuthority"));
    m_validity = addRow(form, tr("有效期限"), QStringLiteral("identityValidity"));
    layout->addLayout(form);

    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("identityFlags"));
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    layout->addWidget(m_flags);
    layout->addStretch();
    clear();
}

QLabel *IdentityPanel::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void IdentityPanel::clear()
{
    for (QLabel *l : {m_name, m_sex, m_ethnicity, m_birth, m_address, m_idNumber, m_authority,
                      m_validity, m_flags})
        l->clear();
    m_status->setText(tr("请将身份证放在读卡器上，按 F2 读卡"));
}

void IdentityPanel::showCard(const CardIdentity &card, const QList<CardFlag> &flags)
{
    m_status->setStyleSheet(QString());
    m_status->setText(flags.isEmpty() ? tr("读卡成功") : tr("读卡成功，但证件有问题："));
    m_name->setText(card.nameEn.isEmpty() ? card.name
                                          : card.name + QLatin1Char('\n') + card.nameEn);
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
    QStringList lines;
    for (const CardFlag &f : flags)
        lines << QStringLiteral("⚠ ") + UserMessages::cardFlag(f);
    m_flags->setText(lines.join(QLatin1Char('\n')));
}

void IdentityPanel::showFailure(const QString &message)
{
    clear();
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
}

} // namespace OneWindow
