#pragma once

#include <QString>

namespace OneWindow {

// A decision at the counter not to accept an application (不予受理): there is
// no case, so the decision itself is recorded, as a document with its own
// number (DocumentService::recordNonAcceptance).
struct NonAcceptance
{
    QString applicantName;
    QString applicantIdNumber; // stored; printed masked
    QString templateId;        // the matter applied for
    QString matterTitle;       // as printed; the template's title when empty
    QString reason;            // why, in plain words
    // The legal ground: 行政许可法 Art. 32 (1) or (2) or another provision.
    QString legalBasis;
    QString referTo; // the authority to apply to instead, when it is not this one's
    qint64 draftId = 0;
};

} // namespace OneWindow
