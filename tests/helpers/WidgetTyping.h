#pragma once

#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace OneWindow::Test {

// Types text into a widget. QTest::keyClicks only knows ASCII; Chinese goes as
// key events carrying the text (commitText below is how an input method sends it).
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(w, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// What an input method (fcitx5, ibus) sends while the clerk types `preedit` in
// pinyin and then picks the characters: the composing text, then the commit. It
// goes to the focus object, as the platform's input context sends it, and only
// if that object says it takes input methods. False when nothing would arrive.
inline bool commitText(const QString &preedit, const QString &text)
{
    QObject *target = QGuiApplication::focusObject();
    if (!target)
        return false;
    QInputMethodQueryEvent query(Qt::ImEnabled);
    QCoreApplication::sendEvent(target, &query);
    if (!query.value(Qt::ImEnabled).toBool())
        return false;
    QInputMethodEvent composing(preedit, {});
    QCoreApplication::sendEvent(target, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(target, &commit);
    return true;
}

} // namespace OneWindow::Test
