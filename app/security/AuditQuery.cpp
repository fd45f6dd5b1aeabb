#include "security/AuditQuery.h"

#include "common/Clock.h"
#include "common/PlainText.h"
#include "identity/IdNumber.h"
#include "identity/SensitiveNumbers.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"
#include "security/CsvField.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QSqlQuery>

namespace OneWindow {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString columnOf(AuditQuery::Column c)
{
    switch (c) {
    case AuditQuery::Column::User:
        return QStringLiteral("user_name");
    case AuditQuery::Column::Counter:
        return QStringLiteral("counter_code");
    case AuditQuery::Column::Action:
        return QStringLiteral("action");
    }
    return {};
}

} // namespace

QString AuditQuery::describe(const AuditFilter &f)
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("id", f.idNumber.isEmpty() ? QString() : IdNumber::masked(f.idNumber.trimmed()));
    add("case", SensitiveNumbers::masked(f.caseNumber));
    add("user", SensitiveNumbers::masked(f.user));
    add("counter", f.counter);
    add("action", f.action);
    add("from", f.from.isValid() ? isoUtc(f.from) : QString());
    add("to", f.to.isValid() ? isoUtc(f.to) : QString());
    return parts.join(QLatin1Char(' '));
}

Status AuditQuery::allowed(const Session &session, Capability capability, const QString &what) const
{
    if (Permission::can(session, capability))
        return Status::success();
    (void)m_audit.record(session, QStringLiteral("refused"), {},
                         what + QStringLiteral(" forbidden"));
    return Status::failure(QStringLiteral("forbidden"), what);
}

Result<QStringList> AuditQuery::subjectsOf(const QString &idNumber) const
{
    using R = Result<QStringList>;
    // As typed, or as the card gives it (an old 15-digit number, a lower-case x).
    const IdNumberInfo info = IdNumber::check(idNumber, m_audit.clock().today());
    const QString number = info.valid ? info.normalized : idNumber.trimmed().toUpper();
    auto person =
        m_db.scalar(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"), {number});
    if (!person)
        return R(person.error());
    if (!person.value().isValid())
        return QStringList();
    const qint64 personId = person.value().toLongLong();
    QStringList subjects{QStringLiteral("person:%1").arg(personId)};
    auto cases =
        m_db.run(QStringLiteral("SELECT case_number FROM cases WHERE person_id = ?"), {personId});
    if (!cases)
        return R(cases.error());
    while (cases.value().next())
        subjects << cases.value().value(0).toString();
    return subjects;
}

Result<AuditQuery::Page> AuditQuery::fetch(const AuditFilter &f, const QStringList &subjects,
                                           bool citizen, const Cursor &after, int size,
                                           bool newestFirst) const
{
    using R = Result<Page>;
    Page page;
    if (citizen && subjects.isEmpty())
        return page; // nobody has that number: nothing about them
    QStringList where;
    QVariantList values;
    if (citizen) {
        QStringList marks;
        for (const QString &s : subjects) {
            marks << QStringLiteral("?");
            values << s;
        }
        where << QStringLiteral("subject IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    const auto equals = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QLatin1String(column) + QStringLiteral(" = ?");
        values << value;
    };
    equals("subject", f.caseNumber.trimmed());
    equals("user_name", f.user.trimmed());
    equals("counter_code", f.counter.trimmed());
    equals("action", f.action.trimmed());
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << isoUtc(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << isoUtc(f.to);
    }
    // Keyset paging: the index walks on from the last row shown, however deep.
    if (!after.isNull()) {
        where << (newestFirst ? QStringLiteral("(at, id) < (?, ?)")
                              : QStringLiteral("(at, id) > (?, ?)"));
        values << after.at << after.id;
    }
    const QString order =
        newestFirst ? QStringLiteral("at DESC, id DESC") : QStringLiteral("at, id");
    const QString sql =
        QStringLiteral("SELECT id, at, user_name, counter_code, action, subject, detail,"
                       " CASE WHEN mac IS NULL THEN 0 ELSE 1 END FROM audit_events%1"
                       " ORDER BY %2 LIMIT %3")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 order)
            .arg(size + 1);
    auto q = m_db.run(sql, values);
    if (!q)
        return R(q.error());
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        if (page.events.size() == size) {
            page.hasMore = true;
            break;
        }
        AuditEvent e;
        e.id = rows.value(0).toLongLong();
        e.at = rows.value(1).toString();
        e.user = rows.value(2).toString();
        e.counter = rows.value(3).toString();
        e.action = rows.value(4).toString();
        e.subject = rows.value(5).toString();
        e.detail = rows.value(6).toString();
        e.keyed = rows.value(7).toInt() != 0;
        page.events << e;
    }
    if (!page.events.isEmpty())
        page.next = {page.events.constLast().at, page.events.constLast().id};
    return page;
}

