#include "documents/CaseDocumentHeader.h"

#include "identity/IdNumber.h"
#include "templates/FormTemplate.h"

namespace OneWindow {

PrintedDocument CaseDocumentHeader::start(DocumentKind kind, const DocumentSource &s)
{
    PrintedDocument d;
    d.title = DocumentKinds::title(kind);
    d.hallName = s.hallName;
    d.counter = s.issued.counterCode;
    d.clerk = s.issued.issuedBy;
    d.issuedOn = s.issued.issuedAt.date();
    d.number = s.issued.number;
    d.pdfTitle = d.title + QLatin1Char(' ') + s.issued.number;
    d.fields << QStringLiteral("文书编号：%1").arg(s.issued.number)
             << QStringLiteral("受理编号：%1").arg(s.snapshot.record.caseNumber)
             << QStringLiteral("办理事项：%1").arg(matterTitle(s))
             << QStringLiteral("申请人：%1").arg(s.applicant.name)
             << QStringLiteral("身份证号：%1").arg(IdNumber::masked(s.applicant.idNumber));
    d.qrCaption << QStringLiteral("扫码核验本文书");
    return d;
}

QString CaseDocumentHeader::matterTitle(const DocumentSource &s)
{
    if (s.form && !s.form->title.zh.isEmpty())
        return s.form->title.zh;
    return s.snapshot.record.title;
}

const MaterialDefinition *CaseDocumentHeader::material(const DocumentSource &s,
                                                       const QString &materialId)
{
    if (!s.form)
        return nullptr;
    for (const MaterialDefinition &m : s.form->materials)
        if (m.id == materialId)
            return &m;
    return nullptr;
}

QString CaseDocumentHeader::materialTitle(const DocumentSource &s, const QString &materialId)
{
    if (const MaterialDefinition *m = material(s, materialId); m && !m->title.zh.isEmpty())
        return m->title.zh;
    for (const CaseMaterial &m : s.snapshot.record.materials)
        if (m.kind == materialId && !m.title.isEmpty())
            return m.title;
    return materialId;
}

QString CaseDocumentHeader::materialForm(const DocumentSource &s, const QString &materialId)
{
    const MaterialDefinition *m = material(s, materialId);
    if (!m)
        return {};
    return QStringLiteral("%1 %2 份")
        .arg(m->original ? QStringLiteral("原件") : QStringLiteral("复印件"))
        .arg(m->count);
}

QString CaseDocumentHeader::date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString CaseDocumentHeader::longDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QStringLiteral("—");
}

} // namespace OneWindow
