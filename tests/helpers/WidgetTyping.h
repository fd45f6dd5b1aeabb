#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace OneWindow::Test {

// Types text into a widget. QTest::keyClicks only knows ASCII; Chinese arrives
// as key events carrying the text, the way an input method delivers it.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(w, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace OneWindow::Test
