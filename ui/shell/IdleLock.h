#pragma once

#include <QObject>
#include <QTimer>

namespace OneWindow {

// Watches every key press, click and mouse move in the application and says
// when the counter has been left alone for the interval, so the window can
// lock before a passer-by sees a citizen's file.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(int intervalMs, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Stops watching while the lock screen is up, starts again after unlocking.
    void setEnabled(bool enabled);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled = true;
};

} // namespace OneWindow
