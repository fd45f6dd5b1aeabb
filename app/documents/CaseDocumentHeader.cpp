#include "documents/CaseDocumentHeader.h"

#include "identity/IdNumber.h"
#include "templates/FormTemplate.h"

#include <QLocale>

namespace OneWindow {

PrintedDocument CaseDocumentHeader::start(DocumentKind kind, const DocumentSource &s)
{
    PrintedDocument d;
    d.title = DocumentKinds::title(kind, s.english);
    d.english = s.english;
    d.hallName = s.hallName;
    d.counter = s.issued.counterCode;
    d.clerk = s.issued.issuedBy;
    d.issuedOn = s.issued.issuedAt.date();
    d.number = s.issued.number;
    d.pdfTitle = d.title + QLatin1Char(' ') + s.issued.number;
    d.fields
        << say(s, QStringLiteral("文书编号：%1"), QStringLiteral("Document no.: %1"))
               .arg(s.issued.number)
        << say(s, QStringLiteral("受理编号：%1"), QStringLiteral("Case no.: %1"))
               .arg(s.snapshot.record.caseNumber)
        << say(s, QStringLiteral("办理事项：%1"), QStringLiteral("Matter: %1")).arg(matterTitle(s))
        << say(s, QStringLiteral("申请人：%1"), QStringLiteral("Applicant: %1"))
               .arg(s.applicant.name)
        << say(s, QStringLiteral("身份证号：%1"), QStringLiteral("ID number: %1"))
               .arg(IdNumber::masked(s.applicant.idNumber));
    d.qrCaption << say(s, QStringLiteral("扫码核验本文书"),
                       QStringLiteral("Scan to verify this document"));
    return d;
}

QString CaseDocumentHeader::department(const DocumentSource &s, const QString &stored)
{
    if (!s.english || !s.form)
        return stored;
    const LocalizedText name = s.form->departmentName(stored);
    return name.en.isEmpty() ? stored : name.en;
}

QString CaseDocumentHeader::stepTitle(const DocumentSource &s, const SubCase &step)
{
    if (!s.english || !s.form)
        return step.title;
    for (const StepDefinition &d : s.form->steps)
        if (d.id == step.stepKey && !d.title.en.isEmpty())
            return d.title.en;
    return step.title;
}

QString CaseDocumentHeader::matterTitle(const DocumentSource &s)
{
    if (s.english && s.form && !s.form->title.en.isEmpty())
        return s.form->title.en;
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
    if (const MaterialDefinition *m = material(s, materialId)) {
        if (s.english && !m->title.en.isEmpty())
            return m->title.en;
        if (!m->title.zh.isEmpty())
            return m->title.zh;
    }
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
    if (s.english)
        return QStringLiteral("%1, %2")
            .arg(m->original ? QStringLiteral("original") : QStringLiteral("copy"))
            .arg(m->count);
    return QStringLiteral("%1 %2 份")
        .arg(m->original ? QStringLiteral("原件") : QStringLiteral("复印件"))
        .arg(m->count);
}

QString CaseDocumentHeader::date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString CaseDocumentHeader::longDate(const QDate &d, bool english)
{
    if (english)
        return d.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 .toString(d, QStringLiteral("d MMMM yyyy"))
                           : QStringLiteral("—");
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QStringLiteral("—");
}

} // namespace OneWindow
