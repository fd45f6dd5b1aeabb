#include "storage/AttachmentStore.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace OneWindow {

QString AttachmentStore::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::pathFor(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<qint64> AttachmentStore::put(const QByteArray &content, const QString &mimeType,
                                    const QString &fileName, const QString &createdBy,
                                    const QDateTime &at)
{
    const QString sha = sha256Hex(content);
    QVariant blob = SqlValue::typedNull(QMetaType::QByteArray);
    QVariant path = SqlValue::typedNull(QMetaType::QString);
    if (m_folder.isEmpty()) {
        blob = content;
    } else {
        const QString target = pathFor(sha);
        // Same content, same name: an existing intact file is already this one.
        if (!QFileInfo::exists(target)) {
            if (!QDir().mkpath(QFileInfo(target).absolutePath()))
                return Result<qint64>::failure(QStringLiteral("attachment-folder"),
                                               QStringLiteral("cannot create the folder"));
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
                !file.commit())
                return Result<qint64>::failure(QStringLiteral("attachment-folder"),
                                               file.errorString());
        }
        path = sha.left(2) + QLatin1Char('/') + sha;
    }
    auto q = m_db.run(
        QStringLiteral("INSERT INTO attachments (sha256, size_bytes, mime_type,"
                       " file_name, content, path, created_at, created_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sha, qint64(content.size()), mimeType, fileName, blob, path, at.toUTC(), createdBy});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    return q.value().value(0).toLongLong();
}

Result<Attachment> AttachmentStore::get(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, sha256, size_bytes, mime_type, file_name, content,"
                                     " path FROM attachments WHERE id = ?"),
                      {id});
    if (!q)
        return Result<Attachment>(q.error());
    if (!q.value().next())
        return Result<Attachment>::failure(QStringLiteral("not-found"),
                                           QStringLiteral("attachment:%1").arg(id));
    const QSqlQuery &r = q.value();
    Attachment a;
    a.id = r.value(0).toLongLong();
    a.sha256 = r.value(1).toString();
    a.sizeBytes = r.value(2).toLongLong();
    a.mimeType = r.value(3).toString();
    a.fileName = r.value(4).toString();
    const QString path = r.value(6).toString();
    if (path.isEmpty()) {
        a.content = r.value(5).toByteArray();
    } else {
        if (m_folder.isEmpty())
            return Result<Attachment>::failure(QStringLiteral("attachment-missing"),
                                               QStringLiteral("no attachment folder configured"));
        QFile file(QDir(m_folder).filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return Result<Attachment>::failure(QStringLiteral("attachment-missing"),
                                               file.errorString());
        a.content = file.readAll();
    }
    if (sha256Hex(a.content) != a.sha256 || a.content.size() != a.sizeBytes)
        return Result<Attachment>::failure(QStringLiteral("checksum"),
                                           QStringLiteral("attachment:%1").arg(id));
    return a;
}

} // namespace OneWindow
