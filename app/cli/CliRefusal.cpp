#include "cli/CliRefusal.h"

#include "storage/EditConflict.h"

#include <QHash>

namespace OneWindow {

QString CliRefusal::describe(const Error &error)
{
    if (const auto conflict = EditConflict::fromError(error))
        return QStringLiteral("conflict: changed by %1 at %2; look again and retry")
            .arg(conflict->changedBy, conflict->changedAt.toString(Qt::ISODate));
    static const QHash<QString, const char *> words = {
        {QStringLiteral("forbidden"), "this account's role may not do that"},
        {QStringLiteral("password-change-required"),
         "signed in with a one-time password: set your own first (user change-password)"},
        {QStringLiteral("other-department"), "the step belongs to another department"},
        {QStringLiteral("case-closed"), "the case is closed"},
        {QStringLiteral("not-found"), "no such case, document or item"},
        {QStringLiteral("step-required"), "name the step with --step"},
        {QStringLiteral("step-not-found"), "the case has no such step"},
        {QStringLiteral("step-waiting"), "the step waits for earlier steps"},
        {QStringLiteral("step-paused"), "the step waits for a supplement or a special procedure"},
        {QStringLiteral("step-decided"), "the step is already decided"},
        {QStringLiteral("not-in-special"), "the step is not in a special procedure"},
        {QStringLiteral("not-returned"), "only a step returned for supplement can return the file"},
        {QStringLiteral("not-claimed"), "claim the step first"},
        {QStringLiteral("not-holder"), "the step is held by someone else"},
        {QStringLiteral("held-by-other"), "the step is held by someone else"},
        {QStringLiteral("already-yours"), "you already hold the step"},
        {QStringLiteral("reason-required"), "give a reason with --reason"},
        {QStringLiteral("materials-required"), "name the materials with --materials"},
        {QStringLiteral("material-unknown"), "the matter has no such material"},
        {QStringLiteral("material-not-requested"), "that material was not asked for"},
        {QStringLiteral("nothing-outstanding"), "nothing is waiting to be supplied"},
        {QStringLiteral("expected-end-required"), "give the expected end with --until"},
        {QStringLiteral("steps-open"), "steps are still open"},
        {QStringLiteral("not-completed"), "the case is not completed"},
        {QStringLiteral("delivery-required"), "say how with --to applicant|agent|post"},
        {QStringLiteral("recipient-required"), "an agent needs --name and a valid --id-number"},
        {QStringLiteral("tracking-required"), "a postal delivery needs --tracking"},
        {QStringLiteral("step-not-decided"), "only a decided step can be reopened"},
        {QStringLiteral("bad-state"), "unknown state"},
        {QStringLiteral("invalid-form"), "the answers are incomplete or wrong"},
        {QStringLiteral("materials-missing"), "materials are missing"},
        {QStringLiteral("intake-key-reused"),
         "the intake key belongs to another applicant's or matter's case"},
        {QStringLiteral("applicant-required"), "name the applicant and their ID number"},
        {QStringLiteral("not-applicable"), "that document does not apply to this case"},
        {QStringLiteral("no-key"), "no hall key to sign the QR code with"},
        {QStringLiteral("font-missing"), "the WenQuanYi Micro Hei font is not installed"},
        {QStringLiteral("write-failed"), "the file could not be written"},
        {QStringLiteral("decision-pending"),
         "a decision on it waits for the supervisor's confirmation"},
        {QStringLiteral("own-action"), "nobody decides on their own action"},
        {QStringLiteral("own-case"), "nobody decides on their own case"},
        {QStringLiteral("already-decided"), "the item is decided already"},
        {QStringLiteral("comment-required"), "sending back needs --comment"},
        {QStringLiteral("action-required"), "say what was done with --action"},
        {QStringLiteral("already-closed"), "the follow-up is closed already"},
        {QStringLiteral("not-pending"), "the step no longer waits for this decision"},
        {QStringLiteral("no-effect"), "this counter cannot apply that decision"},
        {QStringLiteral("not-issued"),
         "the paper was never issued: print it first (without --reprint)"},
        {QStringLiteral("db-full"),
         "the database's disk is full: nothing was stored; free space and run it again"},
        {QStringLiteral("db-read-only"),
         "the database is read-only for this user or system: nothing was stored"},
        {QStringLiteral("db-locked"), "the database is busy (locked by another program); retry"},
        {QStringLiteral("db-gone"), "the database cannot be reached or its file is not usable"},
        {QStringLiteral("bad-text"),
         "the text holds what cannot be kept (a NUL or control character, broken UTF-8, a"
         " direction override) or is too long"},
        {QStringLiteral("bad-query"),
         "the search holds what cannot be searched for (a NUL or control character, broken"
         " UTF-8, a direction override) or is too long"},
        {QStringLiteral("unknown-state"),
         "the database holds a state this version does not know; nothing was done with it"},
    };
    const auto it = words.constFind(error.code);
    QString text = error.code;
    if (it != words.constEnd())
        text += QStringLiteral(": ") + QString::fromLatin1(*it);
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.detail);
    return text;
}

} // namespace OneWindow
