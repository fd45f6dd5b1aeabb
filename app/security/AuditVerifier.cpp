#include "security/AuditVerifier.h"

#include "security/AuditChain.h"
#include "security/AuditChainReader.h"

#include <cstring>

namespace OneWindow {

namespace {

bool sameBytes(std::string_view a, const char *b, int size)
{
    return a.size() == size_t(size) && std::memcmp(a.data(), b, size_t(size)) == 0;
}

AuditVerdict broken(AuditVerdict v, qint64 id, const QString &at, const char *reason,
                    const QString &detail)
{
    v.state = AuditVerdict::State::Broken;
    v.badId = id;
    v.badAt = at;
    v.reason = QString::fromLatin1(reason);
    v.detail = detail;
    return v;
}

} // namespace

Result<AuditVerdict> AuditVerifier::run(const Progress &progress) const
{
    using R = Result<AuditVerdict>;
    AuditChainReader reader(m_url, m_pageSize);
    if (const Status s = reader.open(); !s)
        return R(s.error());
    auto loaded = reader.head();
    if (!loaded)
        return R(loaded.error());

    AuditVerdict v;
    v.keyChecked = !m_key.isNull();
    const std::optional<AuditHead> &head = loaded.value();
    bool headTrusted = false; // sealed, and its MAC verifies with this key
    bool headForged = false;  // sealed, and its MAC does not verify
    if (head) {
        v.sealed = head->sealed();
        v.total = head->events;
        v.headId = head->lastId;
        v.headAt = head->lastAt;
        v.headHash = head->lastHash;
        if (v.sealed && v.keyChecked) {
            headTrusted = m_key.headMac(*head) == head->mac;
            headForged = !headTrusted;
        }
    }
    // Which events may lack a MAC: with a checkpoint this key seals, those up to
    // the sealing point it records. With any other checkpoint (never sealed,
    // stripped of its seal, or altered) none: nothing else in the database can
    // say where a seal began, so whatever writes came after, an event without a
    // valid MAC is where the log stops being proven.
    const qint64 legacyUntil = headTrusted ? head->legacyUntil : 0;
    const bool headUnsealed = head && !head->sealed();
    // An unsealed log with no MAC at all may simply be older than the hall key:
    // the first such event is remembered and the chain read on to the end.
    qint64 firstUnsealedId = 0;
    QString firstUnsealedAt;

    std::string previous(AuditChain::kGenesis);
    unsigned char digest[AuditChain::kDigestBytes];
    char hex[AuditChain::kHexBytes];
    char mac[AuditChain::kHexBytes];
    bool cancelled = false;
    bool anyMac = false;
    bool anchorSeen = m_anchorId == 0;
    qint64 lastId = 0;
    const auto stop = [&](AuditVerdict verdict) {
        v = std::move(verdict);
        return false;
    };
    const Status read = reader.forEach([&](const AuditChainReader::Row &row) {
        const auto at = [&row] {
            return QString::fromUtf8(row.at.data(), qsizetype(row.at.size()));
        };
        ++v.events;
        if (row.previous != previous)
            return stop(broken(v, row.id, at(), "chain",
                               QStringLiteral("its previous hash is not the hash of the event"
                                              " before it: an event before it was deleted, or"
                                              " events were inserted or reordered")));
        AuditChain::sha256(row.hashInput, digest);
        AuditChain::toHex(digest, AuditChain::kDigestBytes, hex);
        if (!sameBytes(row.hash, hex, AuditChain::kHexBytes))
            return stop(broken(v, row.id, at(), "changed",
                               QStringLiteral("its fields do not give its hash: it was edited")));
        if (!head)
            return stop(broken(v, row.id, at(), "checkpoint-missing",
                               QStringLiteral("there are events but no checkpoint")));
        if (v.keyChecked && !(headTrusted && row.id <= legacyUntil)) {
            if (row.mac.empty()) {
                if (headUnsealed && !anyMac) {
                    if (firstUnsealedId == 0) {
                        firstUnsealedId = row.id;
                        firstUnsealedAt = at();
                    }
                } else if (headUnsealed) {
                    return stop(broken(v, row.id, at(), "mac-missing",
                                       QStringLiteral("it carries no MAC although events before"
                                                      " it do, and the checkpoint's seal is gone:"
                                                      " MACs and seal were stripped")));
                } else if (headForged) {
                    return stop(broken(v, row.id, at(), "mac-missing",
                                       QStringLiteral("it carries no MAC, and the checkpoint's MAC"
                                                      " does not verify (altered, or not the"
                                                      " hall's key), so no event is exempt")));
                } else {
                    return stop(broken(v, row.id, at(), "mac-missing",
                                       QStringLiteral("it carries no MAC although the log was"
                                                      " sealed before it")));
                }
            } else {
                if (firstUnsealedId != 0)
                    return stop(broken(v, firstUnsealedId, firstUnsealedAt, "mac-missing",
                                       QStringLiteral("it carries no MAC although later events do,"
                                                      " and the checkpoint's seal is gone: MACs"
                                                      " and seal were stripped")));
                m_key.eventMac(digest, mac);
                if (!sameBytes(row.mac, mac, AuditChain::kHexBytes)) {
                    if (headForged && !anyMac)
                        return stop(broken(v, row.id, at(), "key",
                                           QStringLiteral("neither the checkpoint nor the first"
                                                          " sealed event verify with this key:"
                                                          " a different hall key")));
                    return stop(broken(v, row.id, at(), "mac",
                                       QStringLiteral("its MAC does not verify: it was forged, or"
                                                      " the chain was rewritten from here")));
                }
            }
        }
        if (!row.mac.empty())
            anyMac = true;
        if (!headForged && row.id > head->lastId)
            return stop(broken(v, row.id, at(), "after-checkpoint",
                               QStringLiteral("it lies beyond the checkpoint (event %1): it was"
                                              " added behind the log's back")
                                   .arg(head->lastId)));
        if (headTrusted ? row.id <= legacyUntil : row.mac.empty())
            ++v.legacyEvents;
        if (row.id == m_anchorId) {
            if (!sameBytes(row.hash, m_anchorHash.constData(), int(m_anchorHash.size())))
                return stop(broken(v, row.id, at(), "anchor",
                                   QStringLiteral("its hash is not the one recorded for it")));
            anchorSeen = true;
        }
        previous.assign(row.hash);
        lastId = row.id;
        if (progress && v.events % m_progressEvery == 0 && !progress(v.events, v.total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        return R(read.error());
    if (cancelled) {
        v.state = AuditVerdict::State::Cancelled;
        return v;
    }
    if (v.state != AuditVerdict::State::Intact)
        return v;
    if (progress)
        progress(v.events, v.total);
    if (!anchorSeen)
        return broken(v, m_anchorId, QString(), "anchor",
                      QStringLiteral("the event recorded as an anchor is gone: the log was cut"
                                     " or rolled back to before it"));
    if (!head)
        return v; // no events and no checkpoint: nothing was ever written
    if (headForged)
        return broken(v, head->lastId, head->lastAt, "checkpoint",
                      QStringLiteral("the checkpoint's MAC does not verify: it was altered"));
    if (lastId != head->lastId || previous != head->lastHash.toStdString()) {
        if (lastId < head->lastId)
            return broken(v, head->lastId, head->lastAt, "tail-cut",
                          QStringLiteral("the log ends at event %1 but the checkpoint names"
                                         " event %2: the last events were deleted")
                              .arg(lastId)
                              .arg(head->lastId));
        return broken(
            v, head->lastId, head->lastAt, "checkpoint",
            QStringLiteral("the checkpoint does not name the last event (%1)").arg(lastId));
    }
    if (v.events != head->events)
        return broken(v, head->lastId, head->lastAt, "checkpoint",
                      QStringLiteral("the checkpoint counts %1 events, the log has %2")
                          .arg(head->events)
                          .arg(v.events));
    if (headUnsealed && v.events > 0 && v.keyChecked) {
        if (anyMac)
            return broken(v, head->lastId, head->lastAt, "checkpoint",
                          QStringLiteral("events carry MACs but the checkpoint has none:"
                                         " its MAC was removed"));
        // Nothing vouches for any of it from the first event on.
        v.state = AuditVerdict::State::Unsealed;
        v.badId = firstUnsealedId;
        v.badAt = firstUnsealedAt;
        v.reason = QStringLiteral("unsealed");
        v.detail = QStringLiteral("none of the %1 events carries a MAC and the checkpoint has no"
                                  " seal: either the log was written before the hall key (an"
                                  " administrator seals it after checking it: onewindow-cli audit"
                                  " seal) or its MACs and seal were stripped; from event %2 on"
                                  " only the chain was checked")
                       .arg(v.events)
                       .arg(firstUnsealedId);
    }
    return v;
}

} // namespace OneWindow
