#include "receipts/ReceiptRenderer.h"

#include "identity/IdNumber.h"

#include <algorithm>

namespace OneWindow {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// A deadline counted in a year whose holidays are not yet published may move.
QString deadlineText(const QDate &date, bool provisional)
{
    return provisional ? QStringLiteral("%1（暂定）").arg(dateText(date)) : dateText(date);
}

} // namespace

QString ReceiptRenderer::maskedPhone(const QString &phone)
{
    const QString digits = phone.trimmed();
    // Too short to keep 3 + 4 and still hide anything: hide it all.
    if (digits.size() < 8)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

PrintedDocument ReceiptRenderer::document(const ReceiptData &data)
{
    const bool en = data.english;
    const auto say = [en](const QString &zh, const QString &english) {
        return en ? english : zh;
    };
    PrintedDocument d;
    d.english = en;
    d.title = say(QStringLiteral("受理回执"), QStringLiteral("Acknowledgement of Receipt"));
    d.hallName = data.hallName;
    d.counter = data.counter;
    d.clerk = data.clerkName;
    d.issuedOn = data.acceptedAt.date();
    d.number = data.caseNumber;
    d.pdfTitle = d.title + QLatin1Char(' ') + data.caseNumber;
    d.fields
        << say(QStringLiteral("受理编号：%1"), QStringLiteral("Case no.: %1")).arg(data.caseNumber)
        << say(QStringLiteral("办理事项：%1"), QStringLiteral("Matter: %1")).arg(data.matterTitle)
        << say(QStringLiteral("申请人：%1"), QStringLiteral("Applicant: %1"))
               .arg(data.applicantName)
        << say(QStringLiteral("身份证号：%1"), QStringLiteral("ID number: %1"))
               .arg(IdNumber::masked(data.applicantIdNumber));
    if (!data.applicantPhone.isEmpty())
        d.fields << say(QStringLiteral("联系电话：%1"), QStringLiteral("Phone: %1"))
                        .arg(maskedPhone(data.applicantPhone));
    d.fields << say(QStringLiteral("受理时间：%1"), QStringLiteral("Accepted: %1"))
                    .arg(data.acceptedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             << say(QStringLiteral("受理窗口：%1"), QStringLiteral("Counter: %1")).arg(data.counter)
             << say(QStringLiteral("受理人员：%1"), QStringLiteral("Accepted by: %1"))
                    .arg(data.clerkName);
    d.qrText = data.trackingCode;
    d.qrCaption << say(QStringLiteral("扫码查询办理进度"),
                       QStringLiteral("Scan to follow the case"))
                << data.caseNumber;

    const auto deadline = [&](const QDate &date, bool provisional) {
        return en && provisional ? QStringLiteral("%1 (provisional)").arg(dateText(date))
                                 : deadlineText(date, provisional);
    };
    if (!data.departments.isEmpty()) {
        d.heading(say(QStringLiteral("承办部门及办理时限"),
                      QStringLiteral("Departments and their time limits")));
        QList<QStringList> rows;
        for (const ReceiptData::Department &dep : data.departments)
            rows << QStringList{dep.department, dep.title, deadline(dep.deadline, dep.provisional)};
        d.table({say(QStringLiteral("部门"), QStringLiteral("Department")),
                 say(QStringLiteral("办理事项"), QStringLiteral("Step")),
                 say(QStringLiteral("办结时限"), QStringLiteral("Due"))},
                rows, {0.24, 0.5, 0.26});
    }
    d.emphasis(say(QStringLiteral("承诺办结日期：%1"), QStringLiteral("Promised completion: %1"))
                   .arg(deadline(data.promisedDate, data.promisedProvisional)));
    const bool anyProvisional =
        data.promisedProvisional ||
        std::any_of(data.departments.cbegin(), data.departments.cend(),
                    [](const ReceiptData::Department &dep) { return dep.provisional; });
    if (anyProvisional)
        d.item(say(QStringLiteral("标注“暂定”的日期所在年度的法定节假日尚未公布，暂按周末推算，"
                                  "以公布后的安排为准。"),
                   QStringLiteral("Dates marked provisional fall in a year whose public holidays "
                                  "are not published yet: they count weekends only and follow "
                                  "the official schedule once it is published.")));
    if (!data.materialsReceived.isEmpty()) {
        d.heading(say(QStringLiteral("已收材料"), QStringLiteral("Materials received")));
        for (int i = 0; i < data.materialsReceived.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.materialsReceived.at(i)));
    }
    d.footer << say(QStringLiteral("请妥善保管本回执，凭本回执查询进度、领取办理结果。"),
                    QStringLiteral("Keep this receipt: it lets you follow the case and collect "
                                   "the result."));
    return d;
}

QStringList ReceiptRenderer::lines(const ReceiptData &data)
{
    return DocumentRenderer::texts(document(data));
}

Result<RenderedDocument> ReceiptRenderer::writePdf(const ReceiptData &data, const QString &path,
                                                   PaperLayout layout)
{
    return DocumentRenderer::render(document(data), layout, path);
}

} // namespace OneWindow
