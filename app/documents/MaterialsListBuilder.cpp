#include "documents/MaterialsListBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "templates/FormTemplate.h"

namespace OneWindow {

PrintedDocument MaterialsListBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Materials, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << QStringLiteral("受理日期：%1").arg(CaseDocumentHeader::date(c.acceptedAt.date()));

    auto row = [&](const QString &id, const QString &title, bool onFile) {
        if (onFile)
            return QStringList{title, QStringLiteral("电子证照"), QStringLiteral("—"),
                               QStringLiteral("已调取，无需提交")};
        const MaterialDefinition *m = CaseDocumentHeader::material(s, id);
        const bool original = !m || m->original;
        // Originals are checked against the copy and handed back; copies stay on file.
        return QStringList{title, original ? QStringLiteral("原件") : QStringLiteral("复印件"),
                           QString::number(m ? m->count : 1),
                           original ? QStringLiteral("核验后退还") : QStringLiteral("留存")};
    };
    const QStringList header{QStringLiteral("材料名称"), QStringLiteral("原件/复印件"),
                             QStringLiteral("份数"), QStringLiteral("处理")};
    const QList<qreal> weights{0.44, 0.18, 0.12, 0.26};

    d.heading(QStringLiteral("受理时收取的材料（共 %1 项）").arg(c.materials.size()));
    QList<QStringList> rows;
    for (const CaseMaterial &m : c.materials)
        rows << row(m.kind, m.title, m.source == QLatin1String("on-file"));
    d.table(header, rows, weights);

    QList<QStringList> later;
    for (const CasePause &p : s.snapshot.pauses)
        for (const QString &id : p.received)
            later << row(id, CaseDocumentHeader::materialTitle(s, id), false);
    for (const CaseCommitment &k : s.snapshot.commitments)
        if (!k.isOpen())
            later << row(k.material, k.title, false);
    if (!later.isEmpty()) {
        d.heading(QStringLiteral("受理后补交的材料（共 %1 项）").arg(later.size()));
        d.table(header, later, weights);
    }
    QStringList pending;
    for (const CaseCommitment &k : s.snapshot.commitments)
        if (k.isOpen())
            pending << QStringLiteral("%1，请于 %2 前补交")
                           .arg(k.title, CaseDocumentHeader::date(k.due));
    if (!pending.isEmpty()) {
        d.heading(QStringLiteral("容缺待补交的材料"));
        for (int i = 0; i < pending.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(pending.at(i)));
    }
    d.signature(QStringLiteral("申请人（签名）："));
    d.footer << QStringLiteral("原件经核验与复印件一致后当场退还；复印件及表格留存归档。");
    return d;
}

} // namespace OneWindow