Status AuditQuery::checkFilter(const AuditFilter &filter)
{
    const QList<QPair<const char *, const QString *>> fields = {{"idNumber", &filter.idNumber},
                                                                {"caseNumber", &filter.caseNumber},
                                                                {"user", &filter.user},
                                                                {"counter", &filter.counter},
                                                                {"action", &filter.action}};
    for (const auto &[name, value] : fields)
        if (const QString why =
                PlainText::problem(*value, PlainText::Lines::One, PlainText::kMaxQuery);
            !why.isEmpty())
            return Status::failure(QStringLiteral("bad-query"),
                                   QLatin1String(name) + QStringLiteral(": ") + why);
    return Status::success();
}

Result<AuditQuery::Page> AuditQuery::page(const AuditFilter &filter, const Session &session,
                                          const Cursor &after, int size) const
{
    using R = Result<Page>;
    if (const Status s = allowed(session, Capability::ViewAudit, QStringLiteral("view-audit")); !s)
        return R(s.error());
    if (const Status s = checkFilter(filter); !s)
        return R(s.error());
    const bool citizen = !filter.idNumber.trimmed().isEmpty();
    QStringList subjects;
    if (citizen) {
        auto found = subjectsOf(filter.idNumber);
        if (!found)
            return R(found.error());
        subjects = found.value();
    }
    if (after.isNull()) {
        // Looking someone up in the audit trail is itself a search: on their file's
        // trail too, when the filter names a citizen.
        const QString subject = subjects.isEmpty() ? QString() : subjects.constFirst();
        if (const Status a =
                m_audit.record(session, QStringLiteral("view-audit"), subject, describe(filter));
            !a)
            return R(a.error());
    }
    return fetch(filter, subjects, citizen, after, qMax(1, size), true);
}

Result<QStringList> AuditQuery::values(Column column, const Session &session) const
{
    using R = Result<QStringList>;
    if (const Status s = allowed(session, Capability::ViewAudit, QStringLiteral("view-audit")); !s)
        return R(s.error());
    // A skip through the column's index: one probe per distinct value, not a scan.
    const QString c = columnOf(column);
    auto q = m_db.run(QStringLiteral("WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM audit_events"
                                     " UNION ALL SELECT (SELECT MIN(%1) FROM audit_events"
                                     " WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL)"
                                     " SELECT x FROM v WHERE x IS NOT NULL")
                          .arg(c));
    if (!q)
        return R(q.error());
    QStringList list;
    while (q.value().next()) {
        const QString v = q.value().value(0).toString();
        if (!v.isEmpty())
            list << v;
    }
    return list;
}

Result<AuditHead> AuditQuery::checkpoint(const Session &session) const
{
    using R = Result<AuditHead>;
    if (const Status s = allowed(session, Capability::ViewAudit, QStringLiteral("view-audit")); !s)
        return R(s.error());
    auto head = AuditChainReader::readHead(m_db);
    if (!head)
        return R(head.error());
    return head.value().value_or(AuditHead());
}

Result<AuditVerifier> AuditQuery::verifier(const Session &session) const
{
    using R = Result<AuditVerifier>;
    if (const Status s = allowed(session, Capability::ViewAudit, QStringLiteral("view-audit")); !s)
        return R(s.error());
    return AuditVerifier(m_db.url(), m_audit.key());
}

Result<qint64> AuditQuery::exportCsv(const AuditFilter &filter, const Session &session,
                                     QIODevice &out, const ExportProgress &progress) const
{
    using R = Result<qint64>;
    if (const Status s = allowed(session, Capability::ExportAudit, QStringLiteral("export-audit"));
        !s)
        return R(s.error());
    if (const Status s = checkFilter(filter); !s)
        return R(s.error());
    const bool citizen = !filter.idNumber.trimmed().isEmpty();
    QStringList subjects;
    if (citizen) {
        auto found = subjectsOf(filter.idNumber);
        if (!found)
            return R(found.error());
        subjects = found.value();
    }
    const auto write = [&out](const QByteArray &bytes) {
        return out.write(bytes) == bytes.size();
    };
    if (!write(QByteArrayLiteral("\xEF\xBB\xBF") +
               QByteArrayLiteral("id,at,user,counter,action,subject,detail,keyed\r\n")))
        return R::failure(QStringLiteral("write-failed"), out.errorString());
    qint64 written = 0;
    Cursor after;
    for (;;) {
        auto page = fetch(filter, subjects, citizen, after, 1000, false);
        if (!page)
            return R(page.error());
        for (const AuditEvent &e : page.value().events) {
            QByteArray line = QByteArray::number(e.id);
            for (const QString &field : {e.at, e.user, e.counter, e.action, e.subject, e.detail})
                line += ',' + CsvField::of(field);
            line += e.keyed ? ",1\r\n" : ",0\r\n";
            if (!write(line))
                return R::failure(QStringLiteral("write-failed"), out.errorString());
            ++written;
        }
        if (progress && !progress(written))
            return R::failure(QStringLiteral("cancelled"));
        if (!page.value().hasMore)
            break;
        after = page.value().next;
    }
    const QString subject = subjects.isEmpty() ? QString() : subjects.constFirst();
    const QString detail =
        QStringLiteral("rows=%1 %2").arg(written).arg(describe(filter)).trimmed();
    if (const Status a = m_audit.record(session, QStringLiteral("export-audit"), subject, detail);
        !a)
        return R(a.error());
    return written;
}

} // namespace OneWindow
