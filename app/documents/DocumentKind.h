#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OneWindow {

// Every paper the citizen takes home. The keys are what the command line,
// the settings, the database and the QR codes say; they never change.
enum class DocumentKind
{
    Acceptance,    // 受理回执
    Notification,  // 一次性告知书 (an intake not accepted yet)
    NonAcceptance, // 不予受理通知书 (an intake refused at the counter)
    Supplement,    // 补齐补正通知书
    Tolerance,     // 容缺受理通知书 and the citizen's 承诺书
    Special,       // 特别程序告知书
    Refusal,       // 不予许可决定书
    Completion,    // 办结通知
    Handover,      // 送达回执
    Materials,     // 材料接收清单
};

class DocumentKinds
{
public:
    static QString key(DocumentKind kind);
    static std::optional<DocumentKind> fromKey(const QString &key);
    static QList<DocumentKind> all();
    // The paper's title as printed, in Chinese or in the English edition.
    static QString title(DocumentKind kind, bool english = false);
    // A case's own document; else the document stands for an intake that was
    // not accepted (a one-time notification, a non-acceptance) and has its own number.
    static bool belongsToCase(DocumentKind kind);
    // The letter in a document number: <case number>-<letter><n>.
    static QChar letter(DocumentKind kind);
};

} // namespace OneWindow
