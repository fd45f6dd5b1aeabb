#include "documents/MaterialsListBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "templates/FormTemplate.h"

namespace OneWindow {

PrintedDocument MaterialsListBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Materials, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << say(QStringLiteral("受理日期：%1"), QStringLiteral("Accepted: %1"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date()));

    auto row = [&](const QString &id, const QString &title, bool onFile) {
        if (onFile)
            return QStringList{title, say(QStringLiteral("电子证照"), QStringLiteral("e-licence")),
                               QStringLiteral("—"),
                               say(QStringLiteral("已调取，无需提交"),
                                   QStringLiteral("on file, nothing to bring"))};
        const MaterialDefinition *m = CaseDocumentHeader::material(s, id);
        const bool original = !m || m->original;
        // Originals are checked against the copy and handed back; copies stay on file.
        return QStringList{
            title,
            original ? say(QStringLiteral("原件"), QStringLiteral("original"))
                     : say(QStringLiteral("复印件"), QStringLiteral("copy")),
            QString::number(m ? m->count : 1),
            original ? say(QStringLiteral("核验后退还"), QStringLiteral("checked, handed back"))
                     : say(QStringLiteral("留存"), QStringLiteral("kept"))};
    };
    // As stored; the English edition takes the template's English name.
    const auto titleOf = [&s](const QString &id, const QString &stored) {
        if (!s.english)
            return stored;
        const QString t = CaseDocumentHeader::materialTitle(s, id);
        return t == id ? stored : t;
    };
    const QStringList header{say(QStringLiteral("材料名称"), QStringLiteral("Material")),
                             say(QStringLiteral("原件/复印件"), QStringLiteral("Original/copy")),
                             say(QStringLiteral("份数"), QStringLiteral("Count")),
                             say(QStringLiteral("处理"), QStringLiteral("Handling"))};
    const QList<qreal> weights{0.44, 0.18, 0.12, 0.26};

    d.heading(say(QStringLiteral("受理时收取的材料（共 %1 项）"),
                  QStringLiteral("Materials received at intake (%1 in all)"))
                  .arg(c.materials.size()));
    QList<QStringList> rows;
    for (const CaseMaterial &m : c.materials)
        rows << row(m.kind, titleOf(m.kind, m.title), m.source == QLatin1String("on-file"));
    d.table(header, rows, weights);

    QList<QStringList> later;
    for (const CasePause &p : s.snapshot.pauses)
        for (const QString &id : p.received)
            later << row(id, CaseDocumentHeader::materialTitle(s, id), false);
    for (const CaseCommitment &k : s.snapshot.commitments)
        if (!k.isOpen())
            later << row(k.material, titleOf(k.material, k.title), false);
    if (!later.isEmpty()) {
        d.heading(say(QStringLiteral("受理后补交的材料（共 %1 项）"),
                      QStringLiteral("Materials brought after intake (%1 in all)"))
                      .arg(later.size()));
        d.table(header, later, weights);
    }
    QStringList pending;
    for (const CaseCommitment &k : s.snapshot.commitments)
        if (k.isOpen())
            pending << say(QStringLiteral("%1，请于 %2 前补交"),
                           QStringLiteral("%1, to bring before %2"))
                           .arg(titleOf(k.material, k.title), CaseDocumentHeader::date(k.due));
    if (!pending.isEmpty()) {
        d.heading(
            say(QStringLiteral("容缺待补交的材料"), QStringLiteral("Materials still to follow")));
        for (int i = 0; i < pending.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(pending.at(i)));
    }
    d.signature(say(QStringLiteral("申请人（签名）："), QStringLiteral("Applicant's signature: ")));
    d.footer << say(QStringLiteral("原件经核验与复印件一致后当场退还；复印件及表格留存归档。"),
                    QStringLiteral("Originals are checked against the copies and handed back at "
                                   "once; copies and forms are kept on file."));
    return d;
}

} // namespace OneWindow
