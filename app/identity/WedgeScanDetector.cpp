#include "identity/WedgeScanDetector.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace OneWindow {

WedgeScanDetector::WedgeScanDetector(QObject *parent)
    : QObject(parent)
{
    m_replayTimer.setSingleShot(true);
    m_replayTimer.setInterval(kDefaultReplayDelayMs);
    connect(&m_replayTimer, &QTimer::timeout, this, &WedgeScanDetector::replay);
}

WedgeScanDetector::~WedgeScanDetector() = default;

bool WedgeScanDetector::isScanCharacter(const QKeyEvent *key)
{
    // Shift is how a wedge types capitals; any other modifier is a shortcut.
    const Qt::KeyboardModifiers others =
        key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (others != Qt::NoModifier || key->isAutoRepeat() || key->text().isEmpty())
        return false;
    for (const QChar c : key->text()) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

bool WedgeScanDetector::eventFilter(QObject *watched, QEvent *event)
{
    // Our own replay goes through untouched.
    if (m_replaying)
        return false;
    if (event->type() == QEvent::KeyPress)
        return onKeyPress(watched, static_cast<QKeyEvent *>(event));
    if (event->type() == QEvent::KeyRelease)
        return onKeyRelease(watched, static_cast<QKeyEvent *>(event));
    return false;
}

bool WedgeScanDetector::onKeyPress(QObject *watched, QKeyEvent *key)
{
    const quint64 now = key->timestamp();
    const bool withinGap = !m_held.empty() && now >= m_lastPressTimestamp &&
                           now - m_lastPressTimestamp <= quint64(m_maxGapMs);
    const bool isEnter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                         !(key->modifiers() & ~Qt::KeypadModifier);

    if (isEnter) {
        if (withinGap && m_text.size() >= m_minimumLength) {
            const QString text = m_text;
            reset();
            m_swallowEnterRelease = true;
            Q_EMIT scanned(text);
            return true;
        }
        replay();
        return false;
    }
    if (!isScanCharacter(key)) {
        replay();
        return false;
    }
    // A slow key ends any burst in progress; it may itself start the next one.
    if (!m_held.empty() && !withinGap)
        replay();
    hold(watched, key);
    m_text += key->text();
    m_lastPressTimestamp = now;
    m_replayTimer.start();
    return true;
}

bool WedgeScanDetector::onKeyRelease(QObject *watched, QKeyEvent *key)
{
    if (m_swallowEnterRelease && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        m_swallowEnterRelease = false;
        return true;
    }
    if (m_held.empty())
        return false;
    // Kept in order with the presses so a replay looks like the original typing.
    hold(watched, key);
    return true;
}

void WedgeScanDetector::hold(QObject *watched, QKeyEvent *key)
{
    m_held.push_back({QPointer<QObject>(watched), std::unique_ptr<QKeyEvent>(key->clone())});
}

void WedgeScanDetector::replay()
{
    m_replayTimer.stop();
    std::vector<HeldEvent> held;
    held.swap(m_held);
    m_text.clear();
    m_replaying = true;
    for (HeldEvent &h : held) {
        if (h.target)
            QCoreApplication::sendEvent(h.target, h.event.get());
    }
    m_replaying = false;
}

void WedgeScanDetector::reset()
{
    m_replayTimer.stop();
    m_held.clear();
    m_text.clear();
}

} // namespace OneWindow
