#include "reports/HallFiguresPdf.h"

#include "ratings/RatingLevel.h"
#include "receipts/CjkFont.h"
#include "reports/HallFiguresText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace OneWindow {

namespace {

constexpr int kResolution = 96;
// A4 less 15 mm margins, at kResolution.
constexpr int kPageWidth = 680;

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, c.toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                                  " width=\"100%\">") +
                   row(headers, true);
    for (const QStringList &r : rows)
        html += row(r);
    return html + QStringLiteral("</table>");
}

QList<QStringList> shareRows(const QList<HallFigures::Share> &shares)
{
    QList<QStringList> rows;
    for (const HallFigures::Share &s : shares)
        rows << QStringList{s.label.isEmpty() ? QStringLiteral("—") : s.label,
                            QString::number(s.count)};
    return rows;
}

QList<QStringList> handlingRows(const QList<HallFigures::Handling> &list, bool matters)
{
    QList<QStringList> rows;
    for (const HallFigures::Handling &h : list)
        rows << QStringList{matters ? HallFiguresText::matter(h.key, h.label)
                                    : (h.label.isEmpty() ? h.key : h.label),
                            QString::number(h.visits), HallFiguresText::duration(h.medianSeconds),
                            HallFiguresText::duration(h.p90Seconds)};
    return rows;
}

QList<QStringList> ratingRows(const QList<HallFigures::Ratings> &list, bool matters)
{
    QList<QStringList> rows;
    for (const HallFigures::Ratings &r : list) {
        QStringList cells{matters ? HallFiguresText::matter(r.key, r.label) : r.label};
        for (int level : r.levels)
            cells << QString::number(level);
        cells << QString::number(r.total()) << HallFiguresText::rate(r.satisfied(), r.total());
        rows << cells;
    }
    return rows;
}

} // namespace

QString HallFiguresPdf::write(const QString &path, const QString &hallName, const HallFigures &f,
                              const QList<QImage> &charts)
{
    const QString family = CjkFont::family();
    if (family.isEmpty())
        return tr("缺少中文字体（fonts-wqy-microhei），无法生成报告");
    QTextDocument doc;
    QFont font(family);
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(hallName.toHtmlEscaped(),
                            tr("统计期间：%1 至 %2（办件数量按受理日、办结日计；“当前”为 %3）")
                                .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate),
                                     f.today.toString(Qt::ISODate))
                                .toHtmlEscaped());
    html += table({tr("受理"), tr("一次性告知"), tr("不予受理"), tr("按期办结"), tr("超期办结"),
                   tr("待领取"), tr("待领取天数（中位/最长）")},
                  {{QString::number(f.accepted), QString::number(f.notifications),
                    QString::number(f.nonAcceptances), QString::number(f.completedOnTime),
                    QString::number(f.completedLate), QString::number(f.awaitingCollection),
                    QStringLiteral("%1 / %2")
                        .arg(f.collectionWaitMedianDays)
                        .arg(f.collectionWaitLongestDays)}});
    for (int i = 0; i < charts.size(); ++i) {
        const QUrl name(QStringLiteral("chart%1.png").arg(i));
        doc.addResource(QTextDocument::ImageResource, name, charts.at(i));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                    .arg(name.toString())
                    .arg(kPageWidth);
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各窗口受理量").toHtmlEscaped()) +
            table({tr("窗口"), tr("受理")}, shareRows(f.byCounter));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各受理人受理量").toHtmlEscaped()) +
            table({tr("受理人"), tr("受理")}, shareRows(f.byClerk));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各事项受理量").toHtmlEscaped()) +
            table({tr("事项"), tr("受理")}, shareRows(f.byMatter));
    QList<QStringList> days;
    for (const HallFigures::Day &d : f.days)
        days << QStringList{d.day.toString(Qt::ISODate), QString::number(d.accepted),
                            QString::number(d.completedOnTime), QString::number(d.completedLate)};
    html += QStringLiteral("<h3>%1</h3>").arg(tr("逐日").toHtmlEscaped()) +
            table({tr("日期"), tr("受理"), tr("按期办结"), tr("超期办结")}, days);
    QList<QStringList> departments;
    for (const HallFigures::Department &d : f.departments)
        departments << QStringList{d.department,
                                   QString::number(d.open),
                                   QString::number(d.dueSoon),
                                   QString::number(d.overdue),
                                   QString::number(d.decisions),
                                   QString::number(d.returned),
                                   QString::number(d.refused),
                                   QString::number(d.pausedDays)};
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各部门").toHtmlEscaped()) +
            table({tr("部门"), tr("待办环节"), tr("2 个工作日内到期"), tr("超期"), tr("办理决定"),
                   tr("退回补正"), tr("不予许可"), tr("暂停天数")},
                  departments);
    html += citizens(f);
    doc.setHtml(html);

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // The document's pixels are the page's: a table of 100 % and a chart of
    // kPageWidth fill the width between the margins.
    writer.setResolution(kResolution);
    doc.setPageSize(writer.pageLayout().paintRectPixels(kResolution).size());
    writer.setTitle(tr("%1 统计报告").arg(hallName));
    writer.setCreator(QStringLiteral("OneWindow"));
    doc.print(&writer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return tr("无法写入 %1").arg(path);
    return {};
}

QString HallFiguresPdf::citizens(const HallFigures &f)
{
    const QStringList handlingHeader = {tr("办理时长（中位）"), tr("办理时长（90%）")};
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("窗口办理时长").toHtmlEscaped());
    QStringList outcomes{tr("办结的接待")};
    QStringList counts{QString::number(f.handling.visits)};
    for (const HallFigures::Share &s : f.visitOutcomes) {
        outcomes << HallFiguresText::outcome(s.key);
        counts << QString::number(s.count);
    }
    outcomes << handlingHeader;
    counts << HallFiguresText::duration(f.handling.medianSeconds)
           << HallFiguresText::duration(f.handling.p90Seconds);
    html += table(outcomes, {counts});
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各窗口办理时长").toHtmlEscaped()) +
            table(QStringList{tr("窗口"), tr("接待")} + handlingHeader,
                  handlingRows(f.handlingByCounter, false));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("各事项办理时长").toHtmlEscaped()) +
            table(QStringList{tr("事项"), tr("接待")} + handlingHeader,
                  handlingRows(f.handlingByMatter, true));

    QStringList levels;
    for (RatingLevel level : RatingLevels::all())
        levels << RatingLevels::label(level);
    const QStringList ratingHeader = levels + QStringList{tr("评价数"), tr("满意率")};
    HallFigures::Ratings hall = f.ratings;
    hall.label = tr("全大厅");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("好差评").toHtmlEscaped()) +
            table(QStringList{QString()} + ratingHeader, ratingRows({hall}, false));
    for (const auto &[title, heading, list, matters] :
         {std::tuple{tr("各窗口评价"), tr("窗口"), &f.ratingsByCounter, false},
          std::tuple{tr("各受理人评价"), tr("受理人"), &f.ratingsByClerk, false},
          std::tuple{tr("各事项评价"), tr("事项"), &f.ratingsByMatter, true}})
        html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()) +
                table(QStringList{heading} + ratingHeader, ratingRows(*list, matters));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("差评整改").toHtmlEscaped()) +
            table({tr("待整改（当前）"), tr("已逾期（当前）"), tr("期间新增"), tr("期间办结")},
                  {{QString::number(f.followUpsOpen), QString::number(f.followUpsOverdue),
                    QString::number(f.followUpsOpened), QString::number(f.followUpsClosed)}});
    return html;
}

} // namespace OneWindow
