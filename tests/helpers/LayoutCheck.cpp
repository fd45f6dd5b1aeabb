#include "helpers/LayoutCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QTextDocument>
#include <QTreeView>

namespace OneWindow {

namespace {

// Slack for rounding between a font's advance and what the style paints.
constexpr int kSlack = 1;

bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

// The cells of an item view that show less than their text: the rows on
// screen, every column, the decoration and the margins the style adds.
QStringList cutCells(const QAbstractItemView *view)
{
    QStringList found;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return found;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QRect viewport = view->viewport()->rect();
    const auto *list = qobject_cast<const QListView *>(view);
    const bool wraps = list ? list->wordWrap() : false;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                if (auto *tree = qobject_cast<const QTreeView *>(view)) {
                    if (tree->isColumnHidden(c) || tree->isRowHidden(r, parent))
                        continue;
                    if (c == 0 && model->hasChildren(index) && tree->isExpanded(index))
                        pending << index;
                }
                const QRect rect = view->visualRect(index);
                if (!rect.isValid() || !rect.intersects(viewport))
                    continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                QFont font = view->font();
                const QVariant f = index.data(Qt::FontRole);
                if (f.isValid())
                    font = f.value<QFont>();
                const QFontMetrics fm(font);
                int decoration = 0;
                if (index.data(Qt::CheckStateRole).isValid())
                    decoration += view->style()->pixelMetric(QStyle::PM_IndicatorWidth) + margin;
                if (!index.data(Qt::DecorationRole).isNull())
                    decoration += view->iconSize().isValid() ? view->iconSize().width() + margin
                                                             : 16 + margin;
                const int available = rect.width() - decoration - 2 * margin;
                bool cut = false;
                if (wraps) {
                    const QRect needed = fm.boundingRect(QRect(0, 0, qMax(1, available), 100000),
                                                         Qt::TextWordWrap, text);
                    cut = needed.height() > rect.height() + kSlack;
                } else {
                    cut = widestLine(fm, text) > available + kSlack;
                }
                if (cut)
                    found << QStringLiteral("cell (%1,%2) \"%3\" needs %4 px, has %5")
                                 .arg(r)
                                 .arg(c)
                                 .arg(text)
                                 .arg(widestLine(fm, text))
                                 .arg(available);
            }
        }
    }
    // Column titles too.
    const QHeaderView *header = nullptr;
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    if (header && header->isVisible()) {
        const QFontMetrics fm(header->font());
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            if (fm.horizontalAdvance(title) + 2 * margin > header->sectionSize(c) + kSlack)
                found << QStringLiteral("column title \"%1\"").arg(title);
        }
    }
    return found;
}

} // namespace

QString LayoutCheck::describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            path.prepend(p->objectName());
            if (path.size() == 3)
                break;
        }
    return QStringLiteral("%1 [%2]").arg(QString::fromLatin1(w->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

QStringList LayoutCheck::cutTexts(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // A window of its own (a dialog) is looked at on its own.
        if (!shown(w) || w->window() != root->window() || !w->isVisibleTo(root->window()))
            continue;
        // Inside an item view's viewport the view is checked as a whole.
        if (w->parentWidget() &&
            qobject_cast<QAbstractItemView *>(w->parentWidget()->parentWidget()))
            continue;
        const QFontMetrics fm(w->font());
        QString problem;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = plain(label->text());
            if (text.isEmpty() || !label->pixmap().isNull())
                continue;
            const QRect area = label->contentsRect();
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + kSlack)
                    problem =
                        QStringLiteral("needs %1 px high, has %2").arg(needed).arg(label->height());
            } else if (widestLine(fm, text) > area.width() + kSlack) {
                problem = QStringLiteral("needs %1 px wide, has %2")
                              .arg(widestLine(fm, text))
                              .arg(area.width());
            }
            if (!problem.isEmpty())
                found << QStringLiteral("%1 \"%2\": %3").arg(describe(w), text, problem);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            const QSize hint = button->sizeHint();
            if (hint.width() > button->width() + kSlack ||
                hint.height() > button->height() + kSlack)
                found << QStringLiteral("%1 \"%2\": needs %3x%4, has %5x%6")
                             .arg(describe(w), button->text())
                             .arg(hint.width())
                             .arg(hint.height())
                             .arg(button->width())
                             .arg(button->height());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->currentText().isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            option.frame = combo->hasFrame();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            if (fm.horizontalAdvance(combo->currentText()) > field.width() + kSlack)
                found << QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                             .arg(describe(w), combo->currentText())
                             .arg(fm.horizontalAdvance(combo->currentText()))
                             .arg(field.width());
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // An empty field's hint is cut when it does not fit; a typed value
            // scrolls and is whole. A read-only value (from the card) must fit.
            const QString text = line->text().isEmpty() ? line->placeholderText()
                                 : line->isReadOnly()   ? line->text()
                                                        : QString();
            if (text.isEmpty())
                continue;
            QMargins margins = line->textMargins();
            const int available =
                line->contentsRect().width() - margins.left() - margins.right() -
                2 * 2 /* the line's own side margins */ -
                (line->actions().isEmpty() ? 0 : 24 * int(line->actions().size()));
            if (fm.horizontalAdvance(text) > available + kSlack)
                found << QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                             .arg(describe(w), text)
                             .arg(fm.horizontalAdvance(text))
                             .arg(available);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (group->title().isEmpty())
                continue;
            if (fm.horizontalAdvance(group->title()) + 24 > group->width())
                found << QStringLiteral("%1 title \"%2\"").arg(describe(w), group->title());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (qobject_cast<QHeaderView *>(w))
                continue;
            for (const QString &cell : cutCells(view))
                found << describe(w) + QLatin1Char(' ') + cell;
        }
    }
    return found;
}

QStringList LayoutCheck::outOfReach(QWidget *root)
{
    QStringList found;
    const QRect window = root->rect();
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shown(w) || w->window() != root->window() || !w->isVisibleTo(root))
            continue;
        bool scrolls = false;
        for (QWidget *p = w->parentWidget(); p && p != root && !scrolls; p = p->parentWidget())
            scrolls = qobject_cast<QAbstractScrollArea *>(p) != nullptr;
        if (scrolls)
            continue;
        const QRect rect(w->mapTo(root, QPoint(0, 0)), w->size());
        if (!window.contains(rect))
            found << QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                         .arg(describe(w))
                         .arg(rect.x())
                         .arg(rect.y())
                         .arg(rect.width())
                         .arg(rect.height())
                         .arg(window.width())
                         .arg(window.height());
    }
    return found;
}

} // namespace OneWindow
