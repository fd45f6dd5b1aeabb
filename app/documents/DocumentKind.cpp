#include "documents/DocumentKind.h"

namespace OneWindow {

QString DocumentKinds::key(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acceptance:
        return QStringLiteral("acceptance");
    case DocumentKind::Notification:
        return QStringLiteral("notification");
    case DocumentKind::NonAcceptance:
        return QStringLiteral("non-acceptance");
    case DocumentKind::Supplement:
        return QStringLiteral("supplement");
    case DocumentKind::Tolerance:
        return QStringLiteral("tolerance");
    case DocumentKind::Special:
        return QStringLiteral("special");
    case DocumentKind::Refusal:
        return QStringLiteral("refusal");
    case DocumentKind::Completion:
        return QStringLiteral("completion");
    case DocumentKind::Handover:
        return QStringLiteral("handover");
    case DocumentKind::Materials:
        return QStringLiteral("materials");
    }
    return {};
}

std::optional<DocumentKind> DocumentKinds::fromKey(const QString &key)
{
    for (DocumentKind k : all())
        if (DocumentKinds::key(k) == key)
            return k;
    return std::nullopt;
}

QList<DocumentKind> DocumentKinds::all()
{
    return {DocumentKind::Acceptance, DocumentKind::Notification, DocumentKind::NonAcceptance,
            DocumentKind::Supplement, DocumentKind::Tolerance,    DocumentKind::Special,
            DocumentKind::Refusal,    DocumentKind::Completion,   DocumentKind::Handover,
            DocumentKind::Materials};
}

QString DocumentKinds::title(DocumentKind kind, bool english)
{
    if (english) {
        switch (kind) {
        case DocumentKind::Acceptance:
            return QStringLiteral("Acknowledgement of Receipt");
        case DocumentKind::Notification:
            return QStringLiteral("One-Time Notice of Missing Materials");
        case DocumentKind::NonAcceptance:
            return QStringLiteral("Notice of Non-Acceptance");
        case DocumentKind::Supplement:
            return QStringLiteral("Notice to Supplement Materials");
        case DocumentKind::Tolerance:
            return QStringLiteral("Notice of Acceptance Pending Materials");
        case DocumentKind::Special:
            return QStringLiteral("Notice of Special Procedure");
        case DocumentKind::Refusal:
            return QStringLiteral("Decision Not to Grant the Licence");
        case DocumentKind::Completion:
            return QStringLiteral("Notice of Completion");
        case DocumentKind::Handover:
            return QStringLiteral("Receipt of Delivery");
        case DocumentKind::Materials:
            return QStringLiteral("List of Materials Received");
        }
    }
    switch (kind) {
    case DocumentKind::Acceptance:
        return QStringLiteral("受理回执");
    case DocumentKind::Notification:
        return QStringLiteral("一次性告知书");
    case DocumentKind::NonAcceptance:
        return QStringLiteral("不予受理通知书");
    case DocumentKind::Supplement:
        return QStringLiteral("补齐补正通知书");
    case DocumentKind::Tolerance:
        return QStringLiteral("容缺受理通知书");
    case DocumentKind::Special:
        return QStringLiteral("特别程序告知书");
    case DocumentKind::Refusal:
        return QStringLiteral("不予许可决定书");
    case DocumentKind::Completion:
        return QStringLiteral("办结通知");
    case DocumentKind::Handover:
        return QStringLiteral("送达回执");
    case DocumentKind::Materials:
        return QStringLiteral("材料接收清单");
    }
    return {};
}

bool DocumentKinds::belongsToCase(DocumentKind kind)
{
    return kind != DocumentKind::Notification && kind != DocumentKind::NonAcceptance;
}

QChar DocumentKinds::letter(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acceptance:
        return QLatin1Char('R');
    case DocumentKind::Notification:
        return QLatin1Char('G');
    case DocumentKind::NonAcceptance:
        return QLatin1Char('N');
    case DocumentKind::Supplement:
        return QLatin1Char('B');
    case DocumentKind::Tolerance:
        return QLatin1Char('T');
    case DocumentKind::Special:
        return QLatin1Char('S');
    case DocumentKind::Refusal:
        return QLatin1Char('J');
    case DocumentKind::Completion:
        return QLatin1Char('C');
    case DocumentKind::Handover:
        return QLatin1Char('H');
    case DocumentKind::Materials:
        return QLatin1Char('M');
    }
    return QLatin1Char('X');
}

} // namespace OneWindow
