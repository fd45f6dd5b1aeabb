#include "common/DocumentKindText.h"

namespace OneWindow {

QString DocumentKindText::text(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acceptance:
        return tr("受理回执");
    case DocumentKind::Notification:
        return tr("一次性告知书");
    case DocumentKind::NonAcceptance:
        return tr("不予受理通知书");
    case DocumentKind::Supplement:
        return tr("补齐补正通知书");
    case DocumentKind::Tolerance:
        return tr("容缺受理通知书及承诺书");
    case DocumentKind::Special:
        return tr("特别程序告知书");
    case DocumentKind::Refusal:
        return tr("不予许可决定书");
    case DocumentKind::Completion:
        return tr("办结通知");
    case DocumentKind::Handover:
        return tr("送达回执");
    case DocumentKind::Materials:
        return tr("材料接收清单");
    }
    return {};
}

} // namespace OneWindow
