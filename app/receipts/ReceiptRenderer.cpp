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
    PrintedDocument d;
    d.title = QStringLiteral("受理回执");
    d.hallName = data.hallName;
    d.counter = data.counter;
    d.clerk = data.clerkName;
    d.issuedOn = data.acceptedAt.date();
    d.number = data.caseNumber;
    d.pdfTitle = QStringLiteral("受理回执") + QLatin1Char(' ') + data.caseNumber;
    d.fields << QStringLiteral("受理编号：%1").arg(data.caseNumber)
             << QStringLiteral("办理事项：%1").arg(data.matterTitle)
             << QStringLiteral("申请人：%1").arg(data.applicantName)
             << QStringLiteral("身份证号：%1").arg(IdNumber::masked(data.applicantIdNumber));
    if (!data.applicantPhone.isEmpty())
        d.fields << QStringLiteral("联系电话：%1").arg(maskedPhone(data.applicantPhone));
    d.fields << QStringLiteral("受理时间：%1")
                    .arg(data.acceptedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             << QStringLiteral("受理窗口：%1").arg(data.counter)
             << QStringLiteral("受理人员：%1").arg(data.clerkName);
    d.qrText = data.trackingCode;
    d.qrCaption << QStringLiteral("扫码查询办理进度") << data.caseNumber;

    if (!data.departments.isEmpty()) {
        d.heading(QStringLiteral("承办部门及办理时限"));
        QList<QStringList> rows;
        for (const ReceiptData::Department &dep : data.departments)
            rows << QStringList{dep.department, dep.title,
                                deadlineText(dep.deadline, dep.provisional)};
        d.table({QStringLiteral("部门"), QStringLiteral("办理事项"), QStringLiteral("办结时限")},
                rows, {0.24, 0.5, 0.26});
    }
    d.emphasis(QStringLiteral("承诺办结日期：%1")
                   .arg(deadlineText(data.promisedDate, data.promisedProvisional)));
    const bool anyProvisional =
        data.promisedProvisional ||
        std::any_of(data.departments.cbegin(), data.departments.cend(),
                    [](const ReceiptData::Department &dep) { return dep.provisional; });
    if (anyProvisional)
        d.item(QStringLiteral("标注“暂定”的日期所在年度的法定节假日尚未公布，暂按周末推算，"
                              "以公布后的安排为准。"));
    if (!data.materialsReceived.isEmpty()) {
        d.heading(QStringLiteral("已收材料"));
        for (int i = 0; i < data.materialsReceived.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.materialsReceived.at(i)));
    }
    d.footer << QStringLiteral("请妥善保管本回执，凭本回执查询进度、领取办理结果。");
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
