#pragma once

#include <QStringList>

class QWidget;

namespace OneWindow {

// What a clerk would find wrong on screen, found by looking at the widgets as
// laid out: text cut short (a label, a button, a drop-down, a group's title, an
// empty field's hint, a cell of a list, tree or table), and widgets that stick
// out of their window where no scroll bar reaches them. Each finding is one
// line naming the widget and the text.
class LayoutCheck
{
public:
    // Every visible widget under `root` (root included) whose text does not fit.
    static QStringList cutTexts(QWidget *root);
    // Every visible widget under `root` that lies partly outside `root`'s rect and
    // is not inside a scroll area (which would bring it into view).
    static QStringList outOfReach(QWidget *root);

private:
    static QString describe(const QWidget *w);
};

} // namespace OneWindow
