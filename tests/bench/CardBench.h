#pragma once

#include <QJsonObject>

namespace OneWindow {

// `onewindow-bench card`: time from the last byte of a read answer (30 01) to a
// CardIdentity, through the code SerialCardReader runs: SamFrameParser fed in 62-byte
// pieces (a USB-serial bridge's packet) and CardTextDecoder. Serial transfer time and
// the SAM's own read time are not included: they are the reader's, not ours.
class CardBench
{
public:
    explicit CardBench(int answers = 2000);
    QJsonObject run() const;

private:
    int m_answers;
};

} // namespace OneWindow
