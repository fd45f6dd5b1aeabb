#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QKeyEvent;

namespace OneWindow {

// Recognises a keyboard-wedge QR scanner: it "types" the code's text much
// faster than a person can and ends with Enter. Installed on the application,
// it sees keys wherever the focus is, holds back a possible burst, and either
// emits scanned() and swallows the burst (so the text does not land in a form
// field) or, when it was a person typing, replays the held keys unchanged.
//
// Gaps are measured with QKeyEvent::timestamp(), so tests control time by
// setting the timestamps of the events they send.
class WedgeScanDetector : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxGapMs = 30;
    static constexpr int kDefaultMinimumLength = 6;
    // Held keys are replayed when nothing follows for this long (wall time).
    static constexpr int kDefaultReplayDelayMs = 80;

    explicit WedgeScanDetector(QObject *parent = nullptr);
    ~WedgeScanDetector() override;

    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    void setMinimumLength(int length) { m_minimumLength = length; }
    void setReplayDelayMs(int ms) { m_replayTimer.setInterval(ms); }
    int maxGapMs() const { return m_maxGapMs; }
    int minimumLength() const { return m_minimumLength; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &text);

private:
    struct HeldEvent
    {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> event;
    };

    bool onKeyPress(QObject *watched, QKeyEvent *key);
    bool onKeyRelease(QObject *watched, QKeyEvent *key);
    void hold(QObject *watched, QKeyEvent *key);
    void replay();
    void reset();
    static bool isScanCharacter(const QKeyEvent *key);

    int m_maxGapMs = kDefaultMaxGapMs;
    int m_minimumLength = kDefaultMinimumLength;
    QTimer m_replayTimer;
    std::vector<HeldEvent> m_held;
    QString m_text;
    quint64 m_lastPressTimestamp = 0;
    bool m_replaying = false;
    bool m_swallowEnterRelease = false;
};

} // namespace OneWindow
