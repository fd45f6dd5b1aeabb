#pragma once

#include <QString>

namespace OneWindow {

// What a check of the whole audit chain found. `reason` names the first
// problem, at event `badId` (time `badAt`):
//   changed           the event's fields no longer give its hash (edited)
//   chain             its previous hash is not the hash of the event before it
//                     (an event before it was deleted, or events were inserted or reordered)
//   mac-missing       it carries no MAC although it was written after the log was sealed
//                     (or the checkpoint does not prove a sealing point before it)
//   mac               its MAC does not verify (forged, or the chain was rewritten from here)
//   after-checkpoint  it lies beyond the checkpoint (appended behind the log's back)
//   key               neither the checkpoint nor the first sealed event verify: the key
//                     given is not the hall's
//   anchor            the event recorded elsewhere as an anchor is gone or changed
//                     (the log was rolled back)
//   tail-cut          the checkpoint names an event that is gone (the last events were
//                     deleted); badId/badAt are the checkpoint's
//   checkpoint        the checkpoint does not verify with this key, or contradicts the
//                     events (wrong hall key, or the checkpoint itself was altered)
//   checkpoint-missing  there are events but no checkpoint
//   unsealed          the checkpoint has no seal and no event carries a MAC: written
//                     before the hall key, or stripped of its MACs and seal; badId is the
//                     first event (nothing vouches for it or what follows)
struct AuditVerdict
{
    enum class State
    {
        Intact,
        Broken,
        Unsealed,
        Cancelled,
    };

    State state = State::Intact;
    qint64 events = 0;       // events read
    qint64 legacyEvents = 0; // written before the seal: checked by the chain only
    qint64 total = 0;        // what the checkpoint says there are
    bool keyChecked = false; // MACs checked with the hall's key
    bool sealed = false;
    qint64 headId = 0; // the checkpoint: the last event
    QString headAt;
    QString headHash;
    qint64 badId = 0;
    QString badAt;
    QString reason;
    QString detail; // in English, for logs and the command line

    bool intact() const { return state == State::Intact; }
};

} // namespace OneWindow
