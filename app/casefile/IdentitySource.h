#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace OneWindow {

// How the applicant of a case was identified, as the core established it from
// the visit's evidence (app/intake/VisitEvidence). The keys are what
// `cases.identity_source` and `visit_evidence.kind` store; they never change
// once shipped. This is the one list of them.
enum class IdentitySource
{
    Card,       // a card read at the counter (its problems, if any, are flagged)
    Qr,         // an e-ID code scanned at the counter
    Manual,     // typed in by the clerk at the counter
    Unverified, // no counter evidence (the CLI, a script, an online pre-application)
};

namespace IdentitySources {

QString key(IdentitySource source);
std::optional<IdentitySource> fromKey(const QString &key);
// Every key `cases.identity_source` may hold.
QStringList keys();
// The keys of what a counter records as evidence (`visit_evidence.kind`):
// every source but "unverified".
QStringList evidenceKeys();

} // namespace IdentitySources

} // namespace OneWindow
