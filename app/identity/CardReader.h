#pragma once

#include "identity/CardIdentity.h"

#include <QObject>

namespace OneWindow {

// A source of card identities. Real serial SAM readers and the simulator
// implement it; the UI only sees this interface.
class CardReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CardReader() override;

    // Starts one read. Exactly one of cardRead / readFailed follows, asynchronously.
    virtual void readCard() = 0;
    // Short human-independent description, e.g. "simulator" or "/dev/ttyUSB0".
    virtual QString describe() const = 0;

Q_SIGNALS:
    void cardRead(const OneWindow::CardIdentity &card);
    // code: "no-card", "card-read-failed", "checksum", "timeout", "status-XX", …
    void readFailed(const QString &code);
};

} // namespace OneWindow
