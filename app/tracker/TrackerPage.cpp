#include "tracker/TrackerPage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace OneWindow {

namespace {

// A text in both languages. The Chinese is the source string (translations/
// onewindow_en.ts carries the English, like every other string of the program);
// `en` is the same English, used only when the compiled-in translation lacks it.
struct Words
{
    const char *zh;
    const char *en;
};

// clang-format off
#define OW_WORDS(zh, en) Words{QT_TRANSLATE_NOOP("TrackerPage", zh), en}
// clang-format on

// The page shows both languages whatever the process's locale: the Chinese
// through translate() (the tracker installs no translator: the source), the
// English from the English translation compiled into ow_tracker.
const QTranslator *englishTranslator()
{
    static const QTranslator *translator = []() -> const QTranslator * {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/tracker-i18n/onewindow_en.qm"))) {
            delete t;
            return nullptr;
        }
        return t;
    }();
    return translator;
}

QString tr(const char *source)
{
    return QCoreApplication::translate("TrackerPage", source);
}

QString english(const Words &w)
{
    if (const QTranslator *t = englishTranslator()) {
        const QString translated = t->translate("TrackerPage", w.zh);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(w.en);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Chinese, then English below it.
QString both(const QString &zh, const QString &en)
{
    QString out = QStringLiteral("<span class=\"zh\">%1</span>").arg(esc(zh));
    if (!en.isEmpty() && en != zh)
        out += QStringLiteral("<span class=\"en\" lang=\"en\">%1</span>").arg(esc(en));
    return out;
}

QString both(const Words &w)
{
    return both(tr(w.zh), english(w));
}

QString both(const TrackerView::Text &t)
{
    return both(t.zh, t.en);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

struct Keyed
{
    const char *key;
    Words words;
};

const Keyed kCaseStates[] = {
    {"accepted", OW_WORDS("已受理", "Accepted")},
    {"in-progress", OW_WORDS("办理中", "In progress")},
    {"awaiting-supplement",
     OW_WORDS("待补齐补正材料（时限暂停）", "Waiting for missing material (the clock is stopped)")},
    {"special-procedure",
     OW_WORDS("特别程序中（时限暂停）", "In a special procedure (the clock is stopped)")},
    {"completed", OW_WORDS("已办结，可领取", "Completed: ready to collect")},
    {"delivered", OW_WORDS("已送达", "Handed over")},
    {"withdrawn", OW_WORDS("已撤回", "Withdrawn")},
};

const Keyed kStepStates[] = {
    {"waiting", OW_WORDS("待前序办理", "Waiting for an earlier step")},
    {"open", OW_WORDS("办理中", "In progress")},
    {"approved", OW_WORDS("已办结", "Done")},
    {"returned", OW_WORDS("待补正", "Waiting for material")},
    {"special", OW_WORDS("特别程序", "Special procedure")},
    {"refused", OW_WORDS("不予许可", "Refused")},
    {"skipped", OW_WORDS("无需办理", "Not needed")},
    {"refusal-pending", OW_WORDS("审核中", "Under review")},
    {"return-file-pending", OW_WORDS("审核中", "Under review")},
};

const Keyed kResults[] = {
    {"granted", OW_WORDS("准予许可", "Granted")},
    {"partly-granted", OW_WORDS("部分准予", "Partly granted")},
    {"refused", OW_WORDS("不予许可", "Refused")},
    {"withdrawn", OW_WORDS("已撤回", "Withdrawn")},
    {"file-returned", OW_WORDS("已退件", "File returned")},
};

const Keyed kRefusals[] = {
    {"forged", OW_WORDS("此二维码未能通过验证，可能被伪造或改动。本页不显示任何办件信息。",
                        "This code did not verify: it may be forged or altered. Nothing of any "
                        "case is shown.")},
    {"invalid", OW_WORDS("这不是有效的办件查询码。", "This is not a valid tracking code.")},
    {"not-tracking", OW_WORDS("此二维码不是办件查询码，不能在此查询。",
                              "This code is not a tracking code and opens nothing here.")},
    {"expired", OW_WORDS("此查询码已过期：办件已结束多日。如需查询，请到政务服务大厅窗口。",
                         "This tracking code has expired: the case closed some time ago. Ask at "
                         "a counter of the service hall.")},
    {"not-found", OW_WORDS("查不到此办件。如有疑问，请到政务服务大厅窗口。",
                           "No such case. Ask at a counter of the service hall.")},
    {"unavailable", OW_WORDS("暂时无法查询，请稍后再试。",
                             "Tracking is unavailable at the moment. Please try again later.")},
};

QString lookup(const Keyed *table, size_t size, const QString &key, bool english)
{
    for (size_t i = 0; i < size; ++i)
        if (key == QLatin1String(table[i].key))
            return english ? OneWindow::english(table[i].words) : tr(table[i].words.zh);
    return key;
}

QString lookupBoth(const Keyed *table, size_t size, const QString &key)
{
    return both(lookup(table, size, key, false), lookup(table, size, key, true));
}

QString head(const Words &title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<meta name=\"referrer\" content=\"no-referrer\">"
                          "<title>%1 %2</title><link rel=\"stylesheet\" href=\"%3\"></head>"
                          "<body><main>")
        .arg(esc(tr(title.zh)), esc(english(title)), TrackerPage::stylesheetPath());
}

QString foot()
{
    return QStringLiteral("<footer>%1</footer></main></body></html>\n")
        .arg(both(OW_WORDS("本页不使用脚本，也不保存任何信息。",
                           "This page runs no scripts and stores nothing.")));
}

QString row(const Words &label, const QString &valueHtml)
{
    return QStringLiteral("<div class=\"row\"><dt>%1</dt><dd>%2</dd></div>")
        .arg(both(label), valueHtml);
}

// 好差评 as a plain form: five levels, none chosen for the citizen; reasons and a
// comment for the two poor ones (RatingService refuses them with the others).
QString ratingForm(const QString &stage, const QString &action)
{
    struct Level
    {
        const char *key;
        Words words;
    };
    const Level levels[] = {
        {"very-satisfied", OW_WORDS("非常满意", "Very satisfied")},
        {"satisfied", OW_WORDS("满意", "Satisfied")},
        {"basic", OW_WORDS("基本满意", "Fairly satisfied")},
        {"dissatisfied", OW_WORDS("不满意", "Dissatisfied")},
        {"very-dissatisfied", OW_WORDS("非常不满意", "Very dissatisfied")},
    };
    const Level reasons[] = {
        {"efficiency", OW_WORDS("办理效率低、等候时间长", "Slow, long waits")},
        {"competence", OW_WORDS("业务不熟练、解答不清楚", "Unsure answers")},
        {"attitude", OW_WORDS("服务态度不好", "Unfriendly")},
        {"guidance", OW_WORDS("办事指南与实际要求不一致", "The guide did not match")},
        {"repeat-visits", OW_WORDS("多次跑动、重复提交材料", "Had to come back")},
        {"environment", OW_WORDS("大厅环境、设施不便", "The hall's facilities")},
    };
    QString html =
        QStringLiteral("<section class=\"rate\" id=\"rate\"><h2>%1</h2>")
            .arg(stage == QLatin1String("completion")
                     ? both(OW_WORDS("评价办理结果", "Rate how your case was handled"))
                     : both(OW_WORDS("评价窗口服务", "Rate the service at the counter")));
    html += QStringLiteral("<form method=\"post\" action=\"%1\"><fieldset><legend>%2</legend>")
                .arg(esc(action), both(OW_WORDS("评价等级", "Your rating")));
    for (const Level &l : levels)
        html += QStringLiteral("<label><input type=\"radio\" name=\"level\" value=\"%1\" required>"
                               " %2</label>")
                    .arg(QLatin1String(l.key), both(l.words));
    html += QStringLiteral("</fieldset><fieldset><legend>%1</legend>")
                .arg(both(OW_WORDS("不满意的原因（仅在不满意时填写，可多选）",
                                   "What went wrong (only when dissatisfied; any number)")));
    for (const Level &r : reasons)
        html += QStringLiteral("<label><input type=\"checkbox\" name=\"reason\" value=\"%1\">"
                               " %2</label>")
                    .arg(QLatin1String(r.key), both(r.words));
    html += QStringLiteral("<label>%1<textarea name=\"comment\" maxlength=\"500\" rows=\"3\">"
                           "</textarea></label></fieldset><button type=\"submit\">%2</button>"
                           "</form></section>")
                .arg(both(OW_WORDS("意见（选填）", "Comment (optional)")),
                     both(OW_WORDS("提交评价", "Submit")));
    return html;
}

} // namespace

QString TrackerPage::stateText(const QString &caseState, bool english)
{
    return lookup(kCaseStates, std::size(kCaseStates), caseState, english);
}

QString TrackerPage::stepText(const QString &stepState, bool english)
{
    return lookup(kStepStates, std::size(kStepStates), stepState, english);
}

QByteArray TrackerPage::render(const TrackerView &v, const QString &rateAction)
{
    QString html = head(OW_WORDS("办件进度", "Case progress"));
    html += QStringLiteral("<h1>%1</h1>").arg(both(OW_WORDS("办件进度", "Case progress")));
    html += QStringLiteral("<section class=\"state state-%1\" id=\"state\"><p>%2</p>")
                .arg(esc(v.state), lookupBoth(kCaseStates, std::size(kCaseStates), v.state));
    if (!v.result.isEmpty())
        html += QStringLiteral("<p class=\"result\" id=\"result\">%1</p>")
                    .arg(lookupBoth(kResults, std::size(kResults), v.result));
    html += QStringLiteral("</section><dl>");
    html += row(OW_WORDS("办件编号", "Case number"), esc(v.caseNumber));
    html += row(OW_WORDS("事项", "Matter"), both(v.matter));
    html += row(OW_WORDS("申请人", "Applicant"), esc(v.applicant));
    html += row(OW_WORDS("受理日期", "Accepted on"), esc(date(v.acceptedOn)));
    html += row(OW_WORDS("承诺办结日期", "Promised by"), esc(date(v.promisedDate)));
    html += QStringLiteral("</dl>");

    if (!v.missing.isEmpty()) {
        html += QStringLiteral("<section class=\"missing\" id=\"missing\"><h2>%1</h2><ul>")
                    .arg(both(OW_WORDS("还需补交的材料", "Material still needed")));
        for (const TrackerView::Text &m : v.missing)
            html += QStringLiteral("<li>%1</li>").arg(both(m));
        html += QStringLiteral("</ul><p>%1</p></section>")
                    .arg(both(OW_WORDS("请携带以上材料到大厅窗口补交。",
                                       "Please bring it to a counter of the hall.")));
    }

    html += QStringLiteral("<h2>%1</h2><ol class=\"steps\" id=\"steps\">")
                .arg(both(OW_WORDS("各部门办理情况", "Each department's step")));
    for (const TrackerView::Step &s : v.steps) {
        html += QStringLiteral("<li class=\"step step-%1\"><p class=\"dept\">%2</p>"
                               "<p class=\"title\">%3</p><p class=\"st\">%4</p>")
                    .arg(esc(s.state), both(s.department), both(s.title),
                         lookupBoth(kStepStates, std::size(kStepStates), s.state));
        if (s.doneOn.isValid())
            html += QStringLiteral("<p class=\"when\">%1 %2</p>")
                        .arg(both(OW_WORDS("完成于", "Done on")), esc(date(s.doneOn)));
        else if (s.deadline.isValid())
            html += QStringLiteral("<p class=\"when\">%1 %2</p>")
                        .arg(both(OW_WORDS("承诺期限", "Due by")), esc(date(s.deadline)));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");

    if (v.deliveredOn.isValid()) {
        html += QStringLiteral("<section class=\"collect\" id=\"collect\"><h2>%1</h2><p>%2 %3</p>"
                               "</section>")
                    .arg(both(OW_WORDS("领取", "Collection")),
                         both(OW_WORDS("结果已送达，日期：", "The result was handed over on")),
                         esc(date(v.deliveredOn)));
    } else if (v.collectFrom.isValid()) {
        html += QStringLiteral("<section class=\"collect\" id=\"collect\"><h2>%1</h2><dl>")
                    .arg(both(OW_WORDS("领取", "Collection")));
        html += row(OW_WORDS("地点", "Where"), esc(v.hallName) + QStringLiteral(" · ") +
                                                   both(OW_WORDS("窗口", "counter")) +
                                                   QLatin1Char(' ') + esc(v.counter));
        html += row(
            OW_WORDS("时间", "When"),
            esc(date(v.collectFrom)) + QStringLiteral(" ") +
                both(OW_WORDS("起，工作日办公时间内", "onwards, on working days in office hours")));
        html += QStringLiteral("</dl><p>%1</p></section>")
                    .arg(both(OW_WORDS("请携带受理回执和本人身份证件。",
                                       "Bring the receipt and your identity card.")));
    }
    if (!v.rating.isEmpty() && !rateAction.isEmpty())
        html += ratingForm(v.rating, rateAction);
    html += foot();
    return html.toUtf8();
}

QByteArray TrackerPage::rated(const QString &refusal, const QString &casePath)
{
    QString html = head(OW_WORDS("评价", "Rating"));
    Words w =
        OW_WORDS("感谢您的评价，我们会认真改进。", "Thank you: your rating has been recorded.");
    if (refusal == QLatin1String("already-rated"))
        w = OW_WORDS("这次服务已经评价过了。", "This service has been rated already.");
    else if (refusal == QLatin1String("rating-closed"))
        w = OW_WORDS("评价期限已过。", "The time for rating it has passed.");
    else if (refusal == QLatin1String("bad-level"))
        w = OW_WORDS("请选择一个评价等级。", "Please choose one of the levels.");
    else if (refusal == QLatin1String("bad-reason") || refusal == QLatin1String("bad-comment"))
        w = OW_WORDS(
            "原因和意见只在“不满意”或“非常不满意”时填写。",
            "Reasons and comments go with \"dissatisfied\" or \"very dissatisfied\" only.");
    else if (refusal == QLatin1String("comment-too-long"))
        w = OW_WORDS("意见最多 500 字。", "A comment may have at most 500 characters.");
    else if (!refusal.isEmpty())
        w = OW_WORDS("评价未能保存，请稍后再试。",
                     "The rating could not be saved. Please try again later.");
    html += QStringLiteral("<h1>%1</h1><section class=\"%2\" id=\"rated\"><p>%3</p></section>"
                           "<p><a href=\"%4\">%5</a></p>")
                .arg(both(OW_WORDS("评价", "Rating")),
                     refusal.isEmpty() ? QStringLiteral("state state-completed")
                                       : QStringLiteral("refusal"),
                     both(w), esc(casePath), both(OW_WORDS("返回办件进度", "Back to the case")));
    html += foot();
    return html.toUtf8();
}

QByteArray TrackerPage::refusal(const QString &reason)
{
    QString html = head(OW_WORDS("无法查询", "Cannot be shown"));
    html += QStringLiteral("<h1>%1</h1><section class=\"refusal\" id=\"refusal\"><p>%2</p>"
                           "</section>")
                .arg(both(OW_WORDS("无法查询", "Cannot be shown")),
                     lookupBoth(kRefusals, std::size(kRefusals),
                                lookup(kRefusals, std::size(kRefusals), reason, false) == reason
                                    ? QStringLiteral("invalid")
                                    : reason));
    html += foot();
    return html.toUtf8();
}

QByteArray TrackerPage::home()
{
    QString html = head(OW_WORDS("办件进度查询", "Case tracking"));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(both(OW_WORDS("办件进度查询", "Case tracking")),
                     both(OW_WORDS("请用手机扫描受理回执上的二维码。",
                                   "Scan the QR code on your receipt with your phone.")));
    html += foot();
    return html.toUtf8();
}

QByteArray TrackerPage::error(int status)
{
    Words w = OW_WORDS("页面不存在。", "No such page.");
    if (status == 405)
        w = OW_WORDS("不支持此请求方式。", "This method is not allowed.");
    else if (status == 413 || status == 414 || status == 431)
        w = OW_WORDS("请求过长。", "The request is too long.");
    else if (status == 429)
        w = OW_WORDS("请求过于频繁，请稍后再试。", "Too many requests: please wait a moment.");
    else if (status == 400)
        w = OW_WORDS("请求无效。", "Bad request.");
    else if (status >= 500)
        w = OW_WORDS("暂时无法查询，请稍后再试。",
                     "Tracking is unavailable at the moment. Please try again later.");
    QString html = head(OW_WORDS("办件进度查询", "Case tracking"));
    html += QStringLiteral("<h1>%1</h1><section class=\"refusal\"><p>%2</p></section>")
                .arg(both(OW_WORDS("办件进度查询", "Case tracking")), both(w));
    html += foot();
    return html.toUtf8();
}

QByteArray TrackerPage::stylesheet()
{
    // Mobile first: one column, large type; wider screens only get a margin.
    return QByteArrayLiteral(
        "html{font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
        "font-size:18px;line-height:1.5;color:#1a1a1a;background:#f4f6f8}\n"
        "body{margin:0}\n"
        "main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;"
        "box-sizing:border-box}\n"
        "h1{font-size:1.5rem;margin:.25rem 0 1rem;color:#b71c1c}\n"
        "h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #b71c1c}\n"
        ".en{display:block;font-size:.8em;color:#555}\n"
        ".state{padding:.75rem 1rem;border-radius:.5rem;background:#e3f2fd;font-size:1.2rem;"
        "font-weight:bold}\n"
        ".state p{margin:0}\n"
        ".state-completed,.state-delivered{background:#e8f5e9}\n"
        ".state-awaiting-supplement,.state-special-procedure{background:#fff3e0}\n"
        ".state-withdrawn{background:#eeeeee}\n"
        ".result{margin-top:.5rem!important}\n"
        "dl{margin:1rem 0}\n"
        ".row{display:flex;flex-wrap:wrap;padding:.4rem 0;border-bottom:1px solid #eee}\n"
        "dt{flex:0 0 8rem;color:#555}\n"
        "dd{margin:0;flex:1 1 10rem}\n"
        ".steps{padding-left:1.25rem}\n"
        ".step{margin:.5rem 0;padding:.5rem;border-left:4px solid #90a4ae}\n"
        ".step p{margin:.1rem 0}\n"
        ".step .dept{font-weight:bold}\n"
        ".step-approved{border-color:#2e7d32}\n"
        ".step-returned,.step-special{border-color:#ef6c00}\n"
        ".step-refused{border-color:#c62828}\n"
        ".missing{background:#fff3e0;padding:.5rem 1rem;border-radius:.5rem}\n"
        ".refusal{background:#ffebee;padding:1rem;border-radius:.5rem}\n"
        ".rate fieldset{border:1px solid #ddd;border-radius:.5rem;margin:.5rem 0}\n"
        ".rate label{display:block;padding:.35rem 0}\n"
        ".rate textarea{display:block;width:100%;box-sizing:border-box;font:inherit}\n"
        ".rate button{font:inherit;padding:.6rem 1.5rem;margin-top:.5rem}\n"
        "footer{margin-top:2rem;font-size:.8rem;color:#777}\n");
}

} // namespace OneWindow
