#include "shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace OneWindow {

IdleLock::IdleLock(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_enabled)
            Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleLock::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_enabled)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OneWindow
